import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);
const phones = (text: string): string[] => found(text).filter(([t]) => t === "phone").map(([, v]) => v);

// Whose number is this: a phone that belongs to a place or an organisation by the way it is
// written, not by the organisation's name.
describe("phones of places and organisations", () => {
  test("a phone label that names a place ('店舗電話', '事務所の固定電話') is the place's line", () => {
    expect(phones("年始の営業は1/4からです。\n店舗電話：0532-41-7706")).toEqual([]);
    expect(phones("集合は作業場です。\n作業場の固定電話：0532-41-7706（当日のみ）")).toEqual([]);
  });

  test("a landline the sentence invites the reader to call ('…までご連絡ください', '…から承ります')", () => {
    expect(phones("ご不明な点は 0533-84-2210 までご連絡ください。")).toEqual([]);
    expect(phones("ご予約はお電話（0533-84-2210）またはWebフォーム（https://example.jp/form?id=7）から承ります。")).toEqual([]);
  });

  test("a person's own landline or mobile in such a sentence still counts", () => {
    expect(phones("自宅 0533-84-2210 までご連絡ください。")).toEqual(["0533-84-2210"]);
    expect(phones("何かあれば私の携帯 090-2231-7784 までご連絡ください。")).toEqual(["090-2231-7784"]);
  });

  test("a landline in an organisation's relocation notice is its new number", () => {
    const mail = "事務所移転のお知らせ\n\n弊所は2月1日より下記へ移転いたします。\n\n新住所：福井県福井市大手3丁目4-1 大手ビル5F\n電話：0776-20-3315";
    expect(phones(mail)).toEqual([]);
  });

  test("a +81 number under a hotel's name and address lines is the hotel's", () => {
    const mail = "Your stay is confirmed.\n\nInn Sakuragawa\n4-5 Higashiyama, Kyoto 605-0074, Japan\nPhone: +81 75-531-2204";
    expect(phones(mail)).toEqual([]);
  });

  test("a landline right after an institution or business in English", () => {
    expect(phones("The student health centre (0532-44-6610) will contact you.")).toEqual([]);
    expect(phones("We stay at Pine Ridge Lodge, 22 Kamikochi, Matsumoto-shi (0263-95-2301).")).toEqual([]);
    expect(phones("The freight forwarder (Nishi Kaiun, 078-331-5520) has the papers.")).toEqual([]);
  });

  test("a company-issued mobile is the company's; the person's private one next to it is theirs", () => {
    const mail = "携帯（会社貸与）：080-3317-5526\n携帯（私用）：080-4427-9931";
    expect(phones(mail)).toEqual(["080-4427-9931"]);
  });

  test("a North American toll-free number is an organisation's, like 0120", () => {
    expect(phones("Callers in the US: +1 (877) 555-0142.")).toEqual([]);
    expect(phones("Callers in the US: +1 (312) 555-0142.")).toEqual(["+1 (312) 555-0142"]);
  });
});

describe("a shop announcing its move", () => {
  test("the new shop's postcode and landline in '…より下記に移転いたします' are the shop's", () => {
    const mail = "いつもありがとうございます。\n当店は3月1日より下記に移転いたします。\n\n新店舗：〒460-0008 愛知県名古屋市中区栄3丁目5-12 栄ビル2F\n電話：052-251-7740";
    expect(found(mail)).toEqual([]);
  });
});
