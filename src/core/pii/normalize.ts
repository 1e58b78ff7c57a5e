/**
 * Normalise once, map back exactly. The detectors read a normalised copy of the text
 * (NFKC for compatibility characters, full-width ASCII → ASCII, every hyphen and dash → "-",
 * ideographic and no-break spaces → " ", and optionally digits split by a line break joined),
 * and every offset in that copy maps back to the original through a short list of segments.
 *
 * Linear: one pass with a regex that jumps to the next character needing work; ordinary
 * ASCII, kana and kanji are copied in slices.
 */

export interface Normalized {
  original: string;
  text: string;
  /** Original offset where normalised char `i` starts. */
  toOriginalStart(i: number): number;
  /** Original offset just after normalised char `j - 1` (i.e. the end of a span ending at j). */
  toOriginalEnd(j: number): number;
  /** Original offsets of line breaks that sit between two digits (candidates for joining). */
  digitBreaks: Int32Array;
  /**
   * The same breaks in this text: [start, length] pairs of what joining removes ("\r\n" and
   * indent); a negative length when joining puts one space in its place (spaced groups).
   */
  breakSpans: Int32Array;
}

export interface NormalizeOptions {
  /** Remove a line break (and the spaces around it) that splits a digit sequence. */
  joinDigitBreaks?: boolean;
}

// Characters that may change. Tab and plain ASCII never do. Line breaks ("\n") are found apart
// with indexOf: a mail has one on every line, and nearly none sits between digits.
const SPECIAL =
  /[\u00a0-\u00ff\u2000-\u206f\u2150-\u218f\u2212\u2460-\u24ff\u2f00-\u2fdf\u3000\u30fc\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe6f\uff01-\uffef]/g;

const HYPHENS = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d, 0xff70, 0x30fc, 0x2043]);
const SPACES = new Set([0x00a0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]);
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

const nfkcCache = new Map<number, string>();
function nfkcChar(code: number): string {
  let r = nfkcCache.get(code);
  if (r === undefined) {
    r = String.fromCharCode(code).normalize("NFKC");
    nfkcCache.set(code, r);
  }
  return r;
}

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 0x3000;
}

/**
 * A line wrap between space-separated digit groups ("4821 3067\n5918") is one of those spaces:
 * the joined reading puts a space back, so the groups keep their shape ("4821 3067 5918") and a
 * detector still checks that shape and the check digit. Glued digits ("1234\n5678") join bare.
 * Bounded: reads at most 8 digits each way.
 */
function spacedGroupsAround(s: string, before: number, after: number): boolean {
  let i = before;
  while (i >= 0 && before - i < 8 && isDigitCode(s.charCodeAt(i))) i--;
  if (i < before && i >= 1 && isSpaceCode(s.charCodeAt(i)) && isDigitCode(s.charCodeAt(i - 1))) return true;
  let j = after;
  while (j < s.length && j - after < 8 && isDigitCode(s.charCodeAt(j))) j++;
  return j > after && j + 1 < s.length && isSpaceCode(s.charCodeAt(j)) && isDigitCode(s.charCodeAt(j + 1));
}

function isHalfWidthKana(c: number): boolean {
  return c >= 0xff66 && c <= 0xff9d;
}

/** Segment list: from normalised offset n on, offsets map linearly (kind 0) or as one block (kind 1). */
class SegmentMap {
  n: number[] = [0];
  o: number[] = [0];
  nl: number[] = [0];
  ol: number[] = [0];
  kind: number[] = [0];

  linear(n: number, o: number): void {
    const last = this.n.length - 1;
    if (this.n[last] === n) {
      this.o[last] = o;
      this.kind[last] = 0;
      return;
    }
    this.n.push(n);
    this.o.push(o);
    this.nl.push(0);
    this.ol.push(0);
    this.kind.push(0);
  }

  block(n: number, o: number, nl: number, ol: number): void {
    const last = this.n.length - 1;
    if (this.n[last] === n) {
      this.n.pop();
      this.o.pop();
      this.nl.pop();
      this.ol.pop();
      this.kind.pop();
    }
    this.n.push(n);
    this.o.push(o);
    this.nl.push(nl);
    this.ol.push(ol);
    this.kind.push(1);
  }

  find(i: number): number {
    let lo = 0;
    let hi = this.n.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.n[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  start(i: number): number {
    const k = this.find(i);
    return this.kind[k] === 0 ? this.o[k] + (i - this.n[k]) : this.o[k];
  }

  end(j: number): number {
    if (j <= 0) return 0;
    const k = this.find(j - 1);
    return this.kind[k] === 0 ? this.o[k] + (j - this.n[k]) : this.o[k] + this.ol[k];
  }
}

/** Is `c` in SPECIAL? (The next character is tested here before the regex is asked to search.) */
function isSpecialCode(c: number): boolean {
  if (c < 0xa0) return false;
  return (
    c <= 0xff ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x2150 && c <= 0x218f) ||
    c === 0x2212 ||
    (c >= 0x2460 && c <= 0x24ff) ||
    (c >= 0x2f00 && c <= 0x2fdf) ||
    c === 0x3000 ||
    c === 0x30fc ||
    (c >= 0x3200 && c <= 0x33ff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe6f) ||
    (c >= 0xff01 && c <= 0xffef)
  );
}

/**
 * The normalised text under construction. Its state lives in fields, not in variables shared
 * with closures (which V8 keeps in a heap context: every access in the hot loop was a memory
 * round trip). Runs of one-for-one replacements ("０９０－…") collect as character codes and
 * become one string, not one string each.
 */
class TextBuilder {
  readonly parts: string[] = [];
  readonly map = new SegmentMap();
  private codes: number[] = [];
  nLen = 0;
  /** Original offset of the pending unchanged slice. */
  copyFrom = 0;
  /** Code of the last char emitted. */
  lastNormChar = -1;

  constructor(private readonly original: string) {}

  private flushCodes(): void {
    if (this.codes.length > 0) {
      this.parts.push(String.fromCharCode.apply(null, this.codes));
      this.codes = [];
    }
  }

  flush(to: number): void {
    if (to > this.copyFrom) {
      this.flushCodes();
      this.parts.push(this.original.slice(this.copyFrom, to));
      this.nLen += to - this.copyFrom;
      this.lastNormChar = this.original.charCodeAt(to - 1);
    }
  }

  /** Replace original[i, i+ol) by r. */
  emit(i: number, ol: number, r: string): void {
    this.flush(i);
    const rl = r.length;
    if (rl === 1 && ol === 1) {
      this.codes.push(r.charCodeAt(0));
      if (this.codes.length >= 4096) this.flushCodes();
      this.nLen += 1;
    } else if (rl === ol) {
      this.flushCodes();
      this.parts.push(r);
      this.nLen += ol;
    } else if (rl === 0) {
      this.map.linear(this.nLen, i + ol);
    } else {
      this.flushCodes();
      this.map.block(this.nLen, i, rl, ol);
      this.parts.push(r);
      this.nLen += rl;
      this.map.linear(this.nLen, i + ol);
    }
    if (rl > 0) this.lastNormChar = r.charCodeAt(rl - 1);
    this.copyFrom = i + ol;
  }

  finish(len: number): string {
    this.flush(len);
    this.flushCodes();
    const parts = this.parts;
    return parts.length === 0 ? "" : parts.length === 1 ? parts[0] : parts.join("");
  }
}

function nextSpecial(original: string, from: number): number {
  if (from < original.length && isSpecialCode(original.charCodeAt(from))) return from;
  SPECIAL.lastIndex = from;
  return SPECIAL.test(original) ? SPECIAL.lastIndex - 1 : original.length;
}

function nextBreak(original: string, from: number): number {
  const k = original.indexOf("\n", from);
  return k === -1 ? original.length : k;
}

export function normalize(original: string, options: NormalizeOptions = {}): Normalized {
  const join = options.joinDigitBreaks === true;
  const out = new TextBuilder(original);
  const map = out.map;
  const digitBreaks = new IntList();
  const breakSpans = new IntList();
  const len = original.length;

  // Two streams of positions in order: characters that may change, and line breaks.
  let sp = nextSpecial(original, 0);
  let nl = nextBreak(original, 0);
  for (;;) {
    let i: number;
    if (nl < sp) {
      i = nl;
      nl = nextBreak(original, i + 1);
    } else if (sp < len) {
      i = sp;
      sp = nextSpecial(original, i + 1);
    } else break;
    const copyFrom = out.copyFrom;
    if (i < copyFrom) {
      // inside a span already replaced (a joined break, a composed kana pair)
      if (sp < copyFrom) sp = nextSpecial(original, copyFrom);
      if (nl < copyFrom) nl = nextBreak(original, copyFrom);
      continue;
    }
    const c = original.charCodeAt(i);
    const prevNorm = i > copyFrom ? original.charCodeAt(i - 1) : out.lastNormChar;
    if (c === 10) {
      // A line break inside a digit run: "090-1234-\n5678", "1234\n5678".
      let prev = prevNorm;
      if (prev === 13) prev = i - 1 > copyFrom ? original.charCodeAt(i - 2) : out.lastNormChar;
      const prevIsDigitish = (prev >= 48 && prev <= 57) || prev === 45;
      if (!prevIsDigitish) continue;
      let k = i + 1;
      while (k < len && (original.charCodeAt(k) === 32 || original.charCodeAt(k) === 0x3000) && k - i < 8) k++;
      if (k < len && isDigitCode(original.charCodeAt(k))) {
        digitBreaks.push(i);
        let s = i;
        if (s > copyFrom && original.charCodeAt(s - 1) === 13) s--;
        const spaced = prev !== 45 && spacedGroupsAround(original, s - 1, k);
        if (join) {
          out.emit(s, k - s, spaced ? " " : ""); // the streams skip what it replaced
        } else {
          // "\r", "\n", " " and U+3000 (→ " ") keep their length, so the span is as long here.
          breakSpans.push(out.nLen + (s - copyFrom));
          breakSpans.push(spaced ? s - k : k - s);
        }
      }
      continue;
    }
    if (c === 0x30fc) {
      // Katakana prolonged sound mark: a dash only between digits ("03ー1234ー5678").
      const next = i + 1 < len ? original.charCodeAt(i + 1) : 0;
      if ((prevNorm >= 48 && prevNorm <= 57) || isDigitCode(next)) out.emit(i, 1, "-");
      continue;
    }
    if (HYPHENS.has(c)) {
      out.emit(i, 1, "-");
      continue;
    }
    if (SPACES.has(c)) {
      out.emit(i, 1, " ");
      continue;
    }
    if (ZERO_WIDTH.has(c)) {
      out.emit(i, 1, "");
      continue;
    }
    if (c >= 0xff01 && c <= 0xff5e) {
      out.emit(i, 1, String.fromCharCode(c - 0xfee0));
      continue;
    }
    if (isHalfWidthKana(c) && i + 1 < len) {
      const next = original.charCodeAt(i + 1);
      if (next === 0xff9e || next === 0xff9f) {
        // Voiced mark after a half-width kana: compose both ("ｶﾞ" → "ガ").
        out.emit(i, 2, original.slice(i, i + 2).normalize("NFKC"));
        continue;
      }
    }
    const r = nfkcChar(c);
    if (r.length === 1 && r.charCodeAt(0) === c) continue;
    out.emit(i, 1, r);
  }
  const text = out.finish(len);
  return {
    original,
    text,
    toOriginalStart: (i) => map.start(i),
    toOriginalEnd: (j) => map.end(j),
    digitBreaks: digitBreaks.values(),
    breakSpans: breakSpans.values(),
  };
}

/** A list of integers in a typed array that doubles when full (no array grown one push at a time). */
class IntList {
  private buf = new Int32Array(16);
  private n = 0;

  push(v: number): void {
    if (this.n === this.buf.length) {
      const bigger = new Int32Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.n++] = v;
  }

  values(): Int32Array {
    return this.buf.subarray(0, this.n);
  }
}

/**
 * Builds a text from pieces of another and single spaces. Few long pieces are sliced and joined;
 * many short ones (a table of digits split by line breaks) are copied as character codes into
 * one buffer and turned into strings a block at a time.
 */
class PieceBuilder {
  private readonly parts: string[] = [];
  private readonly codes: Uint16Array | null;
  private n = 0;

  constructor(private readonly text: string, pieces: number) {
    this.codes = pieces > 64 && text.length / pieces < 64 ? new Uint16Array(text.length + pieces) : null;
  }

  copy(from: number, to: number): void {
    const codes = this.codes;
    if (codes === null) {
      this.parts.push(this.text.slice(from, to));
      return;
    }
    for (let i = from; i < to; i++) codes[this.n++] = this.text.charCodeAt(i);
  }

  space(): void {
    if (this.codes === null) this.parts.push(" ");
    else this.codes[this.n++] = 32;
  }

  finish(): string {
    const codes = this.codes;
    if (codes === null) return this.parts.join("");
    const blocks: string[] = [];
    for (let k = 0; k < this.n; k += 8192) {
      blocks.push(String.fromCharCode.apply(null, codes.subarray(k, Math.min(this.n, k + 8192)) as unknown as number[]));
    }
    return blocks.join("");
  }
}

/**
 * The joined reading (digits split by a line break put back together) derived from a plain
 * one: the same text and offsets as `normalize(original, { joinDigitBreaks: true })`, without
 * normalising everything a second time.
 */
export function joinDigitBreaks(norm: Normalized): Normalized {
  const spans = norm.breakSpans;
  const count = spans.length / 2;
  if (count === 0) return norm;
  const at = new Int32Array(count); // joined offset of the character after removal k
  const removed = new Int32Array(count); // characters removed up to and including removal k
  // A spaced break keeps its first character as the space: joined offset → plain span end.
  const spaceEnd = new Map<number, number>();
  const text = norm.text;
  const out = new PieceBuilder(text, count);
  let from = 0;
  let total = 0;
  for (let k = 0; k < count; k++) {
    let start = spans[2 * k];
    let len = spans[2 * k + 1];
    out.copy(from, start);
    if (len < 0) {
      len = -len;
      out.space();
      spaceEnd.set(start - total, start + len);
      start++;
      len--;
    }
    at[k] = start - total;
    total += len;
    removed[k] = total;
    from = start + len;
  }
  out.copy(from, text.length);
  /** Plain offset of joined char `j`. */
  const toPlain = (j: number): number => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] <= j) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? j : j + removed[lo - 1];
  };
  return {
    original: norm.original,
    text: out.finish(),
    toOriginalStart: (i) => norm.toOriginalStart(toPlain(i)),
    toOriginalEnd: (j) => {
      if (j <= 0) return 0;
      const spanEnd = spaceEnd.get(j - 1);
      return norm.toOriginalEnd(spanEnd !== undefined ? spanEnd : toPlain(j - 1) + 1);
    },
    digitBreaks: norm.digitBreaks,
    breakSpans: new Int32Array(0),
  };
}
