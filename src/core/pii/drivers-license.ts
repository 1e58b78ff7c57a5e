/** 運転免許証番号: 12 digits the text calls a driver's licence number. */
import type { ScanDoc } from "./context";
import { NA, freeBefore, spacedRunBounded, candidate, eachDigitMatch, type Detector } from "./detector-kit";
import type { Candidate } from "./types";

const RE = new RegExp(`\\d{4}([- ]?)\\d{4}\\1\\d{4}${NA}`, "g");

export const driversLicenseDetector: Detector = {
  type: "drivers_license",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    eachDigitMatch(RE, doc, (m) => {
      if (!spacedRunBounded(doc.text, m.index, m.index + m[0].length)) return;
      const label = doc.labelBefore(m.index, 50);
      if (!label || label.category !== "drivers_license") return;
      out.push(candidate("drivers_license", m.index, m.index + m[0].length, 0.95));
    }, freeBefore);
    return out;
  },
};
