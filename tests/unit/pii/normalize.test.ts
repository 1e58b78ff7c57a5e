import { joinDigitBreaks, normalize } from "../../../src/core/pii/normalize";

function roundTrip(original: string, find: string): string {
  const n = normalize(original);
  const i = n.text.indexOf(find);
  expect(i).toBeGreaterThanOrEqual(0);
  return original.slice(n.toOriginalStart(i), n.toOriginalEnd(i + find.length));
}

describe("normalize", () => {
  test("full-width digits and every dash become ASCII, offsets map back", () => {
    const s = "携帯：０９０－１２３４ー５６７８、FAX 03‐1234―5678 and 06−1111–2222";
    const n = normalize(s);
    expect(n.text).toContain("090-1234-5678");
    expect(n.text).toContain("03-1234-5678");
    expect(n.text).toContain("06-1111-2222");
    expect(roundTrip(s, "090-1234-5678")).toBe("０９０－１２３４ー５６７８");
  });
  test("the katakana long mark stays a long mark inside words", () => {
    expect(normalize("メール・データ").text).toBe("メール・データ");
  });
  test("ideographic and no-break spaces become spaces; NFKC expands ㈱ and maps back as one char", () => {
    const s = "㈱サンプル　1234\u00a05678";
    const n = normalize(s);
    expect(n.text).toBe("(株)サンプル 1234 5678");
    const i = n.text.indexOf("1234");
    expect(n.toOriginalStart(i)).toBe(s.indexOf("1234"));
    expect(n.toOriginalStart(1)).toBe(0);
    expect(n.toOriginalEnd(3)).toBe(1);
  });
  test("half-width katakana with a voiced mark composes into one character", () => {
    const s = "ｶﾞｽ代 090-1111-2222";
    const n = normalize(s);
    expect(n.text.startsWith("ガス代")).toBe(true);
    expect(roundTrip(s, "090-1111-2222")).toBe("090-1111-2222");
  });
  test("digits split by a line break are joined only when asked, and reported", () => {
    const s = "携帯は090-1234-\r\n5678です";
    const plain = normalize(s);
    expect(plain.text).toContain("090-1234-\r\n5678");
    expect(Array.from(plain.digitBreaks)).toEqual([s.indexOf("\n")]);
    const joined = normalize(s, { joinDigitBreaks: true });
    expect(joined.text).toContain("090-1234-5678");
    const i = joined.text.indexOf("090");
    expect(s.slice(joined.toOriginalStart(i), joined.toOriginalEnd(i + 13))).toBe("090-1234-\r\n5678");
  });
});

describe("joinDigitBreaks (the joined reading derived from the plain one)", () => {
  const samples = [
    "携帯 090-1234-\n5678 まで",
    "1234\r\n5678\n　9018",
    "０９０－１２３４－\n  ５６７８",
    "½\n2 and 3\n\n4",
    "no breaks here 12 34",
    "12\n34\n56\n78\n",
    // spaced groups: the break becomes one space (issue 12, line-wrapped numbers)
    "番号 4821 3067\n5918 です",
    "4532 0198 7654\r\n   3215 x",
    "7039\r\n　1528 4460\n",
    // many short pieces: the joined text is built from a buffer of character codes
    "12\n".repeat(300),
    "4821 3067\n".repeat(100),
  ];
  test.each(samples)("same text and offsets as normalising with joinDigitBreaks: %j", (s) => {
    const direct = normalize(s, { joinDigitBreaks: true });
    const derived = joinDigitBreaks(normalize(s));
    expect(derived.text).toBe(direct.text);
    for (let j = 0; j <= direct.text.length; j++) {
      if (j < direct.text.length) expect([j, derived.toOriginalStart(j)]).toEqual([j, direct.toOriginalStart(j)]);
      expect([j, derived.toOriginalEnd(j)]).toEqual([j, direct.toOriginalEnd(j)]);
    }
  });
});
