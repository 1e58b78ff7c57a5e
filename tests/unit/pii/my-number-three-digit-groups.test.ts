import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// Some people read 12 digits out in threes, as they would a long amount. Only where the text
// names it a My Number: a meeting ID or a tracking number is grouped the same way.
describe("a My Number written in groups of three", () => {
  test("after its label, or under the sentence that names it", () => {
    expect(found("個人番号：318 405 726 190")).toEqual([["my_number", "318 405 726 190"]]);
    expect(found("マイナンバーを再送します。\n正しくは 318-405-726-190 です。")).toEqual([["my_number", "318-405-726-190"]]);
  });

  test("not a meeting ID or an unnamed run", () => {
    expect(found("Meeting ID: 318 405 726 190")).toEqual([]);
    expect(found("Ref 318 405 726 190")).toEqual([]);
  });
});
