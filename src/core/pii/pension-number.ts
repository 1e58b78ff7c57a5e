/** 基礎年金番号: 4 + 6 digits the text calls a pension number. */
import type { ScanDoc } from "./context";
import { NA, freeBefore, candidate, eachDigitMatch, type Detector } from "./detector-kit";
import type { Candidate } from "./types";

const RE = new RegExp(`\\d{4}[- ]?\\d{6}${NA}`, "g");

const PENSION_WORD = /基礎年金番号|年金番号|pension number/i;

/** A list item: a bullet or a number, then the value ("・…", "- …", "2. …"). */
const LIST_ITEM = /^\s*(?:[・*•●○◆■□>-]|\d{1,2}[.)）])\s*\d/;

function namedAbove(doc: ScanDoc, pos: number): boolean {
  let line = doc.lineIndex(pos);
  if (line === 0) return false;
  // Up over the items above it in the same list (at most 20): the sentence over the list names them all.
  if (LIST_ITEM.test(doc.lineText(line).slice(0, 12))) {
    let k = 0;
    while (k < 20 && line > 1 && LIST_ITEM.test(doc.lineText(line - 1).slice(0, 12))) {
      line--;
      k++;
    }
    pos = doc.lineStart(line);
  }
  const from = Math.max(doc.lineStart(Math.max(0, line - 2)), pos - 160);
  return PENSION_WORD.test(doc.text.slice(from, doc.lineStart(line)));
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
