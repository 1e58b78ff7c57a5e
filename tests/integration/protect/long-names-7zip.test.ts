/**
 * A 200-character Japanese attachment name is 600 UTF-8 bytes; Linux allows 255 bytes per name,
 * so real 7-Zip failed "File name too long" (issue 13). Stored names are capped at 240 bytes.
 */
import { createProtectedZip, generateArchivePassword, type ProtectFile } from "../../../src/core/protect";
import { MAX_ENTRY_NAME_BYTES } from "../../../src/core/protect/entry-names";
import { extractWith7z, sameBytes, textBytes } from "./seven-zip";

jest.setTimeout(60_000);

test.each(["fast", "reference"] as const)("7-Zip extracts 200-character Japanese names (%s engine), extension kept, names distinct", async (engine) => {
  const files: ProtectFile[] = [
    { name: "社外秘_見積書".repeat(29).slice(0, 200) + ".xlsx", bytes: textBytes(1000) },
    { name: "社外秘_見積書".repeat(29).slice(0, 200) + ".xlsx", bytes: textBytes(2000) },
    { name: "議".repeat(250) + "_最終版.docx", bytes: textBytes(300) },
  ];
  expect(Buffer.byteLength(files[0].name, "utf8")).toBeGreaterThan(255);
  const password = generateArchivePassword(16);
  const r = await createProtectedZip(files, { password, engine });
  const stored = r.entries.map((e) => e.stored);

  const x = extractWith7z(r.bytes, password);
  expect(x.output).not.toMatch(/too long/i);
  expect(x.ok).toBe(true);
  expect([...x.files.keys()].sort()).toEqual([...stored].sort());
  files.forEach((f, i) => expect(sameBytes(x.files.get(stored[i]), f.bytes)).toBe(true));
  for (const s of stored) expect(Buffer.byteLength(s, "utf8")).toBeLessThanOrEqual(MAX_ENTRY_NAME_BYTES);
  expect(stored.map((s) => s.slice(s.lastIndexOf(".")))).toEqual([".xlsx", ".xlsx", ".docx"]);
  expect(new Set(stored).size).toBe(3);
});
