/**
 * Birth dates: a full date (with its year) that the text calls a birth date — 生年月日, 誕生日,
 * DOB, born… — or that is followed by 生/生まれ or an age. Western, 和暦 long and short forms
 * (昭和60年1月1日, S60.1.1, H3/7/15, 平成元年…) and English forms. Other dates (納期, 会議日,
 * 有効期限, 創業) and birthdays without a year are not.
 */
import type { ScanDoc } from "./context";
import { candidate, eachDigitMatch, type Detector } from "./detector-kit";
import type { Candidate } from "./types";

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
const MONTH_INDEX: Record<string, number> = {};
MONTHS.split("|").forEach((name) => {
  const k = name.slice(0, 3);
  MONTH_INDEX[name] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(k) + 1;
});

const ERA_START: Record<string, number> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019, M: 1868, T: 1912, S: 1926, H: 1989, R: 2019 };
const ERA_YEARS: Record<string, number> = { 明治: 45, 大正: 15, 昭和: 64, 平成: 31, 令和: 99, M: 45, T: 15, S: 64, H: 31, R: 99 };

// Each alternative is bounded. Groups are numbered (named groups and lookbehinds are not
// ES2016 syntax, and the launchevent bundle must parse on classic Outlook before 2403); the
// left boundary each alternative needs is checked in code by `startsFree`.
const DATE = new RegExp(
  [
    // 1985年4月1日, 1985/04/01, 1985-4-1, 1985.4.1 — groups 1–6
    // (1987年（昭和62年）9月9日: the era year in brackets after the Western one)
    `((?:19|20)\\d{2}) ?(?:年 ?(?:\\((?:明治|大正|昭和|平成|令和) ?(?:元|\\d{1,2}) ?年?\\) ?)?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日|([/.-])(\\d{1,2})\\4(\\d{1,2})(?![0-9]))`,
    // 昭和60年1月1日, 平成元年5月1日, 昭和60年(1985年)1月1日 — groups 7–10
    `(明治|大正|昭和|平成|令和) ?(元|\\d{1,2}) ?年 ?(?:\\((?:19|20)\\d{2}年?\\) ?)?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日`,
    // S60.1.1, H3/7/15, R1-5-1, S60年1月1日 — groups 11–17
    `([MTSHR]) ?(元|\\d{1,2})(?:([/.-])(\\d{1,2})\\13(\\d{1,2})(?![0-9])|年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日)`,
    // April 1, 1985 / Apr. 1st 1985 — groups 18–20
    `(${MONTHS})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\\d{2})(?![0-9])`,
    // 1 April 1985 — groups 21–23
    `(\\d{1,2})(?:st|nd|rd|th)? (${MONTHS})\\.?,? ((?:19|20)\\d{2})(?![0-9])`,
    // 04/01/1985 (month first, or day first when the first number is over 12) — groups 24–27
    `(\\d{1,2})([/.-])(\\d{1,2})\\25((?:19|20)\\d{2})(?![0-9])`,
  ].join("|"),
  "gi",
);
/** Group numbers in DATE. */
const G = {
  wy: 1, wm1: 2, wd1: 3, wm2: 5, wd2: 6,
  era: 7, ey: 8, em: 9, ed: 10,
  se: 11, sy: 12, sm: 14, sd: 15, sm2: 16, sd2: 17,
  en1m: 18, en1d: 19, en1y: 20,
  en2d: 21, en2m: 22, en2y: 23,
  n1: 24, n2: 26, ny: 27,
} as const;

/** The left boundary of the alternative that matched (what a lookbehind at its head would check). */
function startsFree(text: string, i: number, m: RegExpExecArray): boolean {
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  const digit = p >= 48 && p <= 57;
  const letter = (p >= 65 && p <= 90) || (p >= 97 && p <= 122);
  if (m[G.wy] !== undefined || m[G.en2d] !== undefined) return !digit;
  if (m[G.se] !== undefined) return !digit && !letter;
  if (m[G.en1m] !== undefined) return !letter;
  if (m[G.n1] !== undefined) return !digit && p !== 47 && p !== 46 && p !== 45;
  return true;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dim = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= dim && y >= 1900 && y <= 2100;
}

function eraYear(era: string, y: string): number | null {
  const key = era.length === 1 ? era.toUpperCase() : era;
  const n = y === "元" ? 1 : Number(y);
  if (!(key in ERA_START) || n < 1 || n > ERA_YEARS[key]) return null;
  return ERA_START[key] + n - 1;
}

function dateOf(m: RegExpExecArray): boolean {
  const n = (k: keyof typeof G): number => Number(m[G[k]]);
  if (m[G.wy]) return validDate(n("wy"), Number(m[G.wm1] ?? m[G.wm2]), Number(m[G.wd1] ?? m[G.wd2]));
  if (m[G.era] && m[G.ey]) {
    const y = eraYear(m[G.era], m[G.ey]);
    return y !== null && validDate(y, n("em"), n("ed"));
  }
  if (m[G.se] && m[G.sy]) {
    const y = eraYear(m[G.se], m[G.sy]);
    return y !== null && validDate(y, Number(m[G.sm] ?? m[G.sm2]), Number(m[G.sd] ?? m[G.sd2]));
  }
  if (m[G.en1m]) return validDate(n("en1y"), MONTH_INDEX[m[G.en1m].toLowerCase()], n("en1d"));
  if (m[G.en2m]) return validDate(n("en2y"), MONTH_INDEX[m[G.en2m].toLowerCase()], n("en2d"));
  if (m[G.n1]) {
    const a = n("n1");
    const b = n("n2");
    const y = n("ny");
    return validDate(y, a, b) || validDate(y, b, a);
  }
  return false;
}

const AFTER_BIRTH = /^\s*(?:生まれ|生(?![\u4e00-\u9fff])|[(（]\s*\d{1,3}\s*(?:歳|才)\s*[)）]|\s*\d{1,3}\s*(?:歳|才))/;

/**
 * Prose ("my date of birth is recorded wrongly: it shows 1990/01/08 but should be …"): a birth
 * keyword (生年月日, date of birth…) earlier on the same line, with no nearer label (締切, deadline…) and no field separator
 * between — a "生年月日：" field governs only the value right after it.
 */
/** Keywords that only ever mean a birth date ("born" also starts titles: "Born to Run"). */
const STRONG_BIRTH = /生年月日|誕生日|birth|dob|d\.o\.b/i;

function byProse(doc: ScanDoc, start: number): boolean {
  const hit = doc.labelBefore(start, 120);
  if (!hit || hit.category !== "birth_date" || !STRONG_BIRTH.test(hit.word)) return false;
  return !/[:：\t|]/.test(doc.text.slice(start - hit.distance, start));
}

/** A short field that states a value being corrected: 誤/正, 登録されているもの, "On file", "Correct". */
const CORRECTION_FIELD = /^\s*[-・*]?\s*(?:誤|正|旧|新|訂正前|訂正後|修正前|修正後|変更前|変更後|現在|登録|正しい|間違|wrong|incorrect|correct|right|on file|on record|currently|should be|old|new|before|after)[^:：\n]{0,14}[:：]\s*$/i;
/**
 * "会員情報の生年月日に誤りがあります。" / "誤：1987年2月9日" / "正：1987年9月2日": correction fields
 * on the lines right under a sentence about the birth date (two lines up at most) are birth dates.
 */
function correctedBelow(doc: ScanDoc, start: number): boolean {
  const line = doc.lineIndex(start);
  const ls = doc.lineStart(line);
  if (line === 0 || !CORRECTION_FIELD.test(doc.text.slice(ls, start))) return false;
  const above = doc.text.slice(Math.max(doc.lineStart(Math.max(0, line - 2)), ls - 160), ls);
  return STRONG_BIRTH.test(above);
}
/** "昭和30年7月8日 (8 July 1955)": a date in brackets right after a birth date restates it. */
function restates(doc: ScanDoc, found: Candidate[], start: number): boolean {
  const last = found[found.length - 1];
  return last !== undefined && start - last.end <= 3 && /^\s?[(（]\s?$/.test(doc.text.slice(last.end, start));
}

/** An animal named earlier on the line (rule 30: a pet's date of birth is not a person's). */
const ANIMAL = /ペット|愛犬|愛猫|飼い?[犬猫]|[犬猫](?:の|ちゃん)|\b(?:pet|cat|dog|kitten|puppy|rabbit|horse)s?\b/i;
/** The date right after a death word ("死亡日 …", "date of death …"): not the date of birth before it. */
const DEATH_BEFORE = /(?:死亡|逝去|死去|命日)(?:日|年月日)?\s*[:：]?\s*$|(?:date of death|died(?: on)?|deceased on)\s*[:：]?\s*$/i;

function notAPersonsBirth(doc: ScanDoc, start: number): boolean {
  const ls = doc.lineStart(doc.lineIndex(start));
  if (DEATH_BEFORE.test(doc.text.slice(Math.max(ls, start - 16), start))) return true;
  return ANIMAL.test(doc.text.slice(Math.max(ls, start - 160), start));
}

export const birthDateDetector: Detector = {
  type: "birth_date",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    eachDigitMatch(DATE, doc, (m) => {
      if (!dateOf(m)) return;
      const start = m.index;
      const end = m.index + m[0].length;
      const label = doc.labelBefore(start, 30);
      const byLabel = label !== null && label.category === "birth_date";
      const bySuffix = AFTER_BIRTH.test(doc.text.slice(end, end + 10));
      if (!byLabel && !bySuffix && !byProse(doc, start) && !restates(doc, out, start) && !(label === null && correctedBelow(doc, start))) return;
      if (notAPersonsBirth(doc, start)) return;
      out.push(candidate("birth_date", start, end, 0.9));
    }, startsFree);
    return out;
  },
};
