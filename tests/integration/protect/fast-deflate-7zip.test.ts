/**
 * Issue 11: large entries deflated by the WebAssembly deflater (core/protect/wasm-deflater.ts, as
 * the add-in's browser runtimes load it) open in REAL 7-Zip (and Info-ZIP unzip for ZipCrypto),
 * extracted bytes compared with the originals; and the archive is a deflated one, not stored.
 */
import { createProtectedZip, generateArchivePassword, type ProtectFile } from "../../../src/core/protect";
import { FAST_DEFLATE_MIN } from "../../../src/core/protect/deflate-raw";
import { installFastDeflaterLoader } from "../../../src/core/protect/fast-deflater";
import { createWasmDeflater } from "../../../src/core/protect/wasm-deflater";
import { extractWith7z, extractWithUnzip, pseudoRandomBytes, sameBytes, textBytes } from "./seven-zip";

jest.setTimeout(120_000);

const FILES: ProtectFile[] = [
  { name: "顧客一覧.csv", bytes: textBytes(FAST_DEFLATE_MIN + 1_234_567) }, // the fast deflater
  { name: "議事録.txt", bytes: textBytes(200_000) }, // level 6 as before
  { name: "図面.bin", bytes: pseudoRandomBytes(FAST_DEFLATE_MIN + 5, 3) }, // random: stored
];

afterAll(() => installFastDeflaterLoader(undefined));

describe.each(["aes256", "zipcrypto"] as const)("%s", (encryption) => {
  let withWasm: Uint8Array;
  let without: Uint8Array;
  let password: string;

  beforeAll(async () => {
    password = generateArchivePassword(16);
    installFastDeflaterLoader(undefined);
    without = (await createProtectedZip(FILES, { password, encryption, keystream: null })).bytes;
    installFastDeflaterLoader(createWasmDeflater);
    const r = await createProtectedZip(FILES, { password, encryption, keystream: null });
    expect(r.engine).toBe("fast");
    withWasm = r.bytes;
  });

  test("the fast deflater was used: a different, deflated archive (far below the input)", () => {
    expect(withWasm.length).not.toBe(without.length);
    const input = FILES.reduce((n, f) => n + f.bytes.length, 0);
    expect(withWasm.length).toBeLessThan(input - FILES[0].bytes.length / 2);
  });

  test("7-Zip extracts every file byte for byte", () => {
    const x = extractWith7z(withWasm, password);
    expect(x.output).toContain("Everything is Ok");
    expect(x.ok).toBe(true);
    FILES.forEach((f) => expect(sameBytes(x.files.get(f.name), f.bytes)).toBe(true));
  });

  if (encryption === "zipcrypto") {
    test("Info-ZIP unzip extracts it too (checks the CRC-32 of the inflated bytes)", () => {
      const x = extractWithUnzip(withWasm, password);
      expect(x.ok).toBe(true);
      FILES.forEach((f) => expect(sameBytes(x.files.get(f.name), f.bytes)).toBe(true));
    });
  }
});
