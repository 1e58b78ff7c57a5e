import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// Forms are often aligned with runs of (full-width) spaces, and a 記号番号 pair is often followed,
// not preceded, by the insurer number that says it is a health-insurance card.
describe("health-insurance and Japan Post fields as forms write them", () => {
  test("記号 / 番号 fields padded with several full-width spaces: each", () => {
    const form = "保険者番号　　06133318\n記号　　　　　2207\n番号　　　　　41";
    expect(found(form)).toEqual([
      ["health_insurance", "06133318"],
      ["health_insurance", "2207"],
      ["health_insurance", "41"],
    ]);
  });

  test("記号番号 written together, with the insurer number on the line below", () => {
    expect(found("記号番号　　3018-227\n保険者番号　01130012")).toEqual([
      ["health_insurance", "3018-227"],
      ["health_insurance", "01130012"],
    ]);
    // a part list's 記号番号 with nothing about insurance stays out
    expect(found("記号番号　3018-227\n数量　12")).toEqual([]);
  });

  test("a corrected 記号番号 given in quotes on the next line, after a place name", () => {
    const mail = "保険証の記号番号に誤りがありました。正しい値は\n『杉並 44-1093』\nです。";
    expect(found(mail)).toEqual([["health_insurance", "44-1093"]]);
    expect(found("型式の記号番号は次のとおりです。\n『杉並 44-1093』")).toEqual([]);
  });

  test("a Japan Post 'symbol-number' on the line under the bank's name is the account", () => {
    expect(found("Please pay me through Japan Post Bank.\nSymbol-number: 14170-27718391")).toEqual([
      ["bank_account", "14170-27718391"],
    ]);
  });
});
