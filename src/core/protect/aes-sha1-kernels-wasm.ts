/**
 * The WebAssembly module of aes-sha1-kernels.wat (AES-256 WinZip-CTR and SHA-1 compression),
 * instantiated once, with its tables in place. aes256-ctr-wasm.ts and sha1-wasm.ts build on it;
 * each checks its kernel against the JavaScript one before use and falls back to it otherwise.
 *
 * Why a fallback at all: Microsoft says "there is nothing explicitly preventing WebAssembly from
 * working in an add-in" (OfficeDev/office-js-docs-pr#4746) but never confirmed it for classic
 * Outlook's JavaScript-only runtime, "a custom sandbox that only supports JavaScript up to
 * ECMAScript 2016" (OfficeDev/Office-Add-in-samples#747); and a page whose Content-Security-Policy
 * lacks 'wasm-unsafe-eval' refuses to compile modules. So: try once, quietly.
 *
 * Compiled synchronously (new WebAssembly.Module): the module is under the 4 KiB that Chromium
 * compiles on the main thread, and no caller has to wait for a promise.
 *
 * Every call is synchronous and leaves nothing in the module's memory that a later call needs
 * (round keys and hash state are written in by each call), so two archives written at once,
 * interleaved at their awaits, cannot disturb each other.
 */
import { decodeBase64 } from "../bytes/base64";
import { winZipAesCtrKernel } from "./aes256-ctr-le";
import { AES_SHA1_KERNELS_WASM_BASE64 } from "./aes-sha1-kernels-bytes";

/** Byte offsets in the module's memory (see aes-sha1-kernels.wat). */
export const WASM_LAYOUT = { TE: 0, SBOX: 4096, RK: 4352, SHA1_H: 4864, DATA: 8192, DATA_BYTES: 64 * 1024 } as const;

/** The slice of the WebAssembly namespace used here (the global may be absent or partial). */
export interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

export interface ProtectKernels {
  mem8: Uint8Array;
  mem32: Int32Array;
  /** data[DATA, DATA + 16·blocks) ^= WinZip keystream of counters n, n+1, … */
  ctr(n: number, blocks: number): void;
  /** SHA-1 compression of data[DATA, DATA + 64·blocks) into the state at SHA1_H. */
  sha1(blocks: number): void;
}

/** The module, instantiated with its tables, or undefined where it cannot be (no throw). */
export function instantiateProtectKernels(wasm: WasmApi | null | undefined): ProtectKernels | undefined {
  try {
    if (!wasm || typeof wasm.Module !== "function" || typeof wasm.Instance !== "function") return undefined;
    const instance = new wasm.Instance(new wasm.Module(decodeBase64(AES_SHA1_KERNELS_WASM_BASE64)), {});
    const memory = instance.exports.memory as { buffer: ArrayBuffer } | undefined;
    const ctr = instance.exports.ctr as ProtectKernels["ctr"] | undefined;
    const sha1 = instance.exports.sha1 as ProtectKernels["sha1"] | undefined;
    if (!memory || typeof ctr !== "function" || typeof sha1 !== "function") return undefined;
    // The module never grows its memory, so these views stay valid.
    const mem8 = new Uint8Array(memory.buffer);
    const mem32 = new Int32Array(memory.buffer);
    // Te0[x] = 2·S | S << 8 | S << 16 | 3·S << 24 (row 0 in the low byte); TeN = Te0 rotated by 8N.
    const S = winZipAesCtrKernel().sbox;
    const T = WASM_LAYOUT.TE / 4;
    for (let x = 0; x < 256; x++) {
      const s = S[x];
      const s2 = ((s << 1) ^ (s & 0x80 ? 0x11b : 0)) & 0xff;
      const w = s2 | (s << 8) | (s << 16) | ((s2 ^ s) << 24);
      mem32[T + x] = w;
      mem32[T + 256 + x] = (w << 8) | (w >>> 24);
      mem32[T + 512 + x] = (w << 16) | (w >>> 16);
      mem32[T + 768 + x] = (w << 24) | (w >>> 8);
    }
    mem8.set(S, WASM_LAYOUT.SBOX);
    return { mem8, mem32, ctr, sha1 };
  } catch {
    return undefined;
  }
}

let shared: ProtectKernels | null | undefined;

/** The module of this realm's global WebAssembly, made on first use (undefined where none). */
export function sharedProtectKernels(): ProtectKernels | undefined {
  if (shared === undefined) shared = instantiateProtectKernels((globalThis as { WebAssembly?: WasmApi }).WebAssembly) ?? null;
  return shared ?? undefined;
}
