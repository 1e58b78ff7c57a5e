import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// Rules that generalise beyond the labelled sets (found on the held-out set, tested here on other text).
describe("context rules", () => {
  test("a date followed by 生 is a birth date only when 生 does not start another word (生産, 生活)", () => {
    expect(found("2023年5月1日生産の製品を回収します。")).toEqual([]);
    expect(found("対象者：1990年2月3日生 男性")).toEqual([["birth_date", "1990年2月3日"]]);
  });

  test("a Gmail-style attribution line and the quoted signature below it are not the sender's data to flag", () => {
    const mail = "承知しました。\n\n2024年1月5日(金) 9:12 佐藤 健 <ken.sato@example.com>:\n> よろしくお願いします。\n>\n> --\n> 佐藤 健\n> 携帯 080-1111-2222";
    expect(found(mail)).toEqual([]);
  });

  test("a quoted signature whose only contact is a bare phone line is still a signature", () => {
    const mail = "Sounds good.\n\nOn Tue, Jan 9, 2024 at 9:00 AM Ann Lee <ann.lee@example.com> wrote:\n> See you then.\n> --\n> Ann Lee | Buyer\n> +1 (206) 555-0100";
    expect(found(mail)).toEqual([]);
  });

  test("a software licence number is not a driver's licence; a driver's licence number is", () => {
    expect(found("Software license number: 1234-5678-9012")).toEqual([]);
    expect(found("Driver's license number: 1234 5678 9012")).toEqual([["drivers_license", "1234 5678 9012"]]);
  });

  test("a point card number is a member number, not a credit card, even when Luhn passes", () => {
    expect(found("ポイントカード番号：4111 1111 1111 1111")).toEqual([]);
    expect(found("カード番号：4111 1111 1111 1111")).toEqual([["credit_card", "4111 1111 1111 1111"]]);
  });

  test("'my number is 090-…' is a phone: a phone-shaped value is never a My Number", () => {
    expect(found("If you need me, my number is 090-2345-6789.")).toEqual([["phone", "090-2345-6789"]]);
  });

  test("direct lines (直通) in a staff list are the organisation's", () => {
    expect(found("部署,氏名,直通\n営業部,山田 一郎,03-5555-0101\n")).toEqual([]);
  });
});
