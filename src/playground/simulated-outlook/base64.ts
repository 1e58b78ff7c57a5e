/** Sizes of Base64 text without decoding it (the simulator never needs the bytes). */

/** Strips whitespace, as hosts tolerate line-wrapped Base64. */
export function compactBase64(text: string): string {
  return text.replace(/\s+/g, "");
}

export function isBase64(text: string): boolean {
  const compact = compactBase64(text);
  return compact.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(compact);
}

/** Decoded byte count of a Base64 string. */
export function base64DecodedSize(text: string): number {
  const compact = compactBase64(text);
  if (compact.length === 0) return 0;
  const padding = compact.endsWith("==") ? 2 : compact.endsWith("=") ? 1 : 0;
  return Math.floor((compact.length * 3) / 4) - padding;
}
