/**
 * Birth dates: a full date (with its year) that the text calls a birth date — 生年月日, 誕生日,
 * DOB, born… — or that is followed by 生/生まれ or an age. Western, 和暦 long and short forms
 * (昭和60年1月1日, S60.1.1, H3/7/15, 平成元年…) and English forms. Other dates (納期, 会議日,
 * 有効期限, 創業) and birthdays without a year are not.
 */
import type { ScanDoc } from "./context";
import { candidate, eachMatch, type Detector } from "./detector-kit";
import type { Candidate } from "./types";

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
const MONTH_INDEX: Record<string, number> = {};
MONTHS.split("|").forEach((name) => {
  const k = name.slice(0, 3);
  MONTH_INDEX[name] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(k) + 1;
});

const ERA_START: Record<string, number> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019, M: 1868, T: 1912, S: 1926, H: 1989, R: 2019 };
const ERA_YEARS: Record<string, number> = { 明治: 45, 大正: 15, 昭和: 64, 平成: 31, 令和: 99, M: 45, T: 15, S: 64, H: 31, R: 99 };

// Each alternative is bounded; groups are read by name.
const DATE = new RegExp(
  [
    // 1985年4月1日, 1985/04/01, 1985-4-1, 1985.4.1
    `(?<![0-9])(?<wy>(?:19|20)\\d{2}) ?(?:年 ?(?<wm1>\\d{1,2}) ?月 ?(?<wd1>\\d{1,2}) ?日|(?<ws>[/.-])(?<wm2>\\d{1,2})\\k<ws>(?<wd2>\\d{1,2})(?![0-9]))`,
    // 昭和60年1月1日, 平成元年5月1日, 昭和60年(1985年)1月1日
    `(?<era>明治|大正|昭和|平成|令和) ?(?<ey>元|\\d{1,2}) ?年 ?(?:\\((?:19|20)\\d{2}年?\\) ?)?(?<em>\\d{1,2}) ?月 ?(?<ed>\\d{1,2}) ?日`,
    // S60.1.1, H3/7/15, R1-5-1, S60年1月1日
    `(?<![A-Za-z0-9])(?<se>[MTSHR]) ?(?<sy>元|\\d{1,2})(?:(?<ss>[/.-])(?<sm>\\d{1,2})\\k<ss>(?<sd>\\d{1,2})(?![0-9])|年 ?(?<sm2>\\d{1,2}) ?月 ?(?<sd2>\\d{1,2}) ?日)`,
    // April 1, 1985 / Apr. 1st 1985
    `(?<![A-Za-z])(?<en1m>${MONTHS})\\.? (?<en1d>\\d{1,2})(?:st|nd|rd|th)?,? (?<en1y>(?:19|20)\\d{2})(?![0-9])`,
    // 1 April 1985
    `(?<![0-9])(?<en2d>\\d{1,2})(?:st|nd|rd|th)? (?<en2m>${MONTHS})\\.?,? (?<en2y>(?:19|20)\\d{2})(?![0-9])`,
    // 04/01/1985 (month first, or day first when the first number is over 12)
    `(?<![0-9/.-])(?<n1>\\d{1,2})(?<ns>[/.-])(?<n2>\\d{1,2})\\k<ns>(?<ny>(?:19|20)\\d{2})(?![0-9])`,
  ].join("|"),
  "gi",
);

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

function dateOf(g: Record<string, string | undefined>): boolean {
  if (g.wy) {
    const m = Number(g.wm1 ?? g.wm2);
    const d = Number(g.wd1 ?? g.wd2);
    return validDate(Number(g.wy), m, d);
  }
  if (g.era && g.ey) {
    const y = eraYear(g.era, g.ey);
    return y !== null && validDate(y, Number(g.em), Number(g.ed));
  }
  if (g.se && g.sy) {
    const y = eraYear(g.se, g.sy);
    return y !== null && validDate(y, Number(g.sm ?? g.sm2), Number(g.sd ?? g.sd2));
  }
  if (g.en1m) return validDate(Number(g.en1y), MONTH_INDEX[g.en1m.toLowerCase()], Number(g.en1d));
  if (g.en2m) return validDate(Number(g.en2y), MONTH_INDEX[g.en2m.toLowerCase()], Number(g.en2d));
  if (g.n1) {
    const a = Number(g.n1);
    const b = Number(g.n2);
    const y = Number(g.ny);
    return validDate(y, a, b) || validDate(y, b, a);
  }
  return false;
}

const AFTER_BIRTH = /^\s*(?:生まれ|生|[(（]\s*\d{1,3}\s*(?:歳|才)\s*[)）]|\s*\d{1,3}\s*(?:歳|才))/;

export const birthDateDetector: Detector = {
  type: "birth_date",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    eachMatch(DATE, doc.text, (m) => {
      if (!m.groups || !dateOf(m.groups)) return;
      const start = m.index;
      const end = m.index + m[0].length;
      const label = doc.labelBefore(start, 30);
      const byLabel = label !== null && label.category === "birth_date";
      const bySuffix = AFTER_BIRTH.test(doc.text.slice(end, end + 10));
      if (!byLabel && !bySuffix) return;
      out.push(candidate("birth_date", start, end, 0.9));
    });
    return out;
  },
};
