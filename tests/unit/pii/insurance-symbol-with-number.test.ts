import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// The 記号 of a 健康保険 card narrows a person to one employer; written with the 番号 of the
// same card it is half of the pair the card identifies its holder by, so both are flagged. A
// 記号 written alone (an employer's code in an HR notice) is not.
describe("健康保険 記号 written with its 番号", () => {
  test("separate 記号 and 番号 fields on one line: both", () => {
    expect(found("被保険者証の記号　2208　番号　47")).toEqual([
      ["health_insurance", "2208"],
      ["health_insurance", "47"],
    ]);
  });

  test("English Symbol / Number on an insurance card", () => {
    expect(found("Health insurance card: Symbol 4410 / Number 1093")).toEqual([
      ["health_insurance", "4410"],
      ["health_insurance", "1093"],
    ]);
  });

  test("a kanji-only 記号 (a 国保 municipality's name): the 番号 alone", () => {
    expect(found("国民健康保険証　記号 港南　番号 2217408")).toEqual([["health_insurance", "2217408"]]);
  });

  test("a 記号 alone, with no 番号, is the employer's code", () => {
    expect(found("当社健康保険組合の記号は 2208 です。")).toEqual([]);
  });

  test("a TSV or CSV with 記号 and 番号 columns in a health-insurance mail", () => {
    const tsv = "健康保険の加入者一覧です。\n氏名\t記号\t番号\n田村 恵\t3310\t58\n北野 誠\t3310\t112\n";
    expect(found(tsv)).toEqual([
      ["health_insurance", "3310"],
      ["health_insurance", "58"],
      ["health_insurance", "3310"],
      ["health_insurance", "112"],
    ]);
    const csv = "保険証の情報：\n名前,記号,番号\n坂本 透,7701,2045\n";
    expect(found(csv)).toEqual([
      ["health_insurance", "7701"],
      ["health_insurance", "2045"],
    ]);
  });

  test("記号 / 番号 columns with no health-insurance word anywhere are not flagged", () => {
    expect(found("部品一覧\n品名\t記号\t番号\nボルト\t3310\t58\n")).toEqual([]);
  });
});
