import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

describe("a birth date corrected under the sentence that names it", () => {
  test("wrong / right lines under a sentence about the date of birth: both dates", () => {
    const text = "会員情報の生年月日に誤りがあります。\n誤：1987年2月9日\n正：1987年9月2日";
    expect(found(text)).toEqual([
      ["birth_date", "1987年2月9日"],
      ["birth_date", "1987年9月2日"],
    ]);
    const en = "My date of birth on your records is wrong.\nOn file: 03/11/1979\nCorrect: 11/03/1979";
    expect(found(en)).toEqual([
      ["birth_date", "03/11/1979"],
      ["birth_date", "11/03/1979"],
    ]);
  });

  test("the same lines under a sentence about a delivery date are not birth dates", () => {
    expect(found("納品日に誤りがあります。\n誤：2027年2月9日\n正：2027年2月19日")).toEqual([]);
  });
});

describe("a payment card called just カード", () => {
  test("'新しいカードは' before a Luhn-valid card number; a cash or IC card is not", () => {
    expect(found("支払い用の新しいカードはこちらです：4539.1488.0343.6467")).toEqual([["credit_card", "4539.1488.0343.6467"]]);
    expect(found("キャッシュカードは 4539.1488.0343.6467 です")).toEqual([]);
  });
});
