/**
 * Cutting a big text into windows the scanner reads one at a time, with the same findings as one
 * reading of the whole. A window of a few tens of thousands of characters keeps every string and
 * table of the scan small (V8 puts strings over 128 KB in a separate space, and a fresh megabyte
 * costs more to allocate than to scan); a 4 MB text scanned whole spent a quarter of its time so.
 *
 * A cut is made only at a reset line: the start of a line after an empty line, with no line in the
 * 20 before that could be a separator. There nothing of the text above carries over:
 *  - no value, label match or overlap cluster spans an empty line (none contains "\n\n");
 *  - the exclusion walk starts a new block there (an empty line ends every block except a
 *    signature opened by a separator line, and no separator is near enough to have opened one);
 *  - a table ends there (an empty line has no delimiter), so a column header is never above it.
 * Findings are kept from the window's own part [cut, next cut). The window starts at an earlier reset
 * line at least LEFT characters before (every look-behind of a detector is shorter: a My Number
 * list label is read 200 back) and ends RIGHT characters after the next cut (every look-ahead is
 * shorter: a company name on the next line is read 80 on), at a line end.
 */

/** Texts up to this size are scanned whole. */
export const WHOLE_UP_TO = 65536;
const CHUNK = 32768;
const LEFT = 400;
const LEFT_MAX = 4000;
const RIGHT = 1000;

export interface Window {
  /** The window, in original offsets. */
  from: number;
  to: number;
  /** The part whose findings are kept (by start). */
  keepFrom: number;
  keepTo: number;
}

function isSafeLead(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0x3041 && c <= 0x30fa) || // kana (not ・ or ー)
    (c >= 0x4e00 && c <= 0x9fff) // kanji
  );
}

/** Could the line starting at `s` (ending at `e`) be a separator once normalised? Errs towards yes. */
function maybeSeparator(text: string, s: number, e: number): boolean {
  for (let i = s; i < e && i < s + 40; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 0x3000 || c === 0xa0 || c === 62 || c === 0xff1e) continue;
    return !isSafeLead(c);
  }
  // only spaces and ">": blank (not a separator) unless the line is longer than was read
  return e - s > 40;
}

/** Is `p` a reset line: a line start after an empty line ("\n\n" or "\n\r\n"), no separator in the 20 lines above? */
function isReset(text: string, p: number): boolean {
  if (p < 2 || text.charCodeAt(p - 1) !== 10) return false;
  let blank = p - 2; // the empty line's first character
  if (text.charCodeAt(blank) === 13) blank--;
  if (blank < 0 || text.charCodeAt(blank) !== 10) return false;
  // lines above the empty one: `blank` is the "\n" that ends the line above
  let e = blank;
  for (let k = 0; k < 20 && e > 0; k++) {
    const s = text.lastIndexOf("\n", e - 1) + 1;
    if (maybeSeparator(text, s, e)) return false;
    e = s - 1;
  }
  return true;
}

/** The latest reset line in [lo, hi], or -1. */
function resetAtOrBefore(text: string, lo: number, hi: number): number {
  let q = text.lastIndexOf("\n\n", hi - 2);
  while (q !== -1 && q + 2 >= lo) {
    if (isReset(text, q + 2)) return q + 2;
    q = text.lastIndexOf("\n\n", q - 1);
  }
  return -1;
}

/** Windows covering `text` (one window, the whole text, when it is small or has no reset lines). */
export function windowsOf(text: string): Window[] {
  const n = text.length;
  if (n <= WHOLE_UP_TO) return [{ from: 0, to: n, keepFrom: 0, keepTo: n }];
  // cuts: [start of kept part, start of its window]
  const cuts: Array<[number, number]> = [[0, 0]];
  let target = CHUNK;
  while (target < n - CHUNK) {
    const q = text.indexOf("\n\n", target - 2);
    if (q === -1) break;
    const p = q + 2;
    target = p + 1;
    if (!isReset(text, p)) continue;
    const w = resetAtOrBefore(text, Math.max(cuts[cuts.length - 1][0], p - LEFT_MAX), p - LEFT);
    if (w < 0) continue;
    cuts.push([p, w]);
    target = p + CHUNK;
  }
  const out: Window[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const [keepFrom, from] = cuts[k];
    const keepTo = k + 1 < cuts.length ? cuts[k + 1][0] : n;
    let to = n;
    if (keepTo < n) {
      const nl = text.indexOf("\n", Math.min(n, keepTo + RIGHT));
      to = nl === -1 ? n : nl;
    }
    out.push({ from, to, keepFrom, keepTo });
  }
  return out;
}
