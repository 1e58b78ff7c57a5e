import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// A sentence names what a bulleted list holds; every item of the list is such a value, not only
// the first one under the sentence.
describe("a bulleted list under the sentence that names its values", () => {
  test("pension numbers, one per bullet, the last wrapped after its hyphen", () => {
    const text = "3名分の基礎年金番号をお送りします。\n・2207-518830\n・4419-002716\n・5530-\n771204\n以上です。";
    expect(found(text)).toEqual([
      ["pension_number", "2207-518830"],
      ["pension_number", "4419-002716"],
      ["pension_number", "5530-\n771204"],
    ]);
  });

  test("English bullets", () => {
    const text = "Pension numbers of the three new starters:\n- 2207-518830\n- 4419-002716\n- 5530-771204";
    expect(found(text).map(([t]) => t)).toEqual(["pension_number", "pension_number", "pension_number"]);
  });

  test("a list that follows an unrelated list is not named by the earlier sentence", () => {
    const text = "基礎年金番号の件は別途。\n\n問い合わせ番号一覧\n・2207-518830\n・4419-002716";
    expect(found(text)).toEqual([]);
  });
});

describe("passports listed under the sentence that names them", () => {
  test("one per bullet, with a name before each", () => {
    const text = "Passport details for the Seoul trip:\n- Aya Mori: XK4410927, DOB 03/02/1980\n- Jun Mori: XR0832715, DOB 11/09/1982";
    expect(found(text).filter(([t]) => t === "passport")).toEqual([
      ["passport", "XK4410927"],
      ["passport", "XR0832715"],
    ]);
  });

  test("a serial of the same shape under an unrelated sentence is not", () => {
    expect(found("Lot numbers shipped today:\n- XK4410927\n- XR0832715")).toEqual([]);
  });
});
