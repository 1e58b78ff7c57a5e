/**
 * PBKDF2-HMAC-SHA1 and HMAC-SHA1 for WinZip AES. PBKDF2 (1000 rounds of a few bytes): WebCrypto
 * where `crypto.subtle` exists, else @noble/hashes (audited pure JS) — the classic-Outlook
 * DOM-less runtime and http:// pages have no `crypto.subtle`. HMAC over the ciphertext (the whole
 * entry): our WebAssembly SHA-1 where it works (sha1-wasm.ts: streaming, so no copy of the entry;
 * native speed without crypto.subtle too), else WebCrypto (one call over one buffer, which it
 * copies), else @noble/hashes.
 */
import { hmac } from "@noble/hashes/hmac";
import { pbkdf2 } from "@noble/hashes/pbkdf2";
import { sha1 } from "@noble/hashes/legacy";
import { wasmHmacSha1Factory } from "./sha1-wasm";

export type Sha1BackendName = "wasm" | "webcrypto" | "noble";

/** Incremental HMAC: update() per chunk of ciphertext, then digest(). */
export interface HmacSha1 {
  update(chunk: Uint8Array): void;
  digest(): Promise<Uint8Array>;
}

export interface Sha1Backend {
  readonly name: Sha1BackendName;
  pbkdf2Sha1(password: Uint8Array, salt: Uint8Array, iterations: number, length: number): Promise<Uint8Array>;
  createHmacSha1(key: Uint8Array): HmacSha1;
}

interface SubtleLike {
  importKey(format: "raw", key: Uint8Array, algorithm: unknown, extractable: boolean, usages: string[]): Promise<unknown>;
  deriveBits(algorithm: unknown, key: unknown, length: number): Promise<ArrayBuffer>;
  sign(algorithm: string, key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
}

function findSubtle(): SubtleLike | undefined {
  const c = (globalThis as { crypto?: { subtle?: SubtleLike } }).crypto;
  return c && c.subtle && typeof c.subtle.importKey === "function" ? c.subtle : undefined;
}

export const nobleSha1Backend: Sha1Backend = {
  name: "noble",
  async pbkdf2Sha1(password, salt, iterations, length) {
    return pbkdf2(sha1, password, salt, { c: iterations, dkLen: length });
  },
  createHmacSha1(key) {
    const h = hmac.create(sha1, key);
    return {
      update: (chunk) => void h.update(chunk),
      digest: async () => h.digest(),
    };
  },
};

function webCryptoSha1Backend(subtle: SubtleLike): Sha1Backend {
  return {
    name: "webcrypto",
    async pbkdf2Sha1(password, salt, iterations, length) {
      try {
        const key = await subtle.importKey("raw", password, "PBKDF2", false, ["deriveBits"]);
        const bits = await subtle.deriveBits({ name: "PBKDF2", hash: "SHA-1", salt, iterations }, key, length * 8);
        return new Uint8Array(bits);
      } catch {
        // Some runtimes expose crypto.subtle without SHA-1 PBKDF2: same result from JS.
        return nobleSha1Backend.pbkdf2Sha1(password, salt, iterations, length);
      }
    },
    createHmacSha1(key) {
      // WebCrypto has no streaming HMAC: keep the chunk views and sign once. When the chunks are
      // consecutive views of one buffer (they are, in the fast engine) no copy is made.
      const chunks: Uint8Array[] = [];
      return {
        update: (chunk) => void chunks.push(chunk),
        async digest() {
          const data = joinContiguous(chunks);
          try {
            const k = await subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
            return new Uint8Array(await subtle.sign("HMAC", k, data));
          } catch {
            return hmac(sha1, key, data);
          }
        },
      };
    },
  };
}

/** One view when the chunks are adjacent views of one buffer, else a copy. */
function joinContiguous(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 0) return new Uint8Array(0);
  const first = chunks[0];
  let end = first.byteOffset + first.byteLength;
  let contiguous = true;
  for (let i = 1; i < chunks.length && contiguous; i++) {
    contiguous = chunks[i].buffer === first.buffer && chunks[i].byteOffset === end;
    end += chunks[i].byteLength;
  }
  if (contiguous) return new Uint8Array(first.buffer, first.byteOffset, end - first.byteOffset);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.byteLength;
  }
  return out;
}

/** PBKDF2 as `base` does it; HMAC over the module (`base` gives its name only when not wasm). */
function wasmSha1Backend(base: Sha1Backend, createHmacSha1: (key: Uint8Array) => HmacSha1): Sha1Backend {
  return { name: "wasm", pbkdf2Sha1: base.pbkdf2Sha1, createHmacSha1 };
}

/**
 * The best the runtime has (see the top of this file). `prefer` forces one (tests, benchmarks);
 * a preferred backend the runtime lacks gives the next best.
 */
export function pickSha1Backend(prefer?: Sha1BackendName): Sha1Backend {
  if (prefer === "noble") return nobleSha1Backend;
  const subtle = findSubtle();
  const base = subtle ? webCryptoSha1Backend(subtle) : nobleSha1Backend;
  if (prefer === "webcrypto") return base;
  const wasmHmac = wasmHmacSha1Factory();
  return wasmHmac ? wasmSha1Backend(base, wasmHmac) : base;
}
