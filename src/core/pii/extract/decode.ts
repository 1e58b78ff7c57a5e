/** Bytes → text for plain-text files: BOMs, UTF-8, Shift_JIS (CP932), EUC-JP, UTF-16. */

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decode text, detecting the encoding. Returns null when the bytes are not text. */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return tryDecode("utf-8", bytes.subarray(3), false);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return tryDecode("utf-16le", bytes.subarray(2), false);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return tryDecode("utf-16be", bytes.subarray(2), false);
  // NUL bytes in the first 4 KB: binary (or BOM-less UTF-16, which mail tools rarely write).
  const head = bytes.subarray(0, 4096);
  let nul = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) nul++;
  if (nul > 0) {
    // BOM-less UTF-16LE text has a NUL in every other byte for ASCII.
    if (nul * 3 > head.length) {
      const le = tryDecode("utf-16le", bytes, true);
      if (le !== null) return le;
    }
    return null;
  }
  const utf8 = tryDecode("utf-8", bytes, true);
  if (utf8 !== null) return utf8;
  const sjis = tryDecode("shift_jis", bytes, true);
  if (sjis !== null) return sjis;
  const euc = tryDecode("euc-jp", bytes, true);
  if (euc !== null) return euc;
  return tryDecode("shift_jis", bytes, false);
}
