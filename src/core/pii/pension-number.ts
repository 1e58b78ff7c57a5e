/** 基礎年金番号: 4 + 6 digits the text calls a pension number. */
import type { ScanDoc } from "./context";
import { NA, freeBefore, candidate, eachDigitMatch, type Detector } from "./detector-kit";
import type { Candidate } from "./types";

const RE = new RegExp(`\\d{4}[- ]?\\d{6}${NA}`, "g");

export const pensionNumberDetector: Detector = {
  type: "pension_number",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    eachDigitMatch(RE, doc, (m) => {
      const label = doc.labelBefore(m.index, 50);
      if (!label || label.category !== "pension_number") return;
      out.push(candidate("pension_number", m.index, m.index + m[0].length, 0.95));
    }, freeBefore);
    return out;
  },
};
