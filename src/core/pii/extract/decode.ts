/** Bytes → text for plain-text files: BOMs, UTF-8, UTF-16, Shift_JIS (CP932), EUC-JP, ISO-2022-JP. */
import { bomEncoding, detectEncoding, japaneseScore, looksIso2022jp, tryDecode } from "../../bytes/text-encoding";

export { detectEncoding } from "../../bytes/text-encoding";

/** Decode text, detecting the encoding. Returns null when the bytes are not text (or not decodable here). */
export function decodeText(bytes: Uint8Array): string | null {
  const bom = bomEncoding(bytes);
  if (bom) return tryDecode(bom.label, bytes.subarray(bom.length), false);
  const label = detectEncoding(bytes);
  if (label) return tryDecode(label, bytes, true);
  return lenient(bytes);
}

/**
 * A text file with a stray bad byte: the decoding with the fewest replacement characters, if they
 * are rare; else windows-1252. A runtime that lacks those decoders (classic Outlook's UTF-8-only
 * shim) gets null here, never a garbled guess.
 */
function lenient(bytes: Uint8Array): string | null {
  // ISO-2022-JP is 7-bit: as UTF-8 it would "decode" into escape-code soup.
  if (looksIso2022jp(bytes)) return null;
  for (let i = 0; i < Math.min(bytes.length, 65536); i++) if (bytes[i] === 0) return null;
  let chosen: string | null = null;
  let fewest = Infinity;
  let score = -Infinity;
  for (const label of ["shift_jis", "euc-jp", "utf-8"]) {
    const text = tryDecode(label, bytes, false);
    if (text === null) continue;
    let bad = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
    const s = japaneseScore(text);
    if (bad < fewest || (bad === fewest && s > score)) (chosen = text), (fewest = bad), (score = s);
  }
  if (chosen !== null && fewest <= Math.max(1, chosen.length / 100)) return chosen;
  // Western 8-bit text (Latin-1 / windows-1252) is neither Japanese nor UTF-8; read it as such.
  return tryDecode("windows-1252", bytes, false);
}
