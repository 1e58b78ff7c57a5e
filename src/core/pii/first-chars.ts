/**
 * A prefilter for big alternations of words (labels, prefectures). V8 tries every alternative
 * at every position of the text; a table of the first two characters a match can start with
 * lets a plain loop skip the positions where none can, and the sticky regex is tried only
 * where one might. The first match found this way is the one the global regex finds: the
 * positions skipped are exactly positions where no alternative can start.
 *
 * Case: the words are matched with the "i" flag, which (without "u") folds only ASCII letters
 * for these words (kana and kanji have no case), so the tables fold ASCII letters only.
 */

export interface WordStarts {
  /** Per first character: 0 no word starts with it, 1 check the pair, 2 always try. */
  first: Uint8Array;
  /** Hashed set of (first, second) character pairs; a collision only costs a needless try. */
  pairs: Uint8Array;
  /** The first characters as a class: a native jump over long stretches (digits, say) none can start. */
  jump: RegExp;
}

function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function pairSlot(c1: number, c2: number): number {
  return (fold(c1) * 31 + fold(c2)) & 0xffff;
}

/**
 * Tables of how `words` can start. A word whose second character is a space (which the label
 * pattern lets be "_", "-" or nothing) or that has one character is always tried.
 */
export function wordStarts(words: readonly string[]): WordStarts {
  const first = new Uint8Array(65536);
  const pairs = new Uint8Array(65536);
  const mark = (c: number, v: number): void => {
    if (first[c] < v) first[c] = v;
    if (c >= 65 && c <= 90 && first[c + 32] < v) first[c + 32] = v;
    else if (c >= 97 && c <= 122 && first[c - 32] < v) first[c - 32] = v;
  };
  for (const w of words) {
    const c1 = w.charCodeAt(0);
    if (w.length < 2 || w.charCodeAt(1) === 32) {
      mark(c1, 2);
      continue;
    }
    mark(c1, 1);
    pairs[pairSlot(c1, w.charCodeAt(1))] = 1;
  }
  const cls: string[] = [];
  for (let c = 0; c < 65536; c++) if (first[c] !== 0) cls.push(`\\u${c.toString(16).padStart(4, "0")}`);
  return { first, pairs, jump: new RegExp(`[${cls.join("")}]`, "g") };
}

/** Below this many characters the plain loop is cheaper than a regex call. */
const JUMP_OVER = 24;

/**
 * The first match of `sticky` (a regex with the "y" flag, every alternative starting with one
 * of the words `starts` was built from) at or after `from`, as the same pattern with the "g"
 * flag would find it.
 */
export function execFrom(sticky: RegExp, starts: WordStarts, text: string, from: number): RegExpExecArray | null {
  const { first, pairs, jump } = starts;
  const n = text.length;
  let i = from;
  if (n - from > JUMP_OVER) {
    jump.lastIndex = from;
    if (!jump.test(text)) return null;
    i = jump.lastIndex - 1;
  }
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = first[c];
    if (f === 0) continue;
    if (f === 1 && (i + 1 >= n || pairs[pairSlot(c, text.charCodeAt(i + 1))] === 0)) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m !== null) return m;
  }
  return null;
}
