/**
 * A first-character prefilter for big alternations of words (labels, prefectures). V8 tries
 * every alternative at every position of the text; a table of the characters a match can
 * start with lets a plain loop skip the positions where none can, and the sticky regex is
 * tried only where one might. The first match found this way is the one the global regex
 * finds: the positions skipped are exactly those where no alternative can start.
 */

/** Table of the characters that can start one of `words`, ASCII letters in both cases (for the "i" flag). */
export function firstCharTable(words: readonly string[]): Uint8Array {
  const table = new Uint8Array(65536);
  for (const w of words) {
    const c = w.charCodeAt(0);
    table[c] = 1;
    if (c >= 65 && c <= 90) table[c + 32] = 1;
    else if (c >= 97 && c <= 122) table[c - 32] = 1;
  }
  return table;
}

/**
 * The first match of `sticky` (a regex with the "y" flag, every alternative starting with a
 * character in `table`) at or after `from`, as the same pattern with the "g" flag would find it.
 */
export function execFrom(sticky: RegExp, table: Uint8Array, text: string, from: number): RegExpExecArray | null {
  const n = text.length;
  for (let i = from; i < n; i++) {
    if (table[text.charCodeAt(i)] === 0) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m !== null) return m;
  }
  return null;
}
