import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// A spreadsheet pasted with a merged header: a first row that only names groups of columns (most
// of its cells empty) over the row that names each column. The column names are on the second row.
describe("a table whose header spans two rows", () => {
  const sheet = [
    "入社予定者の一覧を貼り付けます。",
    "",
    "\t\t\t健康保険\t\t厚生年金",
    "社員番号\t氏名\t生年月日\t記号\t番号\t基礎年金番号",
    "A-17\t松井 一花\tH9.6.23\t30561447\t12\t2310-614277",
    "A-18\t宇野 剛\tS63.2.5\t30561447\t13\t6627-051938",
    "",
    "人事 小池",
  ].join("\n");

  test("each row's date of birth and pension number are read under the column names of the second row", () => {
    const got = found(sheet);
    expect(got).toContainEqual(["birth_date", "H9.6.23"]);
    expect(got).toContainEqual(["birth_date", "S63.2.5"]);
    expect(got).toContainEqual(["pension_number", "2310-614277"]);
    expect(got).toContainEqual(["pension_number", "6627-051938"]);
  });

  test("the 記号 and 番号 columns of a health-insurance group are both read", () => {
    const got = found(sheet).filter(([t]) => t === "health_insurance").map(([, v]) => v);
    expect(got).toEqual(["30561447", "12", "30561447", "13"]);
  });

  test("a first row with names in most cells is still the header", () => {
    const plain = "氏名\t生年月日\t電話\n松井 一花\tH9.6.23\t090-3321-4478\n";
    expect(found(plain)).toEqual([
      ["birth_date", "H9.6.23"],
      ["phone", "090-3321-4478"],
    ]);
  });
});
