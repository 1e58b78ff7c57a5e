/**
 * A confirm key in short form (17 characters), for when the item's session state would not fit
 * Outlook's limit otherwise. Seen keys compare in either form, so compacting never makes an
 * unseen key pass; it only costs the chance of a 64-bit collision.
 */
export function compactKey(key: string): string {
  return key.startsWith("#") ? key : `#${digest64(key)}`;
}

/** 64 bits (16 hex digits) over the UTF-16 code units: two 32-bit multiplicative hashes side by side. */
export function digest64(key: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(16).padStart(8, "0")}${(b >>> 0).toString(16).padStart(8, "0")}`;
}
