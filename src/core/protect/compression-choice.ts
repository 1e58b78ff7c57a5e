/**
 * Deflate or store? Formats that are already compressed (Office Open XML, PDF, images, video,
 * archives…) are stored: deflating them again costs time and saves nothing. Anything else is
 * sampled: bytes that look random (high order-0 entropy) are stored too.
 */

const ALREADY_COMPRESSED = new Set([
  // Office Open XML / OpenDocument / other ZIP containers
  "docx", "docm", "dotx", "xlsx", "xlsm", "xlsb", "xltx", "pptx", "pptm", "ppsx", "potx", "vsdx",
  "odt", "ods", "odp", "odg", "epub", "jar", "apk", "ipa", "xps", "oxps", "msix", "appx", "nupkg", "whl",
  // archives
  "zip", "7z", "rar", "gz", "tgz", "bz2", "tbz2", "xz", "txz", "zst", "lz", "lzma", "lzh", "cab", "arj", "z",
  // documents
  "pdf",
  // images
  "jpg", "jpeg", "jpe", "jfif", "png", "gif", "webp", "heic", "heif", "avif", "jxl", "jp2",
  // audio / video
  "mp3", "m4a", "aac", "ogg", "oga", "opus", "flac", "wma", "mp4", "m4v", "mov", "avi", "mkv", "webm", "wmv", "3gp", "flv",
  // fonts, disk images, encrypted containers
  "woff", "woff2", "dmg", "gpg", "pgp", "p7m", "p7s",
]);

/** Bits per byte above which a sample is taken as incompressible. Text is ~4–5.5, zipped data ~7.99. */
export const INCOMPRESSIBLE_ENTROPY = 7.5;
const SAMPLE_WINDOW = 16 * 1024;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

export function isAlreadyCompressedType(name: string): boolean {
  return ALREADY_COMPRESSED.has(extensionOf(name));
}

/** Order-0 Shannon entropy in bits per byte, over up to three windows (start, middle, end). */
export function sampleEntropy(bytes: Uint8Array): number {
  const counts = new Uint32Array(256);
  let total = 0;
  const add = (from: number, to: number) => {
    for (let i = from; i < to; i++) counts[bytes[i]]++;
    total += to - from;
  };
  if (bytes.length <= 3 * SAMPLE_WINDOW) {
    add(0, bytes.length);
  } else {
    const mid = Math.floor(bytes.length / 2 - SAMPLE_WINDOW / 2);
    add(0, SAMPLE_WINDOW);
    add(mid, mid + SAMPLE_WINDOW);
    add(bytes.length - SAMPLE_WINDOW, bytes.length);
  }
  if (total === 0) return 0;
  let h = 0;
  for (let i = 0; i < 256; i++) {
    if (counts[i] === 0) continue;
    const p = counts[i] / total;
    h -= p * Math.log2(p);
  }
  return h;
}

/** True when the entry should be stored (method 0) rather than deflated. */
export function shouldStore(name: string, bytes: Uint8Array): boolean {
  if (bytes.length === 0) return true;
  if (isAlreadyCompressedType(name)) return true;
  // Tiny files: entropy of a few bytes says nothing, and deflate costs nothing either.
  if (bytes.length < 512) return false;
  return sampleEntropy(bytes) >= INCOMPRESSIBLE_ENTROPY;
}
