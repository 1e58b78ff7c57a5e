/**
 * Base64 for attachments (Outlook hands them over and takes them back as Base64). The native
 * `Uint8Array.fromBase64`/`toBase64` are ~5–10× faster than atob/btoa loops where they exist;
 * classic Outlook's runtime may have neither, so a table-driven fallback stays.
 */

type NativeFrom = (s: string) => Uint8Array;
const nativeFrom = (Uint8Array as unknown as { fromBase64?: NativeFrom }).fromBase64;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export class Base64Error extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Base64Error";
  }
}

export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/[\s]/g, "");
  if (nativeFrom) {
    try {
      return nativeFrom(clean);
    } catch {
      throw new Base64Error("not valid Base64");
    }
  }
  return decodeBase64InJs(clean);
}

/** The table-driven decoder used where `Uint8Array.fromBase64` is missing (no whitespace in `s`). */
export function decodeBase64InJs(s: string): Uint8Array {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 61 /* = */) end--;
  if (s.length - end > 2 || end % 4 === 1) throw new Base64Error("not valid Base64");
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let o = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? LOOKUP[c] : -1;
    if (v < 0) throw new Base64Error(`not valid Base64 (character ${i + 1})`);
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  const native = (bytes as unknown as { toBase64?: () => string }).toBase64;
  if (typeof native === "function") return native.call(bytes);
  return encodeBase64InJs(bytes);
}

/** The encoder used where `Uint8Array.prototype.toBase64` is missing. */
export function encodeBase64InJs(bytes: Uint8Array): string {
  let out = "";
  const chunk: string[] = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    chunk.push(ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63]);
    if (chunk.length === 4096) {
      out += chunk.join("");
      chunk.length = 0;
    }
  }
  out += chunk.join("");
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + "==";
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + "=";
  }
  return out;
}
