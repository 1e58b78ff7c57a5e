/**
 * Archives from both engines (AES-256 and ZipCrypto) opened by REAL 7-Zip (and Info-ZIP unzip for
 * ZipCrypto; more ZipCrypto cases in zipcrypto-7zip.test.ts); every test compares EXTRACTED BYTES with the originals — 7-Zip ignores the CRC of
 * AE-2 entries, so `7zz t` alone would pass a wrong keystream.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createHmac, pbkdf2Sync } from "node:crypto";
import { deflateRawSync } from "node:zlib";
import {
  createProtectedZip,
  generateArchivePassword,
  isEncryptedZip,
  inspectZipEncryption,
  SecureRandomUnavailableError,
  type ProtectFile,
} from "../../../src/core/protect";
import * as aesZipWriter from "../../../src/core/protect/aes-zip-writer";
import { winZipAesCtrKernel } from "../../../src/core/protect/aes256-ctr-le";
import type { KeystreamPort } from "../../../src/core/protect/keystream-port";
import { WinZipCtr } from "../../../src/core/protect/winzip-ctr";
import { extractWith7z, extractWithUnzip, list7z, pseudoRandomBytes, sameBytes, tempDir, textBytes } from "./seven-zip";

jest.setTimeout(120_000);

const FILES: ProtectFile[] = [
  { name: "見積書_2026年度.xlsx", bytes: pseudoRandomBytes(200_000, 11) },
  { name: "議事録 (社外秘).txt", bytes: textBytes(150_000) },
  { name: "empty.txt", bytes: new Uint8Array(0) },
  { name: "tiny.bin", bytes: pseudoRandomBytes(5, 2) },
  { name: "report.pdf", bytes: pseudoRandomBytes(70_000, 5) },
  { name: "report.pdf", bytes: pseudoRandomBytes(80_000, 6) },
  { name: "REPORT.pdf", bytes: pseudoRandomBytes(1000, 9) },
  { name: "../../etc/passwd", bytes: textBytes(300) },
  { name: "C:\\Users\\taro\\desktop.ini", bytes: textBytes(100) },
  { name: "bad\u0001name\u202E.txt", bytes: textBytes(64) },
  { name: "..", bytes: textBytes(10) },
];

const EXPECTED_STORED = [
  "見積書_2026年度.xlsx",
  "議事録 (社外秘).txt",
  "empty.txt",
  "tiny.bin",
  "report.pdf",
  "report (2).pdf",
  "REPORT (3).pdf",
  "etc_passwd",
  "C__Users_taro_desktop.ini",
  "bad_name_.txt",
  "attachment",
];

function expectRestored(zip: Uint8Array, password: string, files: ProtectFile[], storedNames: string[]) {
  const x = extractWith7z(zip, password);
  expect(x.output).toContain("Everything is Ok");
  expect(x.ok).toBe(true);
  expect([...x.files.keys()].sort()).toEqual([...storedNames].sort());
  files.forEach((f, i) => expect(sameBytes(x.files.get(storedNames[i]), f.bytes)).toBe(true));
}

function expectWrongPasswordRefused(zip: Uint8Array, password: string, files: ProtectFile[], storedNames: string[]) {
  const x = extractWith7z(zip, password.slice(0, -1) + (password.endsWith("A") ? "B" : "A"));
  expect(x.ok).toBe(false);
  expect(x.output).toMatch(/Wrong password/i);
  // nothing non-empty came out with the right bytes
  files.forEach((f, i) => {
    if (f.bytes.length > 0) expect(sameBytes(x.files.get(storedNames[i]), f.bytes)).toBe(false);
  });
}

/** Central-directory flags and methods, read straight from the bytes. */
function centralEntries(zip: Uint8Array) {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (v.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true);
  const out: { name: string; flags: number; method: number; crc: number; extra: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const n = v.getUint16(p + 28, true);
    const e = v.getUint16(p + 30, true);
    const c = v.getUint16(p + 32, true);
    out.push({
      flags: v.getUint16(p + 8, true),
      method: v.getUint16(p + 10, true),
      crc: v.getUint32(p + 16, true),
      name: Buffer.from(zip.subarray(p + 46, p + 46 + n)).toString("utf8"),
      extra: Buffer.from(zip.subarray(p + 46 + n, p + 46 + n + e)),
    });
    p += 46 + n + e + c;
  }
  return out;
}

describe.each([
  ["fast", "aes256"],
  ["reference", "aes256"],
  ["fast", "zipcrypto"],
  ["reference", "zipcrypto"],
] as const)("%s engine, %s", (engine, encryption) => {
  let zip: Uint8Array;
  let password: string;
  let stored: string[];

  beforeAll(async () => {
    password = generateArchivePassword(16);
    const r = await createProtectedZip(FILES, { password, encryption, engine });
    expect(r.engine).toBe(engine);
    expect(r.fallbackReason).toBeUndefined();
    expect(r.encryption).toBe(encryption);
    zip = r.bytes;
    stored = r.entries.map((e) => e.stored);
    expect(r.entries.map((e) => e.original)).toEqual(FILES.map((f) => f.name));
  });

  test("safe, distinct names", () => {
    expect(stored).toEqual(EXPECTED_STORED);
  });

  test("7-Zip restores every byte (Japanese names, 0-byte, duplicates, unsafe names)", () => {
    expectRestored(zip, password, FILES, stored);
  });

  test("a wrong password is refused", () => {
    expectWrongPasswordRefused(zip, password, FILES, stored);
  });

  test("UTF-8 flag (bit 11) on the Japanese names, every entry encrypted", () => {
    const entries = centralEntries(zip);
    expect(entries.map((e) => e.name)).toEqual(EXPECTED_STORED);
    for (const e of entries) {
      expect(e.flags & 1).toBe(1);
      if (/[^\x00-\x7f]/.test(e.name)) expect(e.flags & 0x800).toBe(0x800);
    }
    expect(isEncryptedZip(zip)).toBe(true);
  });

  if (encryption === "aes256") {
    test("method 99 with the AES extra field; AE-2 (CRC 0) from the fast engine, AE-1 from the reference", () => {
      for (const e of centralEntries(zip)) {
        expect(e.method).toBe(99);
        const at = e.extra.indexOf(Buffer.from([0x01, 0x99, 0x07, 0x00]));
        expect(at).toBeGreaterThanOrEqual(0);
        const version = e.extra.readUInt16LE(at + 4);
        expect(version).toBe(engine === "fast" ? 2 : 1);
        if (engine === "fast") expect(e.crc).toBe(0);
        expect(e.extra[at + 8]).toBe(3); // AES-256
      }
      const listing = list7z(zip);
      expect(listing).toContain("Method = AES-256 Deflate"); // the text
      expect(listing).toContain("Method = AES-256 Store"); // the xlsx
    });
  } else {
    test("Info-ZIP unzip -P restores every byte too (including the 0-byte file)", () => {
      const x = extractWithUnzip(zip, password);
      expect(x.ok).toBe(true);
      FILES.forEach((f, i) => expect(sameBytes(x.files.get(stored[i]), f.bytes)).toBe(true));
      const wrong = extractWithUnzip(zip, password + "Z");
      expect(wrong.ok).toBe(false);
    });
  }
});

describe("large and edge inputs", () => {
  test.each(["fast", "reference"] as const)("25 MB incompressible with the %s engine", async (engine) => {
    const big = pseudoRandomBytes(25 * 1024 * 1024, 99);
    const password = generateArchivePassword(16);
    const r = await createProtectedZip([{ name: "大きな資料.bin", bytes: big }], { password, engine });
    expect(r.bytes.length).toBeLessThan(big.length + 300); // stored, not deflated
    expectRestored(r.bytes, password, [{ name: "大きな資料.bin", bytes: big }], ["大きな資料.bin"]);
  });

  test("JS HMAC/PBKDF2 backend (as without crypto.subtle) gives the same valid archive", async () => {
    const password = generateArchivePassword(20);
    const files = FILES.slice(0, 4);
    const r = await createProtectedZip(files, { password, sha1Backend: "noble" });
    expectRestored(r.bytes, password, files, EXPECTED_STORED.slice(0, 4));
  });

  test("1-byte, odd lengths around the 16-byte block and the 1 MiB piece, 150 files: every byte back", async () => {
    const lengths = [1, 2, 15, 16, 17, 31, 33, 1023, 4097, 65_535, (1 << 20) - 1, (1 << 20) + 1, 3 * (1 << 20) + 7];
    const files: ProtectFile[] = lengths.map((n, i) => ({ name: `odd-${n}.${i % 2 ? "txt" : "bin"}`, bytes: i % 2 ? textBytes(n) : pseudoRandomBytes(n, 300 + i) }));
    for (let i = 0; i < 137; i++) files.push({ name: `many/${i}.txt`, bytes: textBytes(i * 37) });
    const password = generateArchivePassword(16);
    const r = await createProtectedZip(files, { password });
    expect(r.engine).toBe("fast");
    expectRestored(r.bytes, password, files, r.entries.map((e) => e.stored));
    expect(inspectZipEncryption(r.bytes)).toEqual({ isZip: true, fileEntries: 150, encryptedEntries: 150 });
  });

  test("with a helper port (as the page's workers: keystream pieces, the text's tail deflated apart), 7-Zip restores every byte; a failing port changes nothing", async () => {
    const kernel = winZipAesCtrKernel();
    let asked = 0;
    let deflated = 0;
    const helper: KeystreamPort = {
      parallelism: 2,
      async keystream(key, first, blocks) {
        asked++;
        const out = new Uint8Array(blocks * 16);
        kernel.keystream(kernel.expandKey(key), first, blocks, out);
        return out;
      },
      async deflateRaw(part) {
        deflated++;
        return new Uint8Array(deflateRawSync(part, { level: 6 })); // zlib: another deflater for the tail
      },
    };
    const broken: KeystreamPort = { parallelism: 1, keystream: () => Promise.reject(new Error("worker died")) };
    const files = [
      { name: "big.bin", bytes: pseudoRandomBytes(6 * (1 << 20) + 5, 71) },
      { name: "big.txt", bytes: textBytes(9 * (1 << 20) + 3) },
    ];
    for (const keystream of [helper, broken]) {
      const password = generateArchivePassword(16);
      const r = await createProtectedZip(files, { password, keystream });
      expect(r.engine).toBe("fast");
      expectRestored(r.bytes, password, files, ["big.bin", "big.txt"]);
    }
    expect(asked).toBeGreaterThan(0);
    expect(deflated).toBe(1); // the text's tail; random data is stored, not deflated
  });

  test("fast-engine headers: AE-2, version 5.1, sizes in the local header, no data descriptor, UNIX 0644", async () => {
    const password = generateArchivePassword(16);
    const r = await createProtectedZip([{ name: "a.txt", bytes: textBytes(5000) }], { password, date: new Date(Date.UTC(2026, 11, 4, 9, 30, 12)) });
    const v = new DataView(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength);
    expect(v.getUint32(0, true)).toBe(0x04034b50);
    expect(v.getUint16(4, true)).toBe(51);
    expect(v.getUint16(6, true) & 0x0008).toBe(0); // sizes known: no data descriptor
    expect(v.getUint32(14, true)).toBe(0); // CRC-32 is 0 in AE-2
    const csize = v.getUint32(18, true);
    expect(v.getUint32(22, true)).toBe(5000);
    const central = 30 + 5 + 11 + csize;
    expect(v.getUint32(central, true)).toBe(0x02014b50);
    expect(v.getUint16(central + 4, true)).toBe((3 << 8) | 45);
    expect(v.getUint32(central + 38, true)).toBe(((0o100644 << 16) | 0x20) >>> 0);
    expect(v.getUint32(central + 12, true)).toBe(((2026 - 1980) << 25) | (12 << 21) | (4 << 16) | (9 << 11) | (30 << 5) | 6);
    expect(r.bytes.length).toBe(central + 46 + 5 + 11 + 22);
  });

  test("only 0-byte files, in every mode", async () => {
    const files = [{ name: "a.txt", bytes: new Uint8Array(0) }, { name: "空.txt", bytes: new Uint8Array(0) }];
    for (const [engine, encryption] of [["fast", "aes256"], ["reference", "aes256"], ["fast", "zipcrypto"], ["reference", "zipcrypto"]] as const) {
      const password = generateArchivePassword(16);
      const r = await createProtectedZip(files, { password, engine, encryption });
      expect(r.engine).toBe(engine);
      expectRestored(r.bytes, password, files, ["a.txt", "空.txt"]);
      if (encryption === "zipcrypto") expect(extractWithUnzip(r.bytes, password).ok).toBe(true);
    }
  });

  test("progress reaches all entries and all bytes", async () => {
    const seen: { entriesDone: number; bytesDone: number }[] = [];
    const files = FILES.slice(0, 3);
    const total = files.reduce((n, f) => n + f.bytes.length, 0);
    await createProtectedZip(files, { password: "Abcdefgh2345", onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen[seen.length - 1]).toMatchObject({ entriesDone: 3, entriesTotal: 3, bytesDone: total, bytesTotal: total });
  });

  test("if the fast engine fails unexpectedly, the reference engine writes the archive (where it is bundled: Node, CLI, tests; the add-in bundles fail closed instead, tests/unit/outlook/zip-engine-fault.test.ts)", async () => {
    const spy = jest.spyOn(aesZipWriter, "writeAesZip").mockRejectedValue(new Error("simulated engine fault"));
    try {
      const password = generateArchivePassword(16);
      const files = FILES.slice(0, 3);
      const r = await createProtectedZip(files, { password });
      expect(spy).toHaveBeenCalled();
      expect(r.engine).toBe("reference");
      expect(r.fallbackReason).toBe("simulated engine fault");
      expectRestored(r.bytes, password, files, EXPECTED_STORED.slice(0, 3));
    } finally {
      spy.mockRestore();
    }
  });

  test("fails closed without crypto.getRandomValues, and errors never contain the password", async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, "crypto");
    Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true, writable: true });
    try {
      await expect(createProtectedZip(FILES, { password: "TopSecret2345" })).rejects.toThrow(SecureRandomUnavailableError);
    } finally {
      if (original) Object.defineProperty(globalThis, "crypto", original);
    }
    const errors: string[] = [];
    for (const bad of [[], [{ name: 3, bytes: new Uint8Array(1) }], [{ name: "a", bytes: "x" }]] as unknown as ProtectFile[][]) {
      await createProtectedZip(bad, { password: "TopSecret2345" }).catch((e: Error) => errors.push(`${e.name}: ${e.message} ${e.stack}`));
    }
    expect(errors).toHaveLength(3);
    for (const e of errors) expect(e).not.toContain("TopSecret2345");
  });
});

describe("interoperability with archives 7-Zip wrote", () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());

  function sevenZipArchive(args: string[], name: string, content: Uint8Array): Uint8Array {
    const src = join(dir.dir, name);
    writeFileSync(src, content);
    const zipPath = join(dir.dir, `${name}-${args.join("")}.zip`.replace(/[^\w.-]/g, "_"));
    const r = spawnSync("7zz", ["a", "-tzip", ...args, zipPath, src], { encoding: "utf8" });
    expect(r.status).toBe(0);
    return new Uint8Array(require("node:fs").readFileSync(zipPath));
  }

  test("our AES primitives decrypt and authenticate 7-Zip's own AE-2 entry (known answer from an independent writer)", async () => {
    const content = pseudoRandomBytes(100_003, 42);
    const zip = sevenZipArchive(["-mem=AES256", "-mx0", "-pSevenZip2345"], "seven.bin", content);
    const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    expect(v.getUint32(0, true)).toBe(0x04034b50);
    expect(v.getUint16(8, true)).toBe(99);
    const compressed = v.getUint32(18, true);
    const dataStart = 30 + v.getUint16(26, true) + v.getUint16(28, true);
    const salt = zip.subarray(dataStart, dataStart + 16);
    const verifier = zip.subarray(dataStart + 16, dataStart + 18);
    const ciphertext = zip.subarray(dataStart + 18, dataStart + compressed - 10);
    const mac = zip.subarray(dataStart + compressed - 10, dataStart + compressed);
    const km = pbkdf2Sync("SevenZip2345", salt, 1000, 66, "sha1");
    expect(Buffer.from(verifier).equals(km.subarray(64))).toBe(true);
    expect(Buffer.from(mac).equals(createHmac("sha1", km.subarray(32, 64)).update(ciphertext).digest().subarray(0, 10))).toBe(true);
    const plain = new Uint8Array(ciphertext.length);
    new WinZipCtr(new Uint8Array(km.subarray(0, 32))).process(ciphertext, plain);
    expect(sameBytes(plain, content)).toBe(true);
  });

  test("isEncryptedZip: 7-Zip AES and ZipCrypto archives yes; plain ZIP, mixed ZIP, non-ZIP no", async () => {
    const content = textBytes(5000);
    expect(isEncryptedZip(sevenZipArchive(["-mem=AES256", "-pAbc12345"], "a.txt", content))).toBe(true);
    expect(isEncryptedZip(sevenZipArchive(["-mem=ZipCrypto", "-pAbc12345"], "b.txt", content))).toBe(true);
    const plain = sevenZipArchive([], "c.txt", content);
    expect(inspectZipEncryption(plain)).toEqual({ isZip: true, fileEntries: 1, encryptedEntries: 0 });
    expect(isEncryptedZip(plain)).toBe(false);
    // mixed: append an unencrypted file to an encrypted archive
    const mixedPath = join(dir.dir, "mixed.zip");
    writeFileSync(mixedPath, sevenZipArchive(["-mem=AES256", "-pAbc12345"], "d.txt", content));
    writeFileSync(join(dir.dir, "e.txt"), content);
    expect(spawnSync("7zz", ["a", "-tzip", mixedPath, join(dir.dir, "e.txt")]).status).toBe(0);
    const mixed = new Uint8Array(require("node:fs").readFileSync(mixedPath));
    expect(inspectZipEncryption(mixed)).toEqual({ isZip: true, fileEntries: 2, encryptedEntries: 1 });
    expect(isEncryptedZip(mixed)).toBe(false);
    expect(isEncryptedZip(pseudoRandomBytes(10_000, 1))).toBe(false);
    expect(isEncryptedZip(new Uint8Array(0))).toBe(false);
    expect(isEncryptedZip(textBytes(100))).toBe(false);
  });
});
