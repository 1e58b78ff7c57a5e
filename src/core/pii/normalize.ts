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
  digitBreaks: number[];
  /**
   * The same breaks in this text: [start, length] pairs of what joining removes ("\r\n" and
   * indent); a negative length when joining puts one space in its place (spaced groups).
   */
  breakSpans: number[];
}

export interface NormalizeOptions {
  /** Remove a line break (and the spaces around it) that splits a digit sequence. */
  joinDigitBreaks?: boolean;
}

// Characters that may change. Tab and plain ASCII never do.
const SPECIAL =
  /[\n\u00a0-\u00ff\u2000-\u206f\u2150-\u218f\u2212\u2460-\u24ff\u2f00-\u2fdf\u3000\u30fc\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe6f\uff01-\uffef]/g;

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

export function normalize(original: string, options: NormalizeOptions = {}): Normalized {
  const join = options.joinDigitBreaks === true;
  const parts: string[] = [];
  const map = new SegmentMap();
  const digitBreaks: number[] = [];
  const breakSpans: number[] = [];
  let nLen = 0;
  let copyFrom = 0; // original offset of the pending unchanged slice
  let lastNormChar = -1; // code of the last char emitted
  const len = original.length;

  const flush = (to: number): void => {
    if (to > copyFrom) {
      parts.push(original.slice(copyFrom, to));
      nLen += to - copyFrom;
      lastNormChar = original.charCodeAt(to - 1);
    }
  };
  /** Replace original[i, i+ol) by r. */
  const emit = (i: number, ol: number, r: string): void => {
    flush(i);
    if (r.length === ol) {
      parts.push(r);
      nLen += ol;
    } else if (r.length === 0) {
      map.linear(nLen, i + ol);
    } else {
      map.block(nLen, i, r.length, ol);
      parts.push(r);
      nLen += r.length;
      map.linear(nLen, i + ol);
    }
    if (r.length > 0) lastNormChar = r.charCodeAt(r.length - 1);
    copyFrom = i + ol;
  };

  SPECIAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPECIAL.exec(original)) !== null) {
    const i = m.index;
    if (i < copyFrom) {
      SPECIAL.lastIndex = copyFrom;
      continue;
    }
    const c = original.charCodeAt(i);
    const prevNorm = i > copyFrom ? original.charCodeAt(i - 1) : lastNormChar;
    if (c === 10) {
      // A line break inside a digit run: "090-1234-\n5678", "1234\n5678".
      let prev = prevNorm;
      if (prev === 13) prev = i - 1 > copyFrom ? original.charCodeAt(i - 2) : lastNormChar;
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
          emit(s, k - s, spaced ? " " : "");
          SPECIAL.lastIndex = k;
        } else {
          // "\r", "\n", " " and U+3000 (→ " ") keep their length, so the span is as long here.
          breakSpans.push(nLen + (s - copyFrom), spaced ? s - k : k - s);
        }
      }
      continue;
    }
    if (c === 0x30fc) {
      // Katakana prolonged sound mark: a dash only between digits ("03ー1234ー5678").
      const next = i + 1 < len ? original.charCodeAt(i + 1) : 0;
      if ((prevNorm >= 48 && prevNorm <= 57) || isDigitCode(next)) emit(i, 1, "-");
      continue;
    }
    if (HYPHENS.has(c)) {
      emit(i, 1, "-");
      continue;
    }
    if (SPACES.has(c)) {
      emit(i, 1, " ");
      continue;
    }
    if (ZERO_WIDTH.has(c)) {
      emit(i, 1, "");
      continue;
    }
    if (c >= 0xff01 && c <= 0xff5e) {
      emit(i, 1, String.fromCharCode(c - 0xfee0));
      continue;
    }
    if (isHalfWidthKana(c) && i + 1 < len) {
      const next = original.charCodeAt(i + 1);
      if (next === 0xff9e || next === 0xff9f) {
        // Voiced mark after a half-width kana: compose both ("ｶﾞ" → "ガ").
        emit(i, 2, original.slice(i, i + 2).normalize("NFKC"));
        continue;
      }
    }
    const r = nfkcChar(c);
    if (r.length === 1 && r.charCodeAt(0) === c) continue;
    emit(i, 1, r);
  }
  flush(len);
  const text = parts.length === 1 ? parts[0] : parts.join("");
  return {
    original,
    text,
    toOriginalStart: (i) => map.start(i),
    toOriginalEnd: (j) => map.end(j),
    digitBreaks,
    breakSpans,
  };
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
  const parts: string[] = [];
  const at = new Array<number>(count); // joined offset of the character after removal k
  const removed = new Array<number>(count); // characters removed up to and including removal k
  // A spaced break keeps its first character as the space: joined offset → plain span end.
  const spaceEnd = new Map<number, number>();
  let from = 0;
  let total = 0;
  for (let k = 0; k < count; k++) {
    let start = spans[2 * k];
    let len = spans[2 * k + 1];
    parts.push(norm.text.slice(from, start));
    if (len < 0) {
      len = -len;
      parts.push(" ");
      spaceEnd.set(start - total, start + len);
      start++;
      len--;
    }
    at[k] = start - total;
    total += len;
    removed[k] = total;
    from = start + len;
  }
  parts.push(norm.text.slice(from));
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
    text: parts.join(""),
    toOriginalStart: (i) => norm.toOriginalStart(toPlain(i)),
    toOriginalEnd: (j) => {
      if (j <= 0) return 0;
      const spanEnd = spaceEnd.get(j - 1);
      return norm.toOriginalEnd(spanEnd !== undefined ? spanEnd : toPlain(j - 1) + 1);
    },
    digitBreaks: norm.digitBreaks,
    breakSpans: [],
  };
}
