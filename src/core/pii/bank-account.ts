/**
 * Bank accounts: a 7-digit account number the text puts beside 口座/普通/当座/account; ゆうちょ
 * 記号-番号 (5 digits - up to 8). An account in a company's name (カ）…, 株式会社…, お振込先 on an
 * invoice) is the organisation's.
 */
import type { ScanDoc } from "./context";
import { NA, freeBefore, candidate, eachDigitMatch, type Detector } from "./detector-kit";
import { companyAccountContext } from "./org-context";
import type { Candidate } from "./types";

const SEVEN = new RegExp(`\\d{7}${NA}`, "g");
const YUCHO = new RegExp(`1\\d{4}-\\d{6,8}${NA}|記号 ?[:：]? ?1\\d{4} ?(?:[、,・ ]|\\n)? ?番号 ?[:：]? ?(\\d{6,8})${NA}`, "g");
/** The bare "記号-番号" form must stand free on its left; the 記号…番号 form starts with a word. */
const yuchoStart = (text: string, i: number): boolean => text.charCodeAt(i) === 0x8a18 || freeBefore(text, i);
const YUCHO_WORD = /ゆうちょ|郵便貯金|記号|japan post|yucho|symbol/i;

export const bankAccountDetector: Detector = {
  type: "bank_account",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    eachDigitMatch(SEVEN, doc, (m) => {
      const start = m.index;
      const end = start + 7;
      const label = doc.labelBefore(start, 40);
      if (!label || label.category !== "bank_account") return;
      if (companyAccountContext(doc, start, end)) return;
      out.push(candidate("bank_account", start, end, 0.9));
    }, freeBefore);
    eachDigitMatch(YUCHO, doc, (m) => {
      let start = m.index;
      const end = m.index + m[0].length;
      if (m[1] !== undefined) start = end - m[1].length;
      const line = doc.lineIndex(m.index);
      const near = doc.text.slice(Math.max(doc.lineStart(line), m.index - 40), m.index + 10);
      // "Japan Post Bank" / "ゆうちょ銀行" may name the account on the line above the bare 記号-番号.
      const above = line > 0 && m[1] === undefined ? doc.text.slice(Math.max(doc.lineStart(line - 1), m.index - 160), doc.lineStart(line)) : "";
      if (!YUCHO_WORD.test(near) && !/ゆうちょ|郵便貯金|japan post|yucho/i.test(above) && !(doc.labelBefore(m.index)?.category === "bank_account")) return;
      if (/保険|insur/i.test(near)) return;
      if (companyAccountContext(doc, start, end)) return;
      out.push(candidate("bank_account", start, end, 0.9));
    }, yuchoStart);
    return out;
  },
};
