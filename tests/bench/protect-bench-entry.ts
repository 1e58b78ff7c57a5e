/**
 * Web entry of `npm run bench -- protect`: the protect API (as the tests' bundle has it) and the
 * engine's stages one by one, so the bench can print where the time of one archive goes.
 */
import "../integration/protect/bundle-entry";
import { ecb } from "@noble/ciphers/aes";
import { deflateRaw } from "../../src/core/protect/deflate-raw";
import { shouldStore } from "../../src/core/protect/compression-choice";
import { aesCtrKernel } from "../../src/core/protect/aes256-ctr-le";
import { bestAesCtrKernel, createWasmAesCtrKernel, forceAesKernel } from "../../src/core/protect/aes256-ctr-wasm";
import { nobleSha1Backend, pickSha1Backend } from "../../src/core/protect/sha1-backend";
import { decodeBase64, decodeBase64InJs, encodeBase64, encodeBase64InJs } from "../../src/core/bytes/base64";
import { createWorkerKeystreamPort } from "../../src/launchevent/keystream-workers";
import { installFastDeflateLoader } from "../../src/launchevent/fast-deflate-loader";
import { FAST_DEFLATE_LEVEL } from "../../src/core/protect/deflate-raw";
import { crc32Of } from "../../src/core/protect/zipcrypto-entry";

// As launchevent.ts does: large entries deflate with the WebAssembly deflater, loaded as a file of its own.
installFastDeflateLoader();

type Timings = Record<string, number>;

async function time<T>(out: Timings, label: string, fn: () => T | Promise<T>): Promise<T> {
  const t = performance.now();
  const r = await fn();
  out[label] = performance.now() - t;
  return r;
}

/** noble's AES-256 ECB over a buffer of little-endian counters, then XOR: the engine before issue 11. */
function nobleCtr(key: Uint8Array, data: Uint8Array): void {
  const batch = 1 << 20;
  const counters = new Uint8Array(batch);
  const c32 = new Uint32Array(counters.buffer);
  let n = 1;
  for (let off = 0; off < data.length; off += batch) {
    const len = Math.min(batch, data.length - off);
    const blocks = Math.ceil(len / 16);
    c32.fill(0);
    for (let b = 0; b < blocks; b++) c32[4 * b] = n++;
    const ks = counters.subarray(0, blocks * 16);
    ecb(key, { disablePadding: true }).encrypt(ks, ks);
    for (let i = 0; i < len; i++) data[off + i] ^= ks[i];
  }
}

async function stages(bytes: Uint8Array, name: string): Promise<Timings> {
  const t: Timings = {};
  const b64 = await time(t, "Base64 encode input (native)", () => encodeBase64(bytes));
  await time(t, "Base64 decode (native fromBase64)", () => decodeBase64(b64));
  await time(t, "Base64 decode (JS, classic Outlook)", () => decodeBase64InJs(b64));
  const store = await time(t, "entropy / store-or-deflate", () => shouldStore(name, bytes));
  let payload = bytes;
  if (!store) {
    payload = await time(t, "deflate (CompressionStream)", () => deflateRaw(bytes, "native"));
    await time(t, "deflate (fflate, no CompressionStream)", () => deflateRaw(bytes, "fflate"));
    await deflateRaw(bytes.subarray(0, 1 << 20), "wasm"); // its file loaded and compiled first
    payload = await time(t, `deflate (WebAssembly, level ${FAST_DEFLATE_LEVEL})`, () => deflateRaw(bytes, "wasm"));
  }
  await time(t, "CRC-32 of the input (ZipCrypto only; AE-2 writes 0)", () => crc32Of(bytes));
  const key = crypto.getRandomValues(new Uint8Array(32));
  const a = payload.slice();
  await time(t, `AES-CTR noble ECB+XOR (${(payload.length / 1048576).toFixed(1)} MB)`, () => nobleCtr(key, a));
  const k = aesCtrKernel();
  const b = payload.slice();
  await time(t, "AES-CTR own T-table, in place", () => k.xorKeystream(k.expandKey(key), 1, b, 0, b.length));
  const w = createWasmAesCtrKernel();
  if (w) {
    const c = payload.slice();
    // Tiered up first (Liftoff → TurboFan), as it is after the first MiB of a real archive.
    await time(t, "AES-CTR WebAssembly, in place (first call)", () => w.xorKeystream(w.expandKey(key), 1, c, 0, c.length));
    const dst = new Uint8Array(payload.length);
    await time(t, "AES-CTR WebAssembly, source → archive buffer", () => w.xorKeystreamFrom(w.expandKey(key), 1, payload, dst, 0, payload.length));
  } else t["AES-CTR WebAssembly: NOT AVAILABLE"] = NaN;
  const hmacKey = crypto.getRandomValues(new Uint8Array(20));
  await time(t, "HMAC-SHA1 (WebAssembly, streaming)", async () => {
    const h = pickSha1Backend().createHmacSha1(hmacKey);
    h.update(b);
    return h.digest();
  });
  await time(t, "HMAC-SHA1 (WebCrypto)", async () => {
    const h = pickSha1Backend("webcrypto").createHmacSha1(hmacKey);
    h.update(b);
    return h.digest();
  });
  await time(t, "HMAC-SHA1 (noble JS)", async () => {
    const h = nobleSha1Backend.createHmacSha1(hmacKey);
    h.update(b);
    return h.digest();
  });
  await time(t, "copy into archive buffer", () => new Uint8Array(b.length + 100).set(b, 50));
  await time(t, "Base64 encode output (native toBase64)", () => encodeBase64(b));
  await time(t, "Base64 encode output (JS)", () => encodeBase64InJs(b));
  return t;
}

(globalThis as unknown as Record<string, unknown>).OutboundGuardProtectStages = { stages, workerPort: createWorkerKeystreamPort(), forceAesKernel, aesKernel: () => bestAesCtrKernel().kernelName };
