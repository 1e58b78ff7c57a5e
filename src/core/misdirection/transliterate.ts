/**
 * Does a name in katakana or Latin letters match a domain? ミナトテック ↔ minatotech,
 * ノースブリッジ ↔ northbridge. Both sides become a coarse consonant key (katakana through
 * wanakana's romaji first), so English spellings and their katakana readings meet:
 * `tech`/`tekku` → `tk`, `north`/`noosu` → `ns`. Used only to find belonging — a loose match can
 * only silence an alert, never raise one.
 */
import { isKana, toRomaji } from "wanakana";
import { splitDomain } from "./domains";
import { editDistance } from "./edit-distance";

const RULES: Array<[RegExp, string]> = [
  [/tch/g, "ch"],
  [/ck/g, "k"],
  [/ch(?=[^aeiouy]|$)/g, "k"], // tech → tek (テック), but chip keeps ch
  [/ph/g, "f"],
  [/th/g, "s"], // north → ノース, smith → スミス
  [/sh/g, "s"],
  [/dg(?=e)/g, "j"],
  [/ch/g, "j"],
  [/c(?=[eiy])/g, "s"],
  [/[cq]/g, "k"],
  [/x/g, "ks"],
  [/z/g, "s"], // systems → システムズ
  [/v/g, "b"],
  [/l/g, "r"],
  [/ts/g, "t"],
  [/r(?=[^aeiouy]|$)/g, ""], // non-rhotic: center → センター
  [/[aeiouy]/g, ""],
  [/(.)\1+/g, "$1"],
];

export function soundKey(latin: string): string {
  let s = latin.toLowerCase().replace(/[^a-z]/g, "");
  for (const [re, to] of RULES) s = s.replace(re, to);
  return s;
}

/** The key of a name written in kana or Latin letters; undefined for kanji (no reading to compare). */
export function nameKey(name: string): string | undefined {
  const n = name.normalize("NFKC").replace(/[\s・･\-_.,&'()]/g, "");
  if (!n) return undefined;
  if (/^[A-Za-z0-9]+$/.test(n)) return soundKey(n);
  if (isKana(n)) return soundKey(toRomaji(n));
  return undefined;
}

/** The domain's name labels and their hyphen parts: `mail.minato-tech.co.jp` → minato-tech, minato, tech, mail… */
function domainWords(domain: string): string[] {
  const { name } = splitDomain(domain);
  const labels = domain.toLowerCase().split(".");
  const idx = labels.lastIndexOf(name);
  const words = new Set<string>();
  for (const label of labels.slice(0, idx + 1)) {
    words.add(label.replace(/-/g, ""));
    for (const part of label.split("-")) if (part) words.add(part);
  }
  return [...words];
}

export function nameMatchesDomain(name: string, domain: string): boolean {
  const nk = nameKey(name);
  if (!nk || nk.length < 2) return false;
  for (const w of domainWords(domain)) {
    const wk = soundKey(w);
    if (!wk) continue;
    if (wk === nk) return true;
    if (nk.length >= 3 && wk.includes(nk)) return true;
    if (wk.length >= 3 && nk.startsWith(wk) && wk.length >= nk.length * 0.6) return true;
    if (nk.length >= 5 && editDistance(wk, nk, 1) <= 1) return true;
  }
  return false;
}

/**
 * Strict: the name IS the domain's name (same sound key, at least 4 consonants): ミナトテック ↔
 * minatotech.co.jp. Strict because it may raise an alert (the 宛名 names a thread's organisation).
 */
export function nameIsDomain(name: string, domain: string): boolean {
  const nk = nameKey(name);
  return !!nk && nk.length >= 4 && soundKey(splitDomain(domain).name) === nk;
}
