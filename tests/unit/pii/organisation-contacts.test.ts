import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// Numbers and addresses a mail gives so that a business can be reached: a shop, an inn, a
// warehouse, an employer, a department's shared phone. Organisation contact data (DESIGN.md
// "Personal-data types"), however the business is named.
describe("organisation contacts named by the business, not by a label", () => {
  test("a phone the text calls a company's or rental firm's number is the organisation's", () => {
    expect(found("If anything changes, the bus company number is 045-671-2290.")).toEqual([]);
    expect(found("The courier will ring you from the company phone 090-3318-5520 before arriving.")).toEqual([]);
  });

  test("a department's shared mobile (共用 / 社用) is the organisation's; a person's mobile stays", () => {
    expect(found("経理部共用：090-7712-3008")).toEqual([]);
    expect(found("社用携帯 080-6620-1145 を貸与します。")).toEqual([]);
    expect(found("私の携帯：090-7712-3008")).toEqual([["phone", "090-7712-3008"]]);
    expect(found("The team's shared mobile 080-6620-1145 is on the desk.")).toEqual([]);
    // having "shared" a number does not make it an organisation's
    expect(found("As I shared, I can be reached at 080-6620-1145.")).toEqual([["phone", "080-6620-1145"]]);
  });

  test("'our sales line' / 'the order line' is an organisation's line; 'my mobile line' is a person's", () => {
    expect(found("Please call our sales line 06-6110-2384 to confirm.")).toEqual([]);
    expect(found("Reach me on my mobile line 080-2233-4455 after six.")).toEqual([["phone", "080-2233-4455"]]);
    // a form's "Address line 1" / "Phone line" fields are the person's
    expect(found("Address line 1: 東京都世田谷区桜新町2-9-4-303\nPhone line: 090-2231-7789")).toEqual([
      ["address", "東京都世田谷区桜新町2-9-4-303"],
      ["phone", "090-2231-7789"],
    ]);
  });

  test("an employer's number (勤務先 / employer) is not the applicant's", () => {
    expect(found("勤務先：株式会社ミヤビ工業（048-221-5570）")).toEqual([]);
    expect(found("Employer: Lakeside Partners (03-6231-7788)")).toEqual([]);
  });

  test("a number in brackets right after a shop, branch or clinic name is that place's", () => {
    expect(found("受取：2027年2月1日 10:00　新大阪駅前店（06-6305-1177）")).toEqual([]);
    expect(found("紹介先：みなと内科クリニック（045-212-8870）")).toEqual([]);
    // a person before the bracket is a person
    expect(found("緊急時は実家の母（090-4471-2208）まで")).toEqual([["phone", "090-4471-2208"]]);
  });

  test("a number whose bracket after it names an office or desk is the organisation's", () => {
    expect(found("If you get lost, call 080-2276-1193 (site team's mobile).")).toEqual([]);
  });

  test("a landline in the same bracket as a restaurant's street address is the restaurant's", () => {
    expect(found("Dinner is at Osteria Luna (2F, 4-1-9 Akasaka, Minato-ku, 03-3584-2210) at seven.")).toEqual([]);
  });

  test("an inn's address and phone under its name are the inn's", () => {
    const mail = "ご宿泊ありがとうございます。\n\n旅館 松風亭　〒413-0011 静岡県熱海市田原本町5-2\nTEL 0557-81-2260";
    expect(found(mail)).toEqual([]);
  });

  test("an agency's or a warehouse's address is the organisation's", () => {
    expect(found("損保代理店 みのり保険サービス\n〒260-0013 千葉市中央区中央3-10-8")).toEqual([]);
    expect(found("発送元：〒274-0071 千葉県船橋市習志野4-2-1 船橋ロジスティクスセンター")).toEqual([]);
    expect(found("返品先倉庫：〒335-0031 埼玉県戸田市美女木6-9-3")).toEqual([]);
  });

  test("an office announcing its move (弊所 / 当院) gives no one's address; a person's own move still counts", () => {
    const notice = "このたび弊所は移転いたしました。\n\n新住所：〒160-0022 東京都新宿区新宿5-1-8\n旧住所：〒160-0004 東京都新宿区四谷3-2-2";
    expect(found(notice)).toEqual([]);
    const person = "引っ越しました。新住所：〒160-0022 東京都新宿区新宿5-1-8-301";
    expect(found(person)).toEqual([
      ["postal_code", "160-0022"],
      ["address", "東京都新宿区新宿5-1-8-301"],
    ]);
  });

  test("an association's or union's account (社団法人, 協会, 組合) is the organisation's", () => {
    expect(found("振込先：ゆうちょ銀行 記号 10270 番号 41182093\n口座名義：一般社団法人 日本園芸協会")).toEqual([]);
    expect(found("振込先：三菱UFJ銀行 本店 普通 4418209 口座名義：みどり生活協同組合")).toEqual([]);
  });
});
