/**
 * The "skeleton" of a domain name: what a reader sees, not what the bytes say. Full-width letters
 * (NFKC), accents, Cyrillic and Greek letters shaped like Latin ones, 1/l/i, 0/o, rn/m, vv/w and
 * cl/d all fold to one form, so `examp1e`, `ехаmple` (Cyrillic) and `ｅｘａｍｐｌｅ` meet `example`.
 */

const SINGLE: Record<string, string> = {
  // Cyrillic
  а: "a", в: "b", е: "e", ё: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x",
  і: "l", ї: "l", ј: "j", ѕ: "s", ԁ: "d", һ: "h", ԛ: "q", ԝ: "w", ɡ: "g", ӏ: "l",
  // Greek
  α: "a", β: "b", ε: "e", η: "n", ι: "l", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x", ω: "w",
  // Latin look-alikes and digits
  ı: "l", ł: "l", ℓ: "l", "1": "l", i: "l", "|": "l", "0": "o", ø: "o", ß: "b",
};

const MULTI: Array<[RegExp, string]> = [
  [/rn/g, "m"],
  [/vv/g, "w"],
  [/cl/g, "d"],
];

export function skeleton(text: string): string {
  const folded = text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  let out = "";
  for (const ch of folded) out += SINGLE[ch] ?? ch;
  for (const [re, to] of MULTI) out = out.replace(re, to);
  return out;
}

/** True when the text holds letters outside ASCII (an IDN or a full-width spelling). */
export function hasNonAscii(text: string): boolean {
  return /[^\x00-\x7f]/.test(text);
}
