/** 法人番号: 13 digits, leading check digit per 財務省令第70号; only where the text calls it so. */
import { isValidCorporateNumber } from "./checksums";
import type { ScanDoc } from "./context";
import { NA, freeBefore, candidate, eachDigitMatch, type Detector } from "./detector-kit";
import type { Candidate } from "./types";

const RE = new RegExp(`\\d(?:-?\\d{4}){3}${NA}`, "g");

export const corporateNumberDetector: Detector = {
  type: "corporate_number",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    eachDigitMatch(RE, doc, (m) => {
      const digits = m[0].replace(/-/g, "");
      if (!isValidCorporateNumber(digits)) return;
      const label = doc.labelBefore(m.index);
      if (!label || label.category !== "corporate_number") return;
      out.push(candidate("corporate_number", m.index, m.index + m[0].length, 0.95));
    }, freeBefore);
    return out;
  },
};
