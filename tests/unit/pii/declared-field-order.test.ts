import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// A list whose rows hold fields separated by " / ", under a sentence that gives the fields'
// order ("氏名・旅券番号・生年月日の順"): the order is the rows' header.
describe("rows under a sentence that declares the fields' order", () => {
  test("Japanese: 氏名・旅券番号・生年月日の順", () => {
    const text = [
      "参加者を（氏名・旅券番号・生年月日の順で）記載します。",
      "1. 川口 美咲 / XK4410927 / 1981.03.22",
      "2. 大森 勇 / XR0832715 / 1977.12.05",
      "以上です。",
    ].join("\n");
    expect(found(text)).toEqual([
      ["passport", "XK4410927"],
      ["birth_date", "1981.03.22"],
      ["passport", "XR0832715"],
      ["birth_date", "1977.12.05"],
    ]);
  });

  test("a header line of ' / '-separated field names", () => {
    const text = ["Name / Passport No. / Date of birth", "- Ana Lima / XK4410927 / 1981-03-22", "- Tom Berg / XR0832715 / 1977-12-05"].join("\n");
    expect(found(text).map(([t]) => t)).toEqual(["passport", "birth_date", "passport", "birth_date"]);
  });

  test("rows whose declared fields are something else stay unflagged", () => {
    const text = ["品名・型番・納品日の順です。", "1. 台車 / XK4410927 / 2026.03.22"].join("\n");
    expect(found(text)).toEqual([]);
  });
});
