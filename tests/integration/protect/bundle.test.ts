/**
 * The same webpack bundle (target "web", the fallbacks of build-bundle.ts) in:
 *  - a DOM-less Node `vm` context with nothing but setTimeout and crypto (with, then without,
 *    crypto.subtle; then without getRandomValues: must fail closed);
 *  - headless Chromium (Debian's /usr/bin/chromium through playwright-core): 25 MB incompressible.
 * Every archive is opened by real 7-Zip and the extracted bytes are compared with the originals.
 */
import { webcrypto } from "node:crypto";
import vm from "node:vm";
import { chromium, type Browser } from "playwright-core";
import { buildProtectBundle, type BuiltBundle } from "./build-bundle";
import { extractWith7z, extractWithUnzip, PRNG_SOURCE, pseudoRandomBytes, sameBytes, tempDir } from "./seven-zip";
import { CHROMIUM_ARGS } from "../../e2e/playground-driver";

jest.setTimeout(180_000);

const JA_NAME = "見積書_2026年度（最終版）.xlsx";

/** Runs inside the bundle's realm: builds the files from the PRNG and zips them. */
/** Deterministic text, the same in the page and here. */
const TEXT_SOURCE = `function textOf(n) {
  var out = new Uint8Array(n), o = 0, i = 0;
  while (o < n) { var w = "line " + i + " 見積 order " + (i * 7919 % 1000) + "\\n"; for (var k = 0; k < w.length && o < n; k++) out[o++] = w.charCodeAt(k) & 0xff; i++; }
  return out;
}`;
const textOf = new Function(`${TEXT_SOURCE}; return textOf;`)() as (n: number) => Uint8Array;

const SCENARIO = `
${PRNG_SOURCE}
${TEXT_SOURCE}
globalThis.runScenario = async function (opts) {
  var api = globalThis.OutboundGuardProtect;
  var files = [
    { name: ${JSON.stringify(JA_NAME)}, bytes: pseudoRandomBytes(opts.bigSize, 7) },
    { name: "議事録.txt", bytes: new Uint8Array(Array.from({ length: 3000 }, function (_, i) { return 65 + (i % 26); })) },
    { name: "empty.txt", bytes: new Uint8Array(0) },
    { name: "empty.txt", bytes: pseudoRandomBytes(100, 3) },
  ];
  if (opts.bigText) files.push({ name: "log.txt", bytes: textOf(opts.bigText) });
  var password = api.generateArchivePassword(16);
  var t0 = (typeof performance !== "undefined" ? performance : Date).now();
  var zip = await api.createProtectedZip(files, { password: password, encryption: opts.encryption, engine: opts.engine, keystream: opts.keystream });
  var ms = (typeof performance !== "undefined" ? performance : Date).now() - t0;
  return { password: password, zip: zip.bytes, entries: zip.entries, engine: zip.engine, fallbackReason: zip.fallbackReason || null, ms: ms };
};
`;

function expectedFiles(bigSize: number, bigText = 0): Map<string, Uint8Array> {
  const text = new Uint8Array(Array.from({ length: 3000 }, (_, i) => 65 + (i % 26)));
  const files = new Map([
    [JA_NAME, pseudoRandomBytes(bigSize, 7)],
    ["議事録.txt", text],
    ["empty.txt", new Uint8Array(0)],
    ["empty (2).txt", pseudoRandomBytes(100, 3)],
  ]);
  if (bigText) files.set("log.txt", textOf(bigText));
  return files;
}

function expectArchiveRestores(zip: Uint8Array, password: string, bigSize: number, bigText = 0) {
  const x = extractWith7z(zip, password);
  expect(x.output).toContain("Everything is Ok");
  expect(x.ok).toBe(true);
  const expected = expectedFiles(bigSize, bigText);
  expect([...x.files.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [name, bytes] of expected) expect(sameBytes(x.files.get(name), bytes)).toBe(true);
  const wrong = extractWith7z(zip, password + "x");
  expect(wrong.ok).toBe(false);
}

let bundle: BuiltBundle;
const out = tempDir("og-protect-bundle-");

beforeAll(async () => {
  bundle = await buildProtectBundle(out.dir, "production");
});
afterAll(() => out.cleanup());

describe("DOM-less runtime (vm context with only setTimeout and crypto)", () => {
  function loadContext(cryptoObject: Record<string, unknown> | undefined) {
    const globals: Record<string, unknown> = { setTimeout };
    if (cryptoObject) globals.crypto = cryptoObject;
    const context = vm.createContext(globals);
    vm.runInContext(bundle.code, context, { filename: "protect-bundle.js" });
    vm.runInContext(SCENARIO, context);
    // Nothing DOM-like leaked in, and the bundle did not need it.
    expect(vm.runInContext("typeof window + typeof document + typeof self + typeof TextEncoder", context)).toBe(
      "undefinedundefinedundefinedundefined",
    );
    return context;
  }

  const run = (context: vm.Context, opts: object) =>
    (context.runScenario as (o: object) => Promise<{ password: string; zip: Uint8Array; engine: string; fallbackReason: string | null }>)(opts);

  const getRandomValues = (a: Uint8Array) => webcrypto.getRandomValues(a);

  test.each([
    ["with crypto.subtle", true],
    ["without crypto.subtle (JS HMAC/PBKDF2)", false],
  ])("fast AES-256 %s: 7-Zip restores every byte", async (_label, withSubtle) => {
    const context = loadContext(withSubtle ? { getRandomValues, subtle: webcrypto.subtle } : { getRandomValues });
    expect(vm.runInContext("typeof crypto.subtle", context)).toBe(withSubtle ? "object" : "undefined");
    const r = await run(context, { bigSize: 300_000, encryption: "aes256", engine: "fast" });
    expect(r.engine).toBe("fast");
    expect(r.fallbackReason).toBeNull();
    expectArchiveRestores(Buffer.from(r.zip.buffer, r.zip.byteOffset, r.zip.byteLength), r.password, 300_000);
  });

  test("reference AES-256, and ZipCrypto from both engines, without crypto.subtle", async () => {
    const context = loadContext({ getRandomValues });
    const ref = await run(context, { bigSize: 50_000, encryption: "aes256", engine: "reference" });
    expect(ref.engine).toBe("reference");
    expectArchiveRestores(Buffer.from(ref.zip.buffer, ref.zip.byteOffset, ref.zip.byteLength), ref.password, 50_000);
    for (const engine of ["fast", "reference"]) {
      const zc = await run(context, { bigSize: 50_000, encryption: "zipcrypto", engine });
      expect(zc.engine).toBe(engine);
      expect(zc.fallbackReason).toBeNull();
      const zcBytes = Buffer.from(zc.zip.buffer, zc.zip.byteOffset, zc.zip.byteLength);
      expectArchiveRestores(zcBytes, zc.password, 50_000);
      const u = extractWithUnzip(zcBytes, zc.password);
      expect(u.ok).toBe(true);
      expect(sameBytes(u.files.get("empty.txt"), new Uint8Array(0))).toBe(true);
    }
  });

  test("without crypto.getRandomValues: fails closed, no password, no archive", async () => {
    for (const cryptoObject of [undefined, { subtle: webcrypto.subtle }]) {
      const context = loadContext(cryptoObject);
      expect(vm.runInContext("OutboundGuardProtect.hasSecureRandom()", context)).toBe(false);
      expect(() => vm.runInContext("OutboundGuardProtect.generateArchivePassword(16)", context)).toThrow(/getRandomValues/);
      await expect(
        vm.runInContext(
          `OutboundGuardProtect.createProtectedZip([{ name: "a.txt", bytes: new Uint8Array(3) }], { password: "Secret1234abcd" })`,
          context,
        ),
      ).rejects.toThrow(/no crypto\.getRandomValues/);
      await expect(
        vm.runInContext(
          `OutboundGuardProtect.createProtectedZip([{ name: "a.txt", bytes: new Uint8Array(3) }], { password: "Secret1234abcd" }).catch(function (e) { throw new Error(String(e.message).indexOf("Secret1234abcd") >= 0 ? "LEAK" : "ok"); })`,
          context,
        ),
      ).rejects.toThrow("ok");
    }
  });
});

describe("Chromium (headless, Debian's chromium via playwright-core)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openPage() {
    const page = await browser.newPage();
    // http://localhost is a secure context, so crypto.subtle exists as it does in Outlook on the web.
    await page.route("http://localhost/**", (route) => {
      const url = route.request().url();
      if (url.endsWith("/protect-bundle.js")) return route.fulfill({ contentType: "text/javascript", body: bundle.code });
      return route.fulfill({ contentType: "text/html", body: `<!doctype html><meta charset="utf-8"><script src="/protect-bundle.js"></script>` });
    });
    await page.goto("http://localhost/index.html");
    await page.addScriptTag({ content: SCENARIO });
    return page;
  }

  test("25 MB incompressible + Japanese names + 0-byte + duplicate names: 7-Zip restores every byte", async () => {
    const page = await openPage();
    const size = 25 * 1024 * 1024;
    const r = await page.evaluate(async (bigSize) => {
      const w = globalThis as unknown as { runScenario: (o: object) => Promise<{ password: string; zip: Uint8Array; engine: string; ms: number; fallbackReason: string | null }> };
      const hasSubtle = !!(globalThis.crypto && globalThis.crypto.subtle);
      const res = await w.runScenario({ bigSize, encryption: "aes256", engine: "fast" });
      let b64 = "";
      const z = res.zip;
      for (let i = 0; i < z.length; i += 0x8000) b64 += String.fromCharCode.apply(null, Array.from(z.subarray(i, i + 0x8000)));
      return { password: res.password, engine: res.engine, ms: res.ms, fallbackReason: res.fallbackReason, hasSubtle, zip: btoa(b64) };
    }, size);
    await page.close();
    expect(r.hasSubtle).toBe(true);
    expect(r.engine).toBe("fast");
    expect(r.fallbackReason).toBeNull();
    // How fast is the benchmark's business (npm run bench); here: the fast engine made it, whole.
    expectArchiveRestores(Buffer.from(r.zip, "base64"), r.password, size);
  });

  test("with the page's keystream workers (the minified kernel's own source as the worker): they make part of the keystream, and 7-Zip restores every byte", async () => {
    const page = await openPage();
    const size = 12 * 1024 * 1024 + 5;
    const r = await page.evaluate(async (bigSize) => {
      type Port = { parallelism: number; keystream(k: Uint8Array, f: number, b: number): Promise<Uint8Array> };
      const g = globalThis as unknown as {
        OutboundGuardProtect: { createWorkerKeystreamPort(): Port | undefined };
        runScenario: (o: object) => Promise<{ password: string; zip: Uint8Array; engine: string; fallbackReason: string | null }>;
      };
      const port = g.OutboundGuardProtect.createWorkerKeystreamPort();
      if (!port) return null;
      let delivered = 0;
      const counting: Port = {
        parallelism: port.parallelism,
        keystream: (k, f, b) => port.keystream(k, f, b).then((ks) => (delivered++, ks)),
      };
      (counting as Port & { deflateRaw?: (d: Uint8Array) => Promise<Uint8Array> }).deflateRaw = (d) => (port as Port & { deflateRaw: (d: Uint8Array) => Promise<Uint8Array> }).deflateRaw(d).then((z) => (deflatedApart++, z));
      let deflatedApart = 0;
      const res = await g.runScenario({ bigSize, encryption: "aes256", engine: "fast", keystream: counting, bigText: bigSize });
      let b64 = "";
      const z = res.zip;
      for (let i = 0; i < z.length; i += 0x8000) b64 += String.fromCharCode.apply(null, Array.from(z.subarray(i, i + 0x8000)));
      return { password: res.password, engine: res.engine, fallbackReason: res.fallbackReason, delivered, deflatedApart, zip: btoa(b64) };
    }, size);
    await page.close();
    expect(r).not.toBeNull();
    expect(r!.engine).toBe("fast");
    expect(r!.fallbackReason).toBeNull();
    expect(r!.delivered).toBeGreaterThan(0);
    expect(r!.deflatedApart).toBe(1); // the big text's tail, by CompressionStream in a worker
    expectArchiveRestores(Buffer.from(r!.zip, "base64"), r!.password, size, size);
  });
});
