/**
 * The AES-256 WinZip-CTR kernel in WebAssembly (aes256-ctr.wat, assembled into
 * aes256-ctr-wasm-bytes.ts), with the JavaScript T-table kernel (aes256-ctr-le.ts) as the
 * fallback wherever WebAssembly is missing or refuses the module.
 *
 * Why a fallback at all: Microsoft says "there is nothing explicitly preventing WebAssembly from
 * working in an add-in" (OfficeDev/office-js-docs-pr#4746) but never confirmed it for classic
 * Outlook's JavaScript-only runtime, "a custom sandbox that only supports JavaScript up to
 * ECMAScript 2016" (OfficeDev/Office-Add-in-samples#747); a page whose Content-Security-Policy
 * lacks 'wasm-unsafe-eval' refuses to compile modules too. So: try once, quietly, and use JS if
 * anything at all goes wrong.
 *
 * Compiled synchronously (new WebAssembly.Module): the module is 1.3 KB, under the 4 KiB that
 * Chromium allows to compile on the main thread, and no caller has to wait for a promise.
 * The data goes through the module's memory in 64 KiB pieces (copy in, XOR in place, copy out):
 * two memcpys per byte, small beside the cipher, and the pieces stay in the L2 cache.
 */
import { decodeBase64 } from "../bytes/base64";
import { winZipAesCtrKernel, type AesCtrKernel } from "./aes256-ctr-le";
import { AES_CTR_WASM_BASE64 } from "./aes256-ctr-wasm-bytes";

/** Byte offsets in the module's memory (see aes256-ctr.wat). */
const TE = 0;
const SBOX = 4096;
const RK = 4352;
const DATA = 8192;
const PIECE = 64 * 1024;

/** The slice of the WebAssembly namespace used here (the global may be absent or partial). */
export interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

export type AesKernelName = "wasm" | "js";
export interface NamedAesCtrKernel extends AesCtrKernel {
  readonly kernelName: AesKernelName;
  /**
   * dst[from, to) = src[from, to) ^ keystream (src and dst the same length; src may be dst): the
   * copy into the archive and the encryption in one pass over the bytes.
   */
  xorKeystreamFrom(rk: Int32Array, counter: number, src: Uint8Array, dst: Uint8Array, from: number, to: number): void;
}

const bswap = (w: number) => ((w & 255) << 24) | (((w >>> 8) & 255) << 16) | (((w >>> 16) & 255) << 8) | (w >>> 24);

/** The WebAssembly kernel, or undefined where it cannot be had (no throw). */
/** `wasm`: the WebAssembly namespace to use (default the global one; null: none, as a runtime without it). */
export function createWasmAesCtrKernel(wasm: WasmApi | null | undefined = (globalThis as { WebAssembly?: WasmApi }).WebAssembly): NamedAesCtrKernel | undefined {
  try {
    if (!wasm || typeof wasm.Module !== "function" || typeof wasm.Instance !== "function") return undefined;
    const instance = new wasm.Instance(new wasm.Module(decodeBase64(AES_CTR_WASM_BASE64)), {});
    const memory = instance.exports.memory as { buffer: ArrayBuffer } | undefined;
    const ctr = instance.exports.ctr as ((n: number, blocks: number) => void) | undefined;
    if (!memory || typeof ctr !== "function") return undefined;
    const js = winZipAesCtrKernel();
    // The module never grows its memory, so these views stay valid.
    const mem8 = new Uint8Array(memory.buffer);
    const mem32 = new Int32Array(memory.buffer);
    // Te0[x] = 2·S | S << 8 | S << 16 | 3·S << 24 (row 0 in the low byte); TeN = Te0 rotated by 8N.
    const S = js.sbox;
    for (let x = 0; x < 256; x++) {
      const s = S[x];
      const s2 = ((s << 1) ^ (s & 0x80 ? 0x11b : 0)) & 0xff;
      const w = s2 | (s << 8) | (s << 16) | ((s2 ^ s) << 24);
      mem32[TE / 4 + x] = w;
      mem32[TE / 4 + 256 + x] = (w << 8) | (w >>> 24);
      mem32[TE / 4 + 512 + x] = (w << 16) | (w >>> 16);
      mem32[TE / 4 + 768 + x] = (w << 24) | (w >>> 8);
    }
    mem8.set(S, SBOX);

    const xorKeystreamFrom = (rk: Int32Array, counter: number, src: Uint8Array, data: Uint8Array, from: number, to: number): void => {
      // Round keys as little-endian loads of FIPS-197's bytes.
      for (let i = 0; i < 60; i++) mem32[RK / 4 + i] = bswap(rk[i]);
      let n = counter;
      try {
        for (let p = from; p < to; ) {
          const len = Math.min(PIECE, to - p);
          const blocks = (len + 15) >>> 4;
          mem8.set(src.subarray(p, p + len), DATA);
          ctr(n | 0, blocks); // a partial last block: the bytes past `len` are never copied back
          data.set(mem8.subarray(DATA, DATA + len), p);
          n += blocks;
          p += len;
        }
      } finally {
        mem8.fill(0, RK, RK + 240);
      }
    };
    const xorKeystream = (rk: Int32Array, counter: number, data: Uint8Array, from: number, to: number): void =>
      xorKeystreamFrom(rk, counter, data, data, from, to);
    const kernel: NamedAesCtrKernel = {
      kernelName: "wasm",
      expandKey: js.expandKey,
      encryptBlock: js.encryptBlock,
      xorKeystream,
      xorKeystreamFrom,
      keystream(rk, counter, blocks, out) {
        out.fill(0, 0, blocks * 16);
        xorKeystream(rk, counter, out, 0, blocks * 16);
      },
      sbox: S,
    };
    // A self-check on FIPS-197 C.3's key: a module that computes anything else is not used.
    return selfCheck(kernel, js) ? kernel : undefined;
  } catch {
    return undefined;
  }
}

/** Both kernels agree on 3 blocks that cross a 256-counter run (counter 255, 256, 257). */
function selfCheck(wasm: AesCtrKernel, js: AesCtrKernel): boolean {
  const key = new Uint8Array(32);
  for (let i = 0; i < 32; i++) key[i] = i;
  const rk = js.expandKey(key);
  const a = new Uint8Array(48);
  const b = new Uint8Array(48);
  wasm.xorKeystream(rk, 255, a, 0, 48);
  js.xorKeystream(rk, 255, b, 0, 48);
  for (let i = 0; i < 48; i++) if (a[i] !== b[i]) return false;
  return true;
}

let chosen: NamedAesCtrKernel | undefined;
let forced: AesKernelName | undefined;

/** The kernel protect/ encrypts with: WebAssembly where it works, else JavaScript. */
export function bestAesCtrKernel(): NamedAesCtrKernel {
  if (forced === "js") return jsKernel();
  return (chosen ??= createWasmAesCtrKernel() ?? jsKernel());
}

let js: NamedAesCtrKernel | undefined;
function jsKernel(): NamedAesCtrKernel {
  if (!js) {
    const k = winZipAesCtrKernel();
    js = {
      ...k,
      kernelName: "js",
      xorKeystreamFrom(rk, counter, src, dst, from, to) {
        if (src !== dst) dst.set(src.subarray(from, to), from);
        k.xorKeystream(rk, counter, dst, from, to);
      },
    };
  }
  return js;
}

/** Tests and benchmarks: force the JavaScript kernel ("js"), or go back to the best (undefined). */
export function forceAesKernel(name: AesKernelName | undefined): void {
  forced = name;
}
