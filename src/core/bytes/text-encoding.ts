/**
 * Which encoding Japanese text bytes are in: BOMs, UTF-8, UTF-16 without a BOM, ISO-2022-JP,
 * Shift_JIS (CP932) and EUC-JP. TextDecoder decodes all of them (WHATWG Encoding) but names
 * none; EUC-JP bytes often decode "validly" as Shift_JIS half-width katakana, so validity alone
 * is not enough: the valid candidates are scored on how Japanese the decoded text looks.
 * A runtime without a decoder for a label (classic Outlook's UTF-8-only shim) gets null for it,
 * so the caller reports the text unreadable instead of guessing (issue 13).
 */

export type TextEncodingLabel = "utf-8" | "utf-16le" | "utf-16be" | "shift_jis" | "euc-jp" | "iso-2022-jp";

/** Decoded with `label`, or null: invalid bytes (when fatal) or no such decoder here. */
export function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

export function bomEncoding(bytes: Uint8Array): { label: TextEncodingLabel; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: "utf-8", length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { label: "utf-16le", length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { label: "utf-16be", length: 2 };
  return null;
}

/** How much of the text is scored: enough to judge, cheap on a 20 MB file. */
const SCORE_CHARS = 65536;

/**
 * Higher for text that reads as Japanese or plain ASCII; lower for what a wrong guess produces
 * (half-width katakana runs, controls, replacement characters, private-use and rare scripts).
 */
export function japaneseScore(text: string): number {
  let score = 0;
  const n = Math.min(text.length, SCORE_CHARS);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c < 0x7f)) score += 1;
    else if (c >= 0x3040 && c <= 0x30ff) score += 3; // hiragana, katakana
    else if (c >= 0x4e00 && c <= 0x9fff) score += 2; // common kanji
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e)) score += 2; // Japanese punctuation, full-width forms
    else if (c >= 0xff61 && c <= 0xff9f) score -= 1; // half-width katakana: rare in real text, typical of EUC-JP read as Shift_JIS
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0xd800 && c <= 0xdfff)) score -= 4;
    else score -= 1;
  }
  return score;
}

/** 7-bit bytes with ISO-2022-JP's designations (ESC $ B, ESC $ @, ESC ( B, ESC ( J, ESC ( I). */
export function looksIso2022jp(bytes: Uint8Array): boolean {
  let escapes = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x80) return false;
    if (b === 0x1b && i + 2 < bytes.length) {
      const x = bytes[i + 1];
      const y = bytes[i + 2];
      if ((x === 0x24 && (y === 0x42 || y === 0x40)) || (x === 0x28 && (y === 0x42 || y === 0x4a || y === 0x49))) escapes = true;
    }
  }
  return escapes;
}

/** NUL bytes by position parity (UTF-16 ASCII puts them all on one side), in the first 64 KB. */
function nulParity(bytes: Uint8Array): { even: number; odd: number } {
  let even = 0;
  let odd = 0;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  return { even, odd };
}

function best(bytes: Uint8Array, labels: TextEncodingLabel[]): TextEncodingLabel | null {
  let winner: TextEncodingLabel | null = null;
  let top = -Infinity;
  for (const label of labels) {
    const text = tryDecode(label, bytes, true);
    if (text === null) continue;
    const s = japaneseScore(text);
    if (s > top) (top = s), (winner = label);
  }
  return winner;
}

/**
 * The encoding of text bytes, or null when they are not text in one of these encodings (or this
 * runtime cannot decode the one they are in).
 */
export function detectEncoding(bytes: Uint8Array): TextEncodingLabel | null {
  const bom = bomEncoding(bytes);
  if (bom) return bom.label;
  const { even, odd } = nulParity(bytes);
  if (even + odd > 0) {
    // BOM-less UTF-16: ASCII characters put their NULs on one side only. Binary has them on both.
    const label: TextEncodingLabel | null = odd > 0 && even <= odd / 10 ? "utf-16le" : even > 0 && odd <= even / 10 ? "utf-16be" : null;
    if (label === null || bytes.length % 2 !== 0) return null;
    const text = tryDecode(label, bytes, true);
    return text !== null && japaneseScore(text) > 0 ? label : null;
  }
  if (looksIso2022jp(bytes)) return tryDecode("iso-2022-jp", bytes, true) !== null ? "iso-2022-jp" : null;
  if (tryDecode("utf-8", bytes, true) !== null) return "utf-8";
  // Shift_JIS first: on a tie (rare) it is the commoner on Windows.
  // No guess at UTF-16 without NULs: any line break puts one in, and ASCII pairs read as UTF-16
  // look like kanji, so Western 8-bit text would come out as CJK soup.
  return best(bytes, ["shift_jis", "euc-jp"]);
}
