/** Small shared pieces of the detectors: digit boundaries, match loops, label decisions. */
import type { LabelHit } from "./context";
import type { Candidate, PersonalDataType } from "./types";
import type { ScanDoc } from "./context";

/**
 * The left boundary of a value is checked in code, not by a regex lookbehind: the launchevent
 * bundle must parse as ES2016 (classic Outlook before 2403), where `(?<!…)` is a syntax error.
 */

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** A digit or a mask character ("*", "●", "×"). */
function isDigitOrMask(c: number): boolean {
  return isDigit(c) || c === 42 || c === 0x25cf || c === 0xd7;
}
/** "-" or ".": a single separator a value may be glued through. */
function isJoiner(c: number): boolean {
  return c === 45 || c === 46;
}

/** May a value start at `i`? Not glued to a digit, letter or mask character, nor to one through a single separator. */
export function freeBefore(text: string, i: number): boolean {
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  if (isDigitOrMask(p) || isLetter(p)) return false;
  return !(isJoiner(p) && i >= 2 && isDigitOrMask(text.charCodeAt(i - 2)));
}

/** Same for a phone: letters may touch it ("TEL03-…"), a "+" may not. */
export function phoneFreeBefore(text: string, i: number): boolean {
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  if (isDigitOrMask(p) || p === 43) return false;
  return !(isJoiner(p) && i >= 2 && isDigitOrMask(text.charCodeAt(i - 2)));
}

/** Not right after a digit. */
export function notAfterDigit(text: string, i: number): boolean {
  return i === 0 || !isDigit(text.charCodeAt(i - 1));
}

/** Not right after a letter or digit. */
export function notAfterAlnum(text: string, i: number): boolean {
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  return !isDigit(p) && !isLetter(p);
}

/** Not right after a letter. */
export function notAfterLetter(text: string, i: number): boolean {
  return i === 0 || !isLetter(text.charCodeAt(i - 1));
}

/**
 * A value written in space-separated groups ("1234 5678 9012") must be the whole run: a digit
 * group glued on by one more space on either side ("1234 5678 9012 3456") makes a longer
 * number, and a longer run never yields a shorter match of another type.
 */
export function spacedRunBounded(text: string, start: number, end: number): boolean {
  if (text.slice(start, end).indexOf(" ") === -1) return true;
  // A neighbouring group continues the number unless it is part of a date or time ("12/26", "2026年").
  let i = start - 1;
  if (i >= 1 && text.charCodeAt(i) === 32) {
    let k = i;
    while (k > 0 && k > i - 8 && isDigit(text.charCodeAt(k - 1))) k--;
    if (i - k >= 2 && !(k > 0 && DATE_GLUE.indexOf(text[k - 1]) !== -1)) return false;
  }
  i = end;
  if (i < text.length && text.charCodeAt(i) === 32) {
    let k = i + 1;
    while (k < text.length && k < i + 9 && isDigit(text.charCodeAt(k))) k++;
    if (k - i - 1 >= 2 && !(k < text.length && DATE_GLUE.indexOf(text[k]) !== -1)) return false;
  }
  return true;
}
const DATE_GLUE = "/.:-年月日時";

/** Same on the right (a lookahead, which ES2016 has). */
export const NA = "(?![0-9A-Za-z*●×]|[-.][0-9*●×])";

export interface Detector {
  type: PersonalDataType;
  /** Candidates in normalised offsets. */
  detect(doc: ScanDoc): Candidate[];
}

/**
 * Run a global regex over `text`, calling `fn` for each match (zero-length safe). With
 * `startsAt`, a match whose start fails it is dropped and the search resumes one character
 * later — exactly what a lookbehind at the head of the pattern would do.
 */
export function eachMatch(
  re: RegExp,
  text: string,
  fn: (m: RegExpExecArray) => void,
  startsAt?: (text: string, i: number, m: RegExpExecArray) => boolean,
): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (startsAt && !startsAt(text, m.index, m)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(m);
  }
}

/** The label calls the value something else: another type, an organisation contact, or "other". */
export function calledElse(hit: LabelHit | null, type: PersonalDataType): boolean {
  return hit !== null && hit.category !== type;
}

/** The longest value a numeric detector matches, plus its lookahead, is well under this. */
const MAX_VALUE = 48;

/**
 * `eachMatch` over only the parts of the text near digits (`ScanDoc.digitRegions`). For
 * patterns whose every match has a digit within 32 characters of its start and is at most 40
 * characters long (every numeric detector's): they find exactly what a scan of the whole text
 * finds, in the same order, with offsets into the whole text.
 *
 * The regions are read in one pass over their joined copy (one regex call per match rather
 * than per region): a pattern must not match U+0000, the separator, nor use ^ or $. A match
 * starting after its region's last allowed offset ends that region, as it did per slice.
 */
export function eachDigitMatch(
  re: RegExp,
  doc: ScanDoc,
  fn: (m: RegExpExecArray) => void,
  startsAt?: (text: string, i: number, m: RegExpExecArray) => boolean,
): void {
  const text = doc.text;
  const joined = doc.joinedDigitRegions(MAX_VALUE);
  const { at, from, last } = joined;
  const count = at.length;
  let k = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(joined.text)) !== null) {
    const j = m.index;
    while (k + 1 < count && at[k + 1] <= j) k++;
    const rel = j - at[k];
    if (rel > last[k]) {
      // past this region: go on with the next one
      if (k + 1 >= count) break;
      re.lastIndex = at[k + 1];
      continue;
    }
    m.index = from[k] + rel;
    if (startsAt && !startsAt(text, m.index, m)) {
      re.lastIndex = j + 1;
      continue;
    }
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(m);
  }
}

export function candidate(type: PersonalDataType, start: number, end: number, score: number): Candidate {
  return { type, start, end, score };
}
