/**
 * ZipCrypto from the FAST writer (zipcrypto-entry.ts in aes-zip-writer.ts), opened by two
 * independent readers — real 7-Zip (`7zz`) and Info-ZIP `unzip` — and every extracted file
 * compared byte for byte with its original. Header fields read straight from the bytes; the CRC-32
 * checked against Node's zlib (another implementation than the crc-32 package the writer uses).
 */
import { crc32 as zlibCrc32 } from "node:zlib";
import { createProtectedZip, generateArchivePassword, isEncryptedZip, ProtectInputError, type ProtectFile } from "../../../src/core/protect";
import { extractWith7z, extractWithUnzip, list7z, pseudoRandomBytes, sameBytes, textBytes } from "./seven-zip";

jest.setTimeout(120_000);

const FILES: ProtectFile[] = [
  { name: "empty.txt", bytes: new Uint8Array(0) },
  { name: "one.bin", bytes: new Uint8Array([0xa5]) },
  { name: "議事録 (社外秘).txt", bytes: textBytes(120_000) }, // deflated
  { name: "見積書_2026年度.xlsx", bytes: pseudoRandomBytes(150_000, 21) }, // stored (xlsx)
  { name: "random.dat", bytes: pseudoRandomBytes(70_000, 22) }, // stored (entropy)
  ...Array.from({ length: 40 }, (_, i) => ({ name: `many_ファイル-${i}.txt`, bytes: textBytes(i * 53 + 1) })),
];

interface Local {
  name: string;
  version: number;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  extraLength: number;
}

/** Every local header, walked from the start (sizes are in the local headers: no data descriptors). */
function localEntries(zip: Uint8Array): Local[] {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: Local[] = [];
  let p = 0;
  while (v.getUint32(p, true) === 0x04034b50) {
    const n = v.getUint16(p + 26, true);
    const e = v.getUint16(p + 28, true);
    const l: Local = {
      version: v.getUint16(p + 4, true),
      flags: v.getUint16(p + 6, true),
      method: v.getUint16(p + 8, true),
      crc: v.getUint32(p + 14, true),
      compressed: v.getUint32(p + 18, true),
      size: v.getUint32(p + 22, true),
      name: Buffer.from(zip.subarray(p + 30, p + 30 + n)).toString("utf8"),
      extraLength: e,
    };
    out.push(l);
    p += 30 + n + e + l.compressed;
  }
  return out;
}

describe("fast engine, ZipCrypto", () => {
  let zip: Uint8Array;
  let password: string;

  beforeAll(async () => {
    password = generateArchivePassword(16);
    const r = await createProtectedZip(FILES, { password, encryption: "zipcrypto", date: new Date(Date.UTC(2026, 11, 4, 9, 30, 12)) });
    expect(r).toMatchObject({ engine: "fast", encryption: "zipcrypto" });
    expect(r.fallbackReason).toBeUndefined();
    expect(r.entries.map((e) => e.stored)).toEqual(FILES.map((f) => f.name));
    zip = r.bytes;
  });

  test("7-Zip restores every byte: empty, 1 byte, deflated text, stored random, 40 more, Japanese names", () => {
    const x = extractWith7z(zip, password);
    expect(x.output).toContain("Everything is Ok");
    expect(x.ok).toBe(true);
    expect([...x.files.keys()].sort()).toEqual(FILES.map((f) => f.name).sort());
    for (const f of FILES) expect([f.name, sameBytes(x.files.get(f.name), f.bytes)]).toEqual([f.name, true]);
  });

  test("Info-ZIP unzip restores every byte too", () => {
    const x = extractWithUnzip(zip, password);
    expect(x.output).not.toMatch(/incorrect password|bad CRC|error/i);
    expect(x.ok).toBe(true);
    expect([...x.files.keys()].sort()).toEqual(FILES.map((f) => f.name).sort());
    for (const f of FILES) expect([f.name, sameBytes(x.files.get(f.name), f.bytes)]).toEqual([f.name, true]);
  });

  test("a wrong password is refused by both, and nothing comes out right", () => {
    const wrong = password.slice(0, -1) + (password.endsWith("A") ? "B" : "A");
    const z = extractWith7z(zip, wrong);
    expect(z.ok).toBe(false);
    expect(z.output).toMatch(/Wrong password/i);
    const u = extractWithUnzip(zip, wrong);
    expect(u.ok).toBe(false);
    expect(u.output).toMatch(/incorrect password/i);
    for (const x of [z, u]) for (const f of FILES) if (f.bytes.length > 0) expect(sameBytes(x.files.get(f.name), f.bytes)).toBe(false);
  });

  test("headers: PKZIP 2.0, encrypted flag, UTF-8 flag on non-ASCII names, the real CRC-32, 12-byte header in the size, no AES extra", () => {
    const entries = localEntries(zip);
    expect(entries.map((e) => e.name)).toEqual(FILES.map((f) => f.name));
    entries.forEach((e, i) => {
      const f = FILES[i];
      expect(e.version).toBe(20);
      expect(e.flags & 0x0001).toBe(1);
      expect(e.flags & 0x0008).toBe(0); // sizes known: no data descriptor
      expect(e.flags & 0x0800).toBe(/[^\x00-\x7f]/.test(f.name) ? 0x0800 : 0);
      expect(e.crc).toBe(zlibCrc32(f.bytes) >>> 0);
      expect(e.size).toBe(f.bytes.length);
      expect(e.extraLength).toBe(0);
      if (e.method === 0) expect(e.compressed).toBe(f.bytes.length + 12);
      else expect(e.method).toBe(8);
    });
    expect(entries[0]).toMatchObject({ method: 0, compressed: 12, crc: 0 }); // the 0-byte file: header only
    expect(entries[2].method).toBe(8); // text: deflated
    expect(entries[2].compressed).toBeLessThan(FILES[2].bytes.length / 2);
    expect(entries[3].method).toBe(0); // xlsx: stored
    expect(entries[4].method).toBe(0); // random: stored
    expect(isEncryptedZip(zip)).toBe(true);
    const methods = list7z(zip).match(/^Method = .*$/gm) ?? [];
    expect(methods).toHaveLength(FILES.length);
    expect(methods).toContain("Method = ZipCrypto Store");
    expect(methods).toContain("Method = ZipCrypto Deflate");
  });
});

describe("ZipCrypto edge cases", () => {
  test("only 0-byte files (archiver-zip-encrypted's zip20 + store broke this): both readers open them", async () => {
    const files = [{ name: "a.txt", bytes: new Uint8Array(0) }, { name: "空.txt", bytes: new Uint8Array(0) }];
    const password = generateArchivePassword(12);
    const r = await createProtectedZip(files, { password, encryption: "zipcrypto" });
    expect(r.engine).toBe("fast");
    for (const extract of [extractWith7z, extractWithUnzip]) {
      const x = extract(r.bytes, password);
      expect(x.ok).toBe(true);
      for (const f of files) expect(x.files.get(f.name)?.length).toBe(0);
    }
    expect(extractWith7z(r.bytes, password + "x").ok).toBe(false);
  });

  test("a 3 MiB text and a 2 MiB random file, every byte back from both readers", async () => {
    const files = [
      { name: "big.txt", bytes: textBytes(3 * (1 << 20) + 7) },
      { name: "big.bin", bytes: pseudoRandomBytes(2 * (1 << 20) + 3, 5) },
    ];
    const password = generateArchivePassword(16);
    const seen: number[] = [];
    const r = await createProtectedZip(files, { password, encryption: "zipcrypto", onProgress: (p) => seen.push(p.bytesDone) });
    expect(seen[seen.length - 1]).toBe(files[0].bytes.length + files[1].bytes.length);
    for (const extract of [extractWith7z, extractWithUnzip]) {
      const x = extract(r.bytes, password);
      expect(x.ok).toBe(true);
      for (const f of files) expect(sameBytes(x.files.get(f.name), f.bytes)).toBe(true);
    }
  });

  test("a password outside printable ASCII is refused for ZipCrypto (readers disagree on its bytes), never silently used", async () => {
    await expect(createProtectedZip([{ name: "a.txt", bytes: textBytes(10) }], { password: "パスワード12345", encryption: "zipcrypto" })).rejects.toThrow(ProtectInputError);
    await expect(createProtectedZip([{ name: "a.txt", bytes: textBytes(10) }], { password: "tab\there12345", encryption: "zipcrypto" })).rejects.toThrow(/printable ASCII/);
  });
});
