/**
 * The WebAssembly kernels (src/core/protect/aes-sha1-kernels.wat): the embedded bytes are exactly
 * what the committed assembler makes of the committed source; the AES-CTR keystream equals
 * @noble/ciphers (ECB over little-endian counters), aes-js and the JavaScript kernel on random
 * keys, lengths, offsets and counters (across the 256-counter runs the module caches and the 64 KiB
 * pieces it works in); and where WebAssembly is missing or misbehaves the JavaScript kernel is used.
 */
import * as fs from "node:fs";
import { createHmac, pbkdf2Sync } from "node:crypto";
import { ecb } from "@noble/ciphers/aes";
import aesjs from "aes-js";
import { winZipAesCtrKernel } from "../../../src/core/protect/aes256-ctr-le";
import { bestAesCtrKernel, createWasmAesCtrKernel, forceAesKernel, type WasmApi } from "../../../src/core/protect/aes256-ctr-wasm";
import { AES_SHA1_KERNELS_WASM_BASE64 as AES_CTR_WASM_BASE64 } from "../../../src/core/protect/aes-sha1-kernels-bytes";
import { wasmHmacSha1Factory } from "../../../src/core/protect/sha1-wasm";
import { pickSha1Backend } from "../../../src/core/protect/sha1-backend";
import { CTR_PIECE, encryptWinZipCtrInPlace } from "../../../src/core/protect/ctr-encrypt";
import type { KeystreamPort } from "../../../src/core/protect/keystream-port";
import { secureRandomBytes } from "../../../src/core/protect/secure-random";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { assembleWat } = require("../../integration/protect/wat/assemble-wat.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generatedSource, OUT } = require("../../integration/protect/wat/generate-kernels-wasm.js");

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const unhex = (s: string) => new Uint8Array(Buffer.from(s, "hex"));
const js = winZipAesCtrKernel();
const wasm = createWasmAesCtrKernel()!;

/** noble ECB over little-endian 128-bit counter blocks (low 32 bits; the rest 0), then XOR. */
function nobleWinZipCtr(key: Uint8Array, data: Uint8Array, firstCounter: number): Uint8Array {
  const blocks = Math.ceil(data.length / 16);
  const counters = new Uint8Array(blocks * 16);
  const v = new DataView(counters.buffer);
  for (let b = 0; b < blocks; b++) v.setUint32(16 * b, (firstCounter + b) >>> 0, true);
  const ks = ecb(key, { disablePadding: true }).encrypt(counters);
  return data.map((x, i) => x ^ ks[i]);
}

/** aes-js's own CTR with a little-endian counter fed block by block (an independent AES). */
function aesJsWinZipCtr(key: Uint8Array, data: Uint8Array, firstCounter: number): Uint8Array {
  const aes = new aesjs.AES(Array.from(key));
  const out = new Uint8Array(data.length);
  for (let b = 0; b * 16 < data.length; b++) {
    const block = new Uint8Array(16);
    new DataView(block.buffer).setUint32(0, (firstCounter + b) >>> 0, true);
    const ks = aes.encrypt(Array.from(block));
    for (let i = 0; i < 16 && b * 16 + i < data.length; i++) out[b * 16 + i] = data[b * 16 + i] ^ ks[i];
  }
  return out;
}

describe("the embedded module", () => {
  test("equals a fresh assembly of aes-sha1-kernels.wat (regenerate with tests/integration/protect/wat/generate-kernels-wasm.js)", () => {
    expect(fs.readFileSync(OUT, "utf8")).toBe(generatedSource());
    const fresh = assembleWat(fs.readFileSync(OUT.replace(/-bytes\.ts$/, ".wat"), "utf8"));
    expect(hex(Buffer.from(AES_CTR_WASM_BASE64, "base64"))).toBe(hex(fresh));
  });

  test("stays under 4 KiB, the most Chromium compiles synchronously on the main thread", () => {
    expect(Buffer.from(AES_CTR_WASM_BASE64, "base64").length).toBeLessThan(4096);
  });

  test("validates as WebAssembly and exports exactly memory, ctr and sha1", () => {
    const bytes = Buffer.from(AES_CTR_WASM_BASE64, "base64");
    expect(WebAssembly.validate(bytes)).toBe(true);
    expect(WebAssembly.Module.exports(new WebAssembly.Module(bytes)).map((e) => `${e.kind}:${e.name}`).sort()).toEqual(["function:ctr", "function:sha1", "memory:memory"]);
  });
});

describe("keystream", () => {
  test("FIPS-197 C.3 key: the block of counter 1 equals noble's and aes-js's AES-256 of 01 00…00", () => {
    const key = unhex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    const ks = new Uint8Array(16);
    wasm.keystream(wasm.expandKey(key), 1, 1, ks);
    const counter1 = unhex("01000000000000000000000000000000");
    expect(hex(ks)).toBe(hex(ecb(key, { disablePadding: true }).encrypt(counter1)));
    expect(hex(ks)).toBe(hex(new Uint8Array(new aesjs.AES(Array.from(key)).encrypt(Array.from(counter1)))));
  });

  test.each([
    [1, 0],
    [1, 1],
    [1, 15],
    [1, 17],
    [250, 16 * 12 + 5], // across the first run of 256 counters
    [255, 32],
    [256, 48],
    [0xffff00, 16 * 300 + 9], // byte 2 and 3 of the counter change
    [0xfffffff0, 16 * 15], // up to the last 32-bit counter
    [1, 65_536 * 2 + 100], // across the 64 KiB pieces
    [4097, 65_536 - 3],
  ])("counter %d, %d bytes at an odd offset: equals noble, aes-js and the JS kernel", (counter, n) => {
    const key = secureRandomBytes(32);
    const backing = secureRandomBytes(n + 11);
    const data = backing.subarray(5, 5 + n);
    const before = backing.slice();
    const expected = nobleWinZipCtr(key, data, counter);
    if (n <= 4096) expect(hex(aesJsWinZipCtr(key, data, counter))).toBe(hex(expected));
    const viaJs = before.slice();
    js.xorKeystream(js.expandKey(key), counter, viaJs, 5, 5 + n);
    wasm.xorKeystream(wasm.expandKey(key), counter, backing, 5, 5 + n);
    expect(hex(data)).toBe(hex(expected));
    expect(hex(backing)).toBe(hex(viaJs));
    // nothing outside [from, to) moved
    expect(hex(backing.subarray(0, 5))).toBe(hex(before.subarray(0, 5)));
    expect(hex(backing.subarray(5 + n))).toBe(hex(before.subarray(5 + n)));
  });

  test("200 random keys, lengths and counters: the same bytes as the JS kernel", () => {
    const r = secureRandomBytes(200 * 8);
    const v = new DataView(r.buffer);
    for (let i = 0; i < 200; i++) {
      const key = secureRandomBytes(32);
      const n = v.getUint16(8 * i, true) * 3; // up to ~196 KB: several pieces
      const counter = 1 + (v.getUint32(8 * i + 2, true) % 0xfff00000);
      const a = secureRandomBytes(n);
      const b = a.slice();
      js.xorKeystream(js.expandKey(key), counter, a, 0, n);
      wasm.xorKeystream(wasm.expandKey(key), counter, b, 0, n);
      expect(Buffer.compare(a, b)).toBe(0);
    }
  });

  test("a second key after the first: nothing of the first stays (round keys are rewritten per call)", () => {
    const k1 = secureRandomBytes(32);
    const k2 = secureRandomBytes(32);
    const a = new Uint8Array(100);
    wasm.xorKeystream(wasm.expandKey(k1), 1, a, 0, 100);
    const b = new Uint8Array(100);
    wasm.xorKeystream(wasm.expandKey(k2), 1, b, 0, 100);
    expect(hex(b)).toBe(hex(nobleWinZipCtr(k2, new Uint8Array(100), 1)));
  });
});

describe("fallback to the JavaScript kernel", () => {
  const real = WebAssembly as unknown as WasmApi;

  test("no WebAssembly (classic Outlook's runtime may have none): no kernel, no throw", () => {
    expect(createWasmAesCtrKernel(null)).toBeUndefined();
    expect(createWasmAesCtrKernel({} as WasmApi)).toBeUndefined();
  });

  test("a runtime that refuses to compile (CSP without 'wasm-unsafe-eval'): no kernel, no throw", () => {
    const refusing: WasmApi = {
      Module: function () {
        throw new Error("WebAssembly.Module(): Refused to compile or instantiate WebAssembly module");
      } as unknown as WasmApi["Module"],
      Instance: real.Instance,
    };
    expect(createWasmAesCtrKernel(refusing)).toBeUndefined();
  });

  test("a module that computes something else fails the self-check and is not used", () => {
    const wrong: WasmApi = {
      Module: real.Module,
      Instance: function (m: object, imports: object) {
        const inst = new real.Instance(m, imports);
        return { exports: { memory: inst.exports.memory, ctr: () => undefined, sha1: inst.exports.sha1 } };
      } as unknown as WasmApi["Instance"],
    };
    expect(createWasmAesCtrKernel(wrong)).toBeUndefined();
  });

  test("bestAesCtrKernel: wasm here; JavaScript when forced or when the global is gone", () => {
    expect(bestAesCtrKernel().kernelName).toBe("wasm");
    forceAesKernel("js");
    try {
      expect(bestAesCtrKernel().kernelName).toBe("js");
    } finally {
      forceAesKernel(undefined);
    }
    const saved = Object.getOwnPropertyDescriptor(globalThis, "WebAssembly")!;
    delete (globalThis as { WebAssembly?: unknown }).WebAssembly;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const fresh = require("../../../src/core/protect/aes256-ctr-wasm") as typeof import("../../../src/core/protect/aes256-ctr-wasm");
        const k = fresh.bestAesCtrKernel();
        expect(k.kernelName).toBe("js");
        const key = secureRandomBytes(32);
        const d = new Uint8Array(1000);
        k.xorKeystream(k.expandKey(key), 7, d, 0, 1000);
        expect(hex(d)).toBe(hex(nobleWinZipCtr(key, new Uint8Array(1000), 7)));
      });
    } finally {
      Object.defineProperty(globalThis, "WebAssembly", saved);
    }
  });
});

describe("encryptWinZipCtrInPlace reading from a separate source (the archive's copy and the cipher in one pass)", () => {
  const size = 3 * CTR_PIECE + 4_321;
  const portOf = (): KeystreamPort => {
    const k = winZipAesCtrKernel();
    return {
      parallelism: 1,
      async keystream(key, first, blocks) {
        const out = new Uint8Array(16 * blocks);
        k.keystream(k.expandKey(key), first, blocks, out);
        return out;
      },
    };
  };

  test.each([
    ["wasm", "no port"],
    ["js", "no port"],
    ["wasm", "a port"],
    ["js", "a port"],
  ] as const)("%s kernel, %s: the ciphertext lands in data, the source is left as it was", async (kernel, withPort) => {
    forceAesKernel(kernel === "js" ? "js" : undefined);
    try {
      expect(bestAesCtrKernel().kernelName).toBe(kernel);
      const key = secureRandomBytes(32);
      const source = secureRandomBytes(size);
      const copy = source.slice();
      const data = new Uint8Array(size);
      await encryptWinZipCtrInPlace(key, data, { source, port: withPort === "a port" ? portOf() : undefined });
      expect(Buffer.compare(source, copy)).toBe(0);
      expect(Buffer.compare(data, nobleWinZipCtr(key, source, 1))).toBe(0);
    } finally {
      forceAesKernel(undefined);
    }
  });

  test("a source of another length is refused", async () => {
    await expect(encryptWinZipCtrInPlace(secureRandomBytes(32), new Uint8Array(10), { source: new Uint8Array(11) })).rejects.toThrow(/length/);
  });
});

describe("HMAC-SHA1 over the module's SHA-1", () => {
  const factory = wasmHmacSha1Factory()!;
  const nodeHmac = (key: Uint8Array, data: Uint8Array) => new Uint8Array(createHmac("sha1", key).update(data).digest());

  test("RFC 2202 test case 2 (key \"Jefe\")", async () => {
    const h = factory(new TextEncoder().encode("Jefe"));
    h.update(new TextEncoder().encode("what do ya want for nothing?"));
    expect(hex(await h.digest())).toBe("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
  });

  test("RFC 2202 test case 6 (an 80-byte key, longer than a block)", async () => {
    const h = factory(new Uint8Array(80).fill(0xaa));
    h.update(new TextEncoder().encode("Test Using Larger Than Block-Size Key - Hash Key First"));
    expect(hex(await h.digest())).toBe("aa4ae5e15272d00e95705637ce8a3b55ed402112");
  });

  test("random keys, lengths and chunkings (across blocks, padding edges and 64 KiB pieces): equals Node's crypto", async () => {
    const lengths = [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 65_535, 65_536, 65_537, 200_003];
    for (const n of lengths) {
      const key = secureRandomBytes(20);
      const data = secureRandomBytes(n + 3).subarray(3); // unaligned
      const h = factory(key);
      const cuts = [0, Math.floor(n / 3), Math.floor(n / 3) + 1, Math.floor((2 * n) / 3), n].sort((a, b) => a - b);
      for (let i = 1; i < cuts.length; i++) h.update(data.subarray(cuts[i - 1], cuts[i]));
      expect(hex(await h.digest())).toBe(hex(nodeHmac(key, data)));
    }
  });

  test("the backend picked by default is this one, and PBKDF2 still equals Node's", async () => {
    expect(pickSha1Backend().name).toBe("wasm");
    const km = await pickSha1Backend().pbkdf2Sha1(new TextEncoder().encode("pw"), new Uint8Array(16), 1000, 66);
    expect(hex(km)).toBe(hex(pbkdf2Sync("pw", Buffer.alloc(16), 1000, 66, "sha1")));
  });
});
