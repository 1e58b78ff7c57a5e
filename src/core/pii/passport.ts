/** Passport numbers: two letters and seven digits (Japanese passports), with a passport label. */
import type { ScanDoc } from "./context";
import { candidate, eachDigitMatch, notAfterAlnum, type Detector } from "./detector-kit";
import { listHeading } from "./list-head";
import type { Candidate } from "./types";

const RE = /[A-Z]{2} ?\d{7}(?![A-Za-z0-9])/g;
const PASSPORT_WORD = /パスポート|旅券|passport/i;

export const passportDetector: Detector = {
  type: "passport",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    eachDigitMatch(RE, doc, (m) => {
      const label = doc.labelBefore(m.index, 50);
      // No label on its line: a list item under a sentence about passports ("Passport details:" / "- Ken: TS…").
      if (label ? label.category !== "passport" : !PASSPORT_WORD.test(listHeading(doc, m.index))) return;
      out.push(candidate("passport", m.index, m.index + m[0].length, 0.95));
    }, notAfterAlnum);
    return out;
  },
};
