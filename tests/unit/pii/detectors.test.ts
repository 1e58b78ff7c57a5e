import { scanText } from "../../../src/core/pii";
import type { PersonalDataType } from "../../../src/core/pii";

const found = (text: string, type?: PersonalDataType): string[] =>
  scanText(text)
    .filter((m) => !type || m.type === type)
    .map((m) => m.text);

describe("my_number", () => {
  test("with a label, in the usual groupings and full-width", () => {
    expect(found("マイナンバー：1234 5678 9018", "my_number")).toEqual(["1234 5678 9018"]);
    expect(found("個人番号 123456789018", "my_number")).toEqual(["123456789018"]);
    expect(found("My Number: １２３４－５６７８－９０１８", "my_number")).toEqual(["１２３４－５６７８－９０１８"]);
  });
  test("a failing check digit, a number called something else, a masked value: nothing", () => {
    expect(found("マイナンバー：1234 5678 9017")).toEqual([]);
    expect(found("注文番号：123456789018")).toEqual([]);
    expect(found("マイナンバー：****-****-9018")).toEqual([]);
  });
  test("the match gives start/end into the original and a masked preview", () => {
    const text = "本人のマイナンバーは１２３４５６７８９０１８です";
    const [m] = scanText(text);
    expect(m.type).toBe("my_number");
    expect(text.slice(m.start, m.end)).toBe("１２３４５６７８９０１８");
    expect(m.masked).toBe("１２３４ **** **１８");
  });
});

describe("corporate_number", () => {
  test("only where the text calls it 法人番号", () => {
    expect(found("法人番号 7000012050002", "corporate_number")).toEqual(["7000012050002"]);
    // Issue 12: an invoice registration number (T + 13 digits passing the check) is a corporate number.
    expect(found("登録番号 T7000012050002")).toEqual(["7000012050002"]);
    expect(found("法人番号 6000012050002")).toEqual([]);
  });
});

describe("credit_card", () => {
  test("Luhn and issuer decide; labels that call it something else rule it out", () => {
    expect(found("カード番号 4111-1111-1111-1111", "credit_card")).toEqual(["4111-1111-1111-1111"]);
    expect(found("Amex 3782 822463 10005", "credit_card")).toEqual(["3782 822463 10005"]);
    expect(found("カード番号 4111-1111-1111-1112")).toEqual([]);
    expect(found("Order number: 4111111111111111")).toEqual([]);
    expect(found("請求書番号 5500000000000004")).toEqual([]);
    expect(found("カード番号：****-****-****-1111")).toEqual([]);
  });
});

describe("phone", () => {
  test("mobiles, landlines, +81, parentheses, a line break inside", () => {
    expect(found("携帯 090-1234-5678", "phone")).toEqual(["090-1234-5678"]);
    expect(found("自宅 (03)3456-7890", "phone")).toEqual(["(03)3456-7890"]);
    expect(found("Mobile: +81 90-1234-5678", "phone")).toEqual(["+81 90-1234-5678"]);
    expect(found("実家 0268-22-1234 まで", "phone")).toEqual(["0268-22-1234"]);
    expect(found("携帯は090-1234-\n5678です", "phone")).toEqual(["090-1234-\n5678"]);
    expect(scanText("携帯 090-1234-5678")[0].masked).toBe("090-****-5678");
  });
  test("organisation lines are not a person's", () => {
    expect(found("フリーダイヤル 0120-123-456")).toEqual([]);
    expect(found("ナビダイヤル 0570-000-123")).toEqual([]);
    expect(found("TEL 03-3270-0000（代表）")).toEqual([]);
    expect(found("FAX: 03-1234-5679")).toEqual([]);
    expect(found("03-1234-5678 内線 123")).toEqual([]);
    expect(found("+81 3-4578-1234,,123456789# Japan, Tokyo")).toEqual([]);
    expect(found("携帯：090-XXXX-XXXX")).toEqual([]);
  });
  test("a contiguous 10-digit landline needs a phone label", () => {
    expect(found("管理番号 0312345678")).toEqual([]);
    expect(found("電話 0312345678", "phone")).toEqual(["0312345678"]);
  });
});

describe("email_address", () => {
  test("people yes, role mailboxes no", () => {
    expect(found("連絡は hanako.sato@gmail.com まで", "email_address")).toEqual(["hanako.sato@gmail.com"]);
    expect(found("info@example.co.jp / support@example.co.jp / no-reply@example.com")).toEqual([]);
    expect(scanText("hanako.sato@gmail.com")[0].masked).toBe("h***@gmail.com");
  });
});

describe("postal_code and address", () => {
  test("〒 and a prefecture-led address through building and room", () => {
    const text = "住所：〒150-0001 東京都渋谷区神宮前1-2-3 サクラハイツ201号室";
    expect(found(text, "postal_code")).toEqual(["150-0001"]);
    expect(found(text, "address")).toEqual(["東京都渋谷区神宮前1-2-3 サクラハイツ201号室"]);
  });
  test("company addresses are organisation data", () => {
    expect(found("本社：〒105-0011 東京都港区芝公園4-2-8 ミナトビル5F")).toEqual([]);
    expect(found("〒100-0005 東京都千代田区丸の内1-1-1 株式会社サンプル 御中")).toEqual([]);
  });
  test("prose naming a place is not an address", () => {
    expect(found("東京都の人口は2024年に増えました")).toEqual([]);
  });
});

describe("birth_date", () => {
  test("西暦, 和暦 long and short, 元年, English", () => {
    expect(found("生年月日：昭和60年1月1日", "birth_date")).toEqual(["昭和60年1月1日"]);
    expect(found("生年月日 平成元年5月1日", "birth_date")).toEqual(["平成元年5月1日"]);
    expect(found("生年月日: S60.1.1", "birth_date")).toEqual(["S60.1.1"]);
    expect(found("生年月日 H3/7/15", "birth_date")).toEqual(["H3/7/15"]);
    expect(found("1988年11月2日生まれ", "birth_date")).toEqual(["1988年11月2日"]);
    expect(found("Date of birth: April 1, 1985", "birth_date")).toEqual(["April 1, 1985"]);
    expect(found("DOB: 07/14/1986", "birth_date")).toEqual(["07/14/1986"]);
  });
  test("other dates, impossible dates and birthdays without a year are not", () => {
    expect(found("納期：2024年5月1日")).toEqual([]);
    expect(found("創業 1985年4月1日")).toEqual([]);
    expect(found("誕生日は5月5日です")).toEqual([]);
    expect(found("生年月日：平成32年1月1日")).toEqual([]); // 平成 ended in its 31st year
    expect(found("生年月日：1990/02/30")).toEqual([]);
  });
});

describe("bank_account", () => {
  test("7 digits beside 普通/口座, ゆうちょ 記号・番号", () => {
    expect(found("給与振込口座：みずほ銀行 新宿支店 普通 1234567", "bank_account")).toEqual(["1234567"]);
    expect(found("ゆうちょ銀行 記号 12345 番号 67890121", "bank_account")).toEqual(["67890121"]);
  });
  test("a company's account is not a person's", () => {
    expect(found("お振込先：三井住友銀行 渋谷支店 普通 1234567\n口座名義：カ）サンプル")).toEqual([]);
    expect(found("合計 1234567 円")).toEqual([]);
  });
});

describe("passport, drivers_license, health_insurance, pension_number", () => {
  test("need their label", () => {
    expect(found("パスポート番号：TK1234567", "passport")).toEqual(["TK1234567"]);
    expect(found("型番 TK1234567")).toEqual([]);
    expect(found("運転免許証番号 301234567890", "drivers_license")).toEqual(["301234567890"]);
    expect(found("保険者番号 33120015", "health_insurance")).toEqual(["33120015"]);
    expect(found("保険者番号 33120016")).toEqual([]);
    expect(found("基礎年金番号：1234-567890", "pension_number")).toEqual(["1234-567890"]);
    expect(found("問い合わせ番号 1234-567890")).toEqual([]);
  });
});

describe("exclusion zones", () => {
  test("the sender's signature and quoted headers are skipped; the body is not", () => {
    const text = [
      "お客様の携帯は 080-2222-3333 です。",
      "",
      "--",
      "株式会社サンプル 営業部",
      "山田 太郎",
      "TEL: 03-1111-2222",
      "携帯: 090-9999-8888",
      "Mail: yamada.taro@sample.co.jp",
      "",
      "-----Original Message-----",
      "From: 佐藤 <hanako.sato@example.com>",
      "Sent: Monday, June 3, 2024 10:00",
    ].join("\n");
    expect(found(text)).toEqual(["080-2222-3333"]);
    expect(scanText(text, { exclusions: false }).length).toBeGreaterThan(1);
  });
  test("types option limits the scan", () => {
    const text = "携帯 090-1234-5678 mail hanako.sato@gmail.com";
    expect(scanText(text, { types: ["email_address"] }).map((m) => m.type)).toEqual(["email_address"]);
  });
});

describe("tables", () => {
  test("a CSV header labels its column", () => {
    const csv = "氏名,生年月日,電話\n山田 花子,1985/01/02,090-1111-2222\n";
    expect(scanText(csv).map((m) => [m.type, m.text])).toEqual([
      ["birth_date", "1985/01/02"],
      ["phone", "090-1111-2222"],
    ]);
  });
});
