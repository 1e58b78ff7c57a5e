import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// NNN-NNNN right before a prefecture is a postcode whatever stands before it ("ご自宅（…", a
// line of its own above the address), unless a label calls it something else.
describe("a bare postcode before a prefecture", () => {
  test("after a home word that also names a phone", () => {
    expect(found("お花はご自宅（536-0014 大阪府大阪市城東区鴫野西3-5-9）へ。")).toEqual([
      ["postal_code", "536-0014"],
      ["address", "大阪府大阪市城東区鴫野西3-5-9"],
    ]);
  });

  test("on its own line above the address", () => {
    expect(found("送付先：\n536-0014\n大阪府大阪市城東区鴫野西3-5-9")).toEqual([
      ["postal_code", "536-0014"],
      ["address", "大阪府大阪市城東区鴫野西3-5-9"],
    ]);
  });

  test("called something else, it is not", () => {
    expect(found("注文番号 536-0014\n大阪府の倉庫から出荷します")).toEqual([]);
  });
});
