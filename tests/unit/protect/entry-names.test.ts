import { safeEntryName, safeEntryNames, MAX_ENTRY_NAME_LENGTH, MAX_ENTRY_NAME_BYTES } from "../../../src/core/protect/entry-names";

describe("safeEntryName", () => {
  test.each([
    ["../../etc/passwd", "etc_passwd"],
    ["..\\..\\Windows\\system.ini", "Windows_system.ini"],
    ["/abs/path/file.txt", "abs_path_file.txt"],
    ["C:\\Users\\taro\\見積書.xlsx", "C__Users_taro_見積書.xlsx"],
    ["..", "attachment"],
    ["...", "attachment"],
    ["", "attachment"],
    ["a\u0000b\u0007c.txt", "a_b_c.txt"],
    ["line\r\nbreak.txt", "line__break.txt"],
    ["invoice\u202Efdp.exe", "invoice_fdp.exe"],
    ['what?<>:"|*.txt', "what_______.txt"],
    ["trailing dots... ", "trailing dots"],
    ["CON", "_CON"],
    ["nul.txt", "_nul.txt"],
    ["com1.log", "_com1.log"],
    ["console.txt", "console.txt"],
    ["見積書（最終版）.pdf", "見積書（最終版）.pdf"],
    [".profile", ".profile"],
  ])("%j -> %j", (input, expected) => {
    expect(safeEntryName(input)).toBe(expected);
  });

  test("macOS decomposed (NFD) Japanese becomes NFC", () => {
    const nfd = "ガイド.txt".normalize("NFD");
    expect(nfd).not.toBe("ガイド.txt");
    expect(safeEntryName(nfd)).toBe("ガイド.txt");
  });

  test("long names are cut, keeping the extension and whole surrogate pairs", () => {
    const long = "😀".repeat(300) + ".docx";
    const s = safeEntryName(long);
    expect(s.length).toBeLessThanOrEqual(MAX_ENTRY_NAME_LENGTH);
    expect(s.endsWith(".docx")).toBe(true);
    expect(s).toBe(s.normalize("NFC"));
    // no lone surrogate
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s)).toBe(false);
  });

  test("results never contain separators, control characters or a dot-only name", () => {
    const nasty = ["a/b", "a\\b", "../x", "x/..", "\u0001", "/", "\\\\server\\share\\f", "a/../../b"];
    for (const n of nasty) {
      const s = safeEntryName(n);
      expect(s).not.toMatch(/[\\/\u0000-\u001f]/);
      expect(s).not.toMatch(/^\.+$/);
      expect(s.length).toBeGreaterThan(0);
    }
  });
});

describe("safeEntryNames", () => {
  test("duplicates get (2), (3)… before the extension, case-insensitively, in order", () => {
    const r = safeEntryNames(["report.pdf", "Report.PDF", "report.pdf", "report (2).pdf", "notes"]);
    expect(r.map((e) => e.stored)).toEqual(["report.pdf", "Report (2).PDF", "report (3).pdf", "report (2) (2).pdf", "notes"]);
    expect(r.map((e) => e.original)).toEqual(["report.pdf", "Report.PDF", "report.pdf", "report (2).pdf", "notes"]);
  });

  test("names that become equal after cleaning are made distinct", () => {
    const r = safeEntryNames(["a/b.txt", "a\\b.txt", "a_b.txt"]);
    const stored = r.map((e) => e.stored);
    expect(new Set(stored.map((s) => s.toLowerCase())).size).toBe(3);
    expect(stored[0]).toBe("a_b.txt");
  });

  test("Japanese duplicates", () => {
    expect(safeEntryNames(["資料.docx", "資料.docx"]).map((e) => e.stored)).toEqual(["資料.docx", "資料 (2).docx"]);
  });
});

describe("names are capped by UTF-8 bytes (Linux NAME_MAX is 255 bytes; issue 13)", () => {
  const bytes = (s: string) => Buffer.byteLength(s, "utf8");
  const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

  test("a 200-character Japanese name (600 bytes) fits in 240 bytes and keeps its extension", () => {
    const name = "議".repeat(200) + ".xlsx";
    const s = safeEntryName(name);
    expect(bytes(s)).toBeLessThanOrEqual(MAX_ENTRY_NAME_BYTES);
    expect(bytes(s)).toBeGreaterThan(MAX_ENTRY_NAME_BYTES - 3);
    expect(s).toBe("議".repeat(78) + ".xlsx");
  });

  test("4-byte characters are never split", () => {
    const s = safeEntryName("𠮷".repeat(100) + ".txt");
    expect(bytes(s)).toBeLessThanOrEqual(MAX_ENTRY_NAME_BYTES);
    expect(loneSurrogate.test(s)).toBe(false);
    expect(s.endsWith(".txt")).toBe(true);
  });

  test.each([
    ["combining low line (no precomposed form)", "a\u0332"],
    ["Devanagari consonant + virama", "\u0915\u094d"],
    ["emoji ZWJ family", "\u{1f468}\u200d\u{1f469}\u200d\u{1f467}"],
    ["emoji with skin tone", "\u{1f44d}\u{1f3fd}"],
    ["flag (regional indicator pair)", "\u{1f1ef}\u{1f1f5}"],
    ["variation selector", "\u845b\u{e0100}"],
  ])("%s is kept whole or dropped whole", (_label, cluster) => {
    for (let pad = 0; pad < 12; pad++) {
      const s = safeEntryName("x".repeat(pad) + cluster.repeat(120) + ".pdf");
      expect(bytes(s)).toBeLessThanOrEqual(MAX_ENTRY_NAME_BYTES);
      expect(s.endsWith(".pdf")).toBe(true);
      const stem = s.slice(pad, -4);
      expect(stem.length % cluster.length).toBe(0);
      expect(stem).toBe(cluster.repeat(stem.length / cluster.length));
    }
  });

  test("long names that differ only past the cut stay distinct, each within the byte cap", () => {
    const r = safeEntryNames(["資".repeat(150) + "A.docx", "資".repeat(150) + "B.docx", "資".repeat(150) + "C.docx"]);
    const stored = r.map((e) => e.stored);
    expect(new Set(stored).size).toBe(3);
    for (const s of stored) {
      expect(bytes(s)).toBeLessThanOrEqual(MAX_ENTRY_NAME_BYTES);
      expect(s.endsWith(".docx")).toBe(true);
    }
    expect(stored[1].endsWith(" (2).docx")).toBe(true);
  });
});
