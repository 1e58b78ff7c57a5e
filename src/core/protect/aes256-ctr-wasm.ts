/**
 * The AES-256 WinZip-CTR kernel in WebAssembly (the ctr function of aes-sha1-kernels.wat), with
 * the JavaScript T-table kernel (aes256-ctr-le.ts) as the fallback wherever WebAssembly is
 * missing, refused, or computes anything else than the JS kernel on a self-check.
 *
 * The data goes through the module's memory in 64 KiB pieces (copy in, XOR in place, copy out,
 * straight into the archive when the source is another buffer): two memcpys per byte, small
 * beside the cipher, and the pieces stay in the L2 cache.
 */
import { winZipAesCtrKernel, type AesCtrKernel } from "./aes256-ctr-le";
import { instantiateProtectKernels, sharedProtectKernels, WASM_LAYOUT, type ProtectKernels, type WasmApi } from "./aes-sha1-kernels-wasm";

export type { WasmApi } from "./aes-sha1-kernels-wasm";

const { RK, DATA, DATA_BYTES: PIECE } = WASM_LAYOUT;

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

/**
 * The WebAssembly kernel, or undefined where it cannot be had (no throw). `wasm`: the WebAssembly
 * namespace to use (default: this realm's, instantiated once; null: none, as a runtime without it).
 */
export function createWasmAesCtrKernel(wasm?: WasmApi | null): NamedAesCtrKernel | undefined {
  const m = wasm === undefined ? sharedProtectKernels() : instantiateProtectKernels(wasm);
  return m ? aesKernelOver(m) : undefined;
}

function aesKernelOver(m: ProtectKernels): NamedAesCtrKernel | undefined {
  try {
    const { mem8, mem32, ctr } = m;
    const js = winZipAesCtrKernel();
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
      sbox: js.sbox,
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
