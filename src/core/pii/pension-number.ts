/** 基礎年金番号: 4 + 6 digits the text calls a pension number. */
import type { ScanDoc } from "./context";
import { NA, freeBefore, candidate, eachDigitMatch, type Detector } from "./detector-kit";
import { listHeading } from "./list-head";
import type { Candidate } from "./types";

const RE = new RegExp(`\\d{4}[- ]?\\d{6}${NA}`, "g");

const PENSION_WORD = /基礎年金番号|年金番号|pension number/i;

/** Named in the line or two above it, or above the list it is an item of. */
function namedAbove(doc: ScanDoc, pos: number): boolean {
  return PENSION_WORD.test(listHeading(doc, pos));
}

export const pensionNumberDetector: Detector = {
  type: "pension_number",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    eachDigitMatch(RE, doc, (m) => {
      const label = doc.labelBefore(m.index, 50);
      // "基礎年金番号に誤りがありました。" / "正しくは 1234-567890 です": the 4-6 form with its hyphen, under a
      // line (two at most) that names the pension number, and nothing on its own line calling it else.
      if (!label && m[0].charCodeAt(4) === 45 && namedAbove(doc, m.index)) {
        out.push(candidate("pension_number", m.index, m.index + m[0].length, 0.9));
        return;
      }
      if (!label || label.category !== "pension_number") return;
      out.push(candidate("pension_number", m.index, m.index + m[0].length, 0.95));
    }, freeBefore);
    return out;
  },
};
