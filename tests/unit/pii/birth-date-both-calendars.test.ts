import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// Forms and 履歴書 often write the Western year with the era year in brackets after it.
describe("a birth date with the era year in brackets after the Western year", () => {
  test("one finding over the whole expression", () => {
    expect(found("生年月日：1992年（平成4年）11月30日")).toEqual([["birth_date", "1992年（平成4年）11月30日"]]);
    expect(found("生年月日 2019年(令和元年)5月1日")).toEqual([["birth_date", "2019年(令和元年)5月1日"]]);
  });

  test("not a birth date without a birth label", () => {
    expect(found("契約開始：1992年（平成4年）11月30日")).toEqual([]);
  });
});
