import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);
const types = (text: string): string[] => scanText(text).map((m) => m.type);

// Categories of error seen on a blind set, tested here on text of our own (other words, names, numbers).
describe("a digit run longer than a type allows never yields a shorter match", () => {
  test("a 16-digit card-like number that fails Luhn is not a My Number in its first or last 12 digits", () => {
    expect(found("検証用の番号 5318 4027 7190 1001 は Luhn を通らない想定です。")).toEqual([]);
    expect(found("連番 88 5318 4027 7190 を割り当てます。")).toEqual([]);
  });
  test("the same 12 digits standing alone after a keyword are still a My Number", () => {
    expect(found("マイナンバー 5318 4027 7190 です。")).toEqual([["my_number", "5318 4027 7190"]]);
  });
});

describe("the sender's own signature above quoted text", () => {
  test("Japanese: a separated signature followed by a quote is excluded whole", () => {
    const mail =
      "田中様\n\n承知しました。明日伺います。\n\n小林\n\n--\n合同会社サンプル商事 企画部 小林 健太\n〒150-0002 東京都渋谷区渋谷3-9-7 桜ビル5F\n" +
      "携帯 080-3344-5566 / TEL 03-6419-2201\nkobayashi.k@sample-shoji.example.jp\n\n> 小林様\n>\n> 明日の件、よろしくお願いいたします。\n> 田中";
    expect(found(mail)).toEqual([]);
  });
  test("English: the signature stops where the quote starts; data in the quoted body is still found", () => {
    const mail =
      "Thanks, see below.\n\n--\nBen Ward | Account Manager\nHarbor Analytics Ltd.\nMobile: 090-7712-3409\nben.ward@harbor.example.com\n\n" +
      "> Hi Ben,\n> The new applicant can be reached on 080-6655-4433.\n> Regards, Kate";
    expect(found(mail)).toEqual([["phone", "080-6655-4433"]]);
  });
  test("a quoted message ending in a name line and a TEL line: that phone is the quoted author's signature", () => {
    expect(found("了解です。\n\n> 承知しました。\n> 中村（経理課）\n> TEL 06-6210-3344")).toEqual([]);
    expect(found("OK.\n\n> Will do.\n> Priya (Finance)\n> Tel: 045-330-1290")).toEqual([]);
  });
});

describe("organisation contacts written in the body", () => {
  test("function mailboxes are an organisation's", () => {
    expect(found("Renewal questions go to renewals@cloudco.example.com.")).toEqual([]);
    expect(found("発注に関しては procurement@maker.example.co.jp までお願いします。")).toEqual([]);
    expect(found("Out of hours, write to emergency@plant.example.jp")).toEqual([]);
  });
  test("a mailbox introduced as a desk, team or 窓口 is the organisation's", () => {
    expect(found("返品受付窓口 henpin@shop.example.jp")).toEqual([]);
    expect(found("Warehouse team: whs-east@logi.example.com")).toEqual([]);
  });
  test("a person's address is still found", () => {
    expect(found("Please reply to the applicant at mika.tan@example.com")).toEqual([["email_address", "mika.tan@example.com"]]);
  });
  test("branch and office lines are the organisation's even with a TEL label", () => {
    expect(found("横浜支店 TEL 045-211-7700\n仙台営業所 TEL 022-262-3301\n")).toEqual([]);
    expect(found("Kyoto office: 5F Karasuma Bldg, 100 Karasuma-dori, Kyoto 600-8008\nTel: 075-231-4400")).toEqual([]);
  });
  test("a dedicated line, a team to call and a line shared with a role mailbox are the organisation's", () => {
    expect(found("製品サポートダイヤル 03-4455-6677（平日9時〜18時）")).toEqual([]);
    expect(found("If anything is unclear, please ring our billing team on 06-7788-9900.")).toEqual([]);
    expect(found("Media enquiries:\nAcme Robotics Japan, Corporate Communications\npress-jp@acme.example.com | 03-6205-1188")).toEqual([]);
  });
  test("a person's phone is still found", () => {
    expect(found("山本さんの携帯 090-5566-7788 に連絡してください。")).toEqual([["phone", "090-5566-7788"]]);
    expect(found("Contact the candidate on 080-2233-4455.")).toEqual([["phone", "080-2233-4455"]]);
  });
});

describe("a company profile is a record, not a signature", () => {
  test("its 法人番号 is found; its main line and head-office address are not personal data", () => {
    const mail =
      "会社概要をお送りします。\n\n商号：株式会社サンプル精機\n法人番号：6715302948163\n設立：1985年6月\n資本金：5,000万円\n" +
      "本社：愛知県名古屋市中区栄2-3-4\n代表電話：052-201-3300　FAX：052-201-3301\n\nよろしくお願いいたします。";
    expect(found(mail)).toEqual([["corporate_number", "6715302948163"]]);
  });
  test("a 法人番号 inside a signature stays excluded", () => {
    expect(found("以上です。\n\n--\n株式会社サンプル精機 営業部 佐藤\nTEL 052-201-3300\n法人番号 6715302948163")).toEqual([]);
  });
});

describe("health insurance 記号・番号", () => {
  // Decision: the 記号 alone is the employer's (or the municipality's) code, shared by everyone
  // insured there, like a bank's branch code; as separate fields only the 番号 is flagged.
  // Written with its 番号, the 記号 is half of the card's pair: both are flagged (blind-set rules 6 and 19).
  test("separate 記号 and 番号 fields: each, whatever the 記号 looks like", () => {
    expect(found("私の保険証は 記号 5503 番号 27 です。")).toEqual([["health_insurance", "5503"], ["health_insurance", "27"]]);
    expect(found("国保の被保険者証：記号 港2 番号 318")).toEqual([["health_insurance", "港2"], ["health_insurance", "318"]]);
    expect(found("保険証\n記号 7104\n番号 56")).toEqual([["health_insurance", "7104"], ["health_insurance", "56"]]);
  });
  test("記号・番号 written together is one value", () => {
    expect(found("被保険者証の記号・番号は 3310・88 です。")).toEqual([["health_insurance", "3310・88"]]);
    expect(found("Insurance card symbol/number: 61-2030")).toEqual([["health_insurance", "61-2030"]]);
  });
  test("English symbol and number fields", () => {
    expect(found("Health insurance card: symbol 2207, number 419")).toEqual([["health_insurance", "2207"], ["health_insurance", "419"]]);
  });
  test("記号 and 番号 outside a health-insurance context are not", () => {
    expect(found("部品の記号 12 番号 4 を確認してください。")).toEqual([]);
  });
});

describe("bank accounts", () => {
  test("ゆうちょ 記号 and 番号 on separate lines: the 番号", () => {
    expect(found("ゆうちょ銀行\n記号 10450\n番号 23817461\n名義 ヤマダ ハナコ")).toEqual([["bank_account", "23817461"]]);
  });
  test("Japan Post Bank written in English", () => {
    expect(found("Please refund to my Japan Post Bank account (10450-23817461).")).toEqual([["bank_account", "10450-23817461"]]);
  });
  test("English account types before a 7-digit number", () => {
    expect(found("Payroll: Mizuho Bank, Ebisu branch, savings account 4419026")).toEqual([["bank_account", "4419026"]]);
    expect(found("pay her personal account at Resona Bank Corp., Umeda branch, ordinary 2281907")).toEqual([["bank_account", "2281907"]]);
  });
  test("an account in a company's name is still the company's", () => {
    expect(found("Account name: Acme Trading Co., Ltd., ordinary account 3345120")).toEqual([]);
  });
});

describe("addresses", () => {
  test("大字/字 and a bank branch on the next line", () => {
    expect(found("住所：〒013-0061 秋田県横手市大字安田字柳堤4-8\n振込先：秋田銀行 横手支店 普通 3301927")).toEqual([
      ["postal_code", "013-0061"],
      ["address", "秋田県横手市大字安田字柳堤4-8"],
      ["bank_account", "3301927"],
    ]);
  });
  test("a floor followed by a room number is a home, a bare floor an office", () => {
    expect(found("送付先：大阪府大阪市北区天神橋2-5-18 天神レジデンス7F-703")).toEqual([["address", "大阪府大阪市北区天神橋2-5-18 天神レジデンス7F-703"]]);
    expect(found("会場は東京都中央区日本橋1-2-3 日本橋ビル12F です。")).toEqual([]);
  });
});

describe("My Number", () => {
  test("a leading zero and a plural keyword in the sentence before", () => {
    expect(found("Below are the Individual Numbers for my two children.\n- Daughter: 073155284606\n- Son: 2604 7159 8323")).toEqual([
      ["my_number", "073155284606"],
      ["my_number", "2604 7159 8323"],
    ]);
  });
});

describe("birth dates in prose", () => {
  test("a correction inside a forwarded body, with a restatement in brackets", () => {
    const mail =
      "転送します。\n\n---------- Forwarded message ---------\nFrom: 森 <mori@example.co.jp>\nSubject: 訂正\n\n人事部御中\n" +
      "登録されている私の生年月日が間違っています。1987/03/12 となっていますが、正しくは S62.3.21 (21 March 1987) です。";
    expect(found(mail)).toEqual([
      ["birth_date", "1987/03/12"],
      ["birth_date", "S62.3.21"],
      ["birth_date", "21 March 1987"],
    ]);
    expect(found("Her date of birth was entered wrongly as 04/11/1992; it should read 11 April 1992.")).toEqual([
      ["birth_date", "04/11/1992"],
      ["birth_date", "11 April 1992"],
    ]);
  });
  test("a nearer label for another date wins", () => {
    expect(types("Please confirm your date of birth in the portal before the deadline on 15 November 2024.")).toEqual([]);
    expect(types("生年月日の登録は人事システムで受け付けています。締切は2024年11月15日です。")).toEqual([]);
  });
});
