/**
 * The fast deflater (issue 11): the WebAssembly one inflates back to its input (Node's zlib as the
 * independent inflater); deflate-raw.ts uses it only for large entries, at FAST_DEFLATE_LEVEL, and
 * keeps the level-6 path when it is not installed, fails to load or throws; the launchevent
 * loader installs it only where a file can be loaded and WebAssembly run.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { deflateRaw, FAST_DEFLATE_LEVEL, FAST_DEFLATE_MIN, wantsFastDeflate } from "../../../src/core/protect/deflate-raw";
import { fastDeflater, installFastDeflaterLoader, type FastDeflater } from "../../../src/core/protect/fast-deflater";
import { createWasmDeflater } from "../../../src/core/protect/wasm-deflater";
import { fastDeflaterLoadable, installFastDeflateLoader } from "../../../src/launchevent/fast-deflate-loader";
import { secureRandomBytes } from "../../../src/core/protect/secure-random";

function text(n: number): Uint8Array {
  const out = new Uint8Array(n);
  const words = ["見積", "order", "確認", "report", "2026", "会議", "田中 太郎", "tanaka@example.co.jp"].map((w) => Buffer.from(w));
  let x = 7;
  for (let o = 0; o < n; ) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const w = words[(x >>> 0) % words.length];
    for (let k = 0; k < w.length && o < n; k++) out[o++] = w[k];
    if (o < n) out[o++] = (x & 15) === 0 ? 10 : 44;
  }
  return out;
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
const MiB = 1024 * 1024;

afterEach(() => installFastDeflaterLoader(undefined));

describe("the WebAssembly deflater (foras)", () => {
  let wasm: FastDeflater;
  beforeAll(async () => {
    wasm = await createWasmDeflater();
  });

  // Around its 1 MiB pieces: the pieces are one stream, so every cut must inflate seamlessly.
  test.each([0, 1, 100, MiB - 1, MiB, MiB + 1, 3 * MiB + 12_345])("%d bytes of text inflate back to the input", (n) => {
    const data = text(n);
    const z = wasm.deflateRaw(data, FAST_DEFLATE_LEVEL);
    expect(same(inflateRawSync(z), data)).toBe(true);
    if (n >= MiB) expect(z.length).toBeLessThan(n / 3);
  });

  test("random bytes and every level inflate back too", () => {
    const data = secureRandomBytes(MiB + 777);
    for (const level of [1, 2, 6, 9]) expect(same(inflateRawSync(wasm.deflateRaw(data, level)), data)).toBe(true);
  });

  test(`level ${FAST_DEFLATE_LEVEL} is smaller than zlib level 1 would be on this text`, () => {
    const data = text(2 * MiB);
    expect(wasm.deflateRaw(data, FAST_DEFLATE_LEVEL).length).toBeLessThan(deflateRawSync(data, { level: 1 }).length * 1.05);
  });
});

// A page whose Content-Security-Policy has a strict connect-src refuses fetch(), and so do some
// embedded webviews for data: URLs: foras' own start (initBundledOnce) fetches its data: URL.
test("the WebAssembly deflater starts and deflates without calling fetch", async () => {
  const fetched: unknown[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = ((input: unknown) => {
    fetched.push(input);
    throw new TypeError("Refused to connect because it violates the document's Content Security Policy (connect-src)");
  }) as typeof fetch;
  try {
    // A fresh copy of foras, not yet started by the tests above.
    let create!: typeof createWasmDeflater;
    jest.isolateModules(() => {
      create = (require("../../../src/core/protect/wasm-deflater") as typeof import("../../../src/core/protect/wasm-deflater")).createWasmDeflater;
    });
    const d = await create();
    const data = text(MiB + 4321);
    expect(same(inflateRawSync(d.deflateRaw(data, FAST_DEFLATE_LEVEL)), data)).toBe(true);
  } finally {
    globalThis.fetch = realFetch;
  }
  expect(fetched).toEqual([]);
});

describe("deflateRaw's choice", () => {
  function spyDeflater(): FastDeflater & { calls: { length: number; level: number }[] } {
    const calls: { length: number; level: number }[] = [];
    return {
      calls,
      deflateRaw: (bytes, level) => {
        calls.push({ length: bytes.length, level });
        return new Uint8Array(deflateRawSync(bytes, { level: 1 }));
      },
    };
  }

  test("the size rule", () => {
    expect(wantsFastDeflate(FAST_DEFLATE_MIN - 1)).toBe(false);
    expect(wantsFastDeflate(FAST_DEFLATE_MIN)).toBe(true);
  });

  test("a large entry goes to the fast deflater at its level; a small one stays at level 6", async () => {
    const spy = spyDeflater();
    installFastDeflaterLoader(async () => spy);
    const big = text(FAST_DEFLATE_MIN);
    const small = text(FAST_DEFLATE_MIN - 1);
    expect(same(inflateRawSync(await deflateRaw(big)), big)).toBe(true);
    expect(same(inflateRawSync(await deflateRaw(small)), small)).toBe(true);
    expect(spy.calls).toEqual([{ length: big.length, level: FAST_DEFLATE_LEVEL }]);
  });

  test("a forced level-6 path (native, fflate) never uses it; a forced 'wasm' always does", async () => {
    const spy = spyDeflater();
    installFastDeflaterLoader(async () => spy);
    const big = text(FAST_DEFLATE_MIN);
    await deflateRaw(big, "fflate");
    await deflateRaw(big, "native");
    expect(spy.calls).toHaveLength(0);
    await deflateRaw(text(10), "wasm");
    expect(spy.calls).toEqual([{ length: 10, level: FAST_DEFLATE_LEVEL }]);
  });

  test("none installed: the level-6 path, and a forced 'wasm' is an error", async () => {
    const big = text(FAST_DEFLATE_MIN);
    expect(await fastDeflater()).toBeUndefined();
    const z = await deflateRaw(big);
    expect(same(z, await deflateRaw(big, "native"))).toBe(true);
    await expect(deflateRaw(big, "wasm")).rejects.toThrow(/no fast deflater/);
  });

  test("a file that fails to load: the level-6 path now, and the next archive tries to load it again", async () => {
    let tries = 0;
    installFastDeflaterLoader(async () => {
      tries++;
      throw new Error("ChunkLoadError: Loading chunk deflate-wasm failed");
    });
    const big = text(FAST_DEFLATE_MIN + 3);
    expect(same(inflateRawSync(await deflateRaw(big)), big)).toBe(true);
    expect(same(inflateRawSync(await deflateRaw(big)), big)).toBe(true);
    expect(tries).toBe(2);
  });

  test("a deflater that throws: the same entry is deflated at level 6 instead", async () => {
    installFastDeflaterLoader(async () => ({
      deflateRaw: () => {
        throw new Error("RangeError: WebAssembly.Memory.grow(): Maximum memory size exceeded");
      },
    }));
    const big = text(FAST_DEFLATE_MIN);
    const z = await deflateRaw(big);
    expect(same(inflateRawSync(z), big)).toBe(true);
    expect(same(z, await deflateRaw(big, "native"))).toBe(true);
  });

  test("loaded once and kept", async () => {
    let loads = 0;
    const spy = spyDeflater();
    installFastDeflaterLoader(async () => (loads++, spy));
    await Promise.all([deflateRaw(text(FAST_DEFLATE_MIN)), deflateRaw(text(FAST_DEFLATE_MIN + 1))]);
    await deflateRaw(text(FAST_DEFLATE_MIN + 2));
    expect(loads).toBe(1);
    expect(spy.calls).toHaveLength(3);
  });
});

describe("the launchevent loader", () => {
  const browserLike = { document: { createElement: () => ({}) }, WebAssembly: { instantiate: () => undefined } };

  test("classic Outlook's runtime (no DOM) or no WebAssembly: nothing installed, deflate as before", async () => {
    expect(fastDeflaterLoadable({})).toBe(false);
    expect(fastDeflaterLoadable({ WebAssembly: browserLike.WebAssembly })).toBe(false);
    expect(fastDeflaterLoadable({ document: browserLike.document })).toBe(false);
    expect(installFastDeflateLoader({ WebAssembly: browserLike.WebAssembly })).toBe(false);
    expect(await fastDeflater()).toBeUndefined();
  });

  test("a browser runtime: the loader is installed and loads the WebAssembly deflater", async () => {
    expect(installFastDeflateLoader(browserLike)).toBe(true);
    const d = await fastDeflater();
    expect(d).toBeDefined();
    const data = text(FAST_DEFLATE_MIN);
    const z = await deflateRaw(data);
    expect(same(inflateRawSync(z), data)).toBe(true);
    expect(same(z, d!.deflateRaw(data, FAST_DEFLATE_LEVEL))).toBe(true);
  });
});
