/** 運転免許証番号: 12 digits the text calls a driver's licence number. */
import type { ScanDoc } from "./context";
import { NA, freeBefore, spacedRunBounded, candidate, eachDigitMatch, type Detector } from "./detector-kit";
import type { Candidate } from "./types";

/** 4-4-4, or the fields' own 2-2-6-2 (commission, year first licensed, serial, check and reissue). */
const RE = new RegExp(`(?:\\d{4}([- ]?)\\d{4}\\1\\d{4}|\\d{2}([- ])\\d{2}\\2\\d{6}\\2\\d{2})${NA}`, "g");

/** "licence 1234…" / "license no. 1234…" right before the value. */
const BARE_LICENCE = /\blicen[cs]e(?: no\.?| number| #)?\s?[:：]?\s?$/i;
/** The mail is about driving: drivers, a rental car or van, a vehicle, 運転. */
const DRIVING = /\bdriv(?:er|ers|ing)\b|\b(?:cars?|vans?|trucks?|vehicles?|fleet)\b|運転|レンタカー|自動車|車両|社用車/i;

/**
 * A bare "licence" (which alone as often names a software licence) counts when the few hundred
 * characters before speak of drivers or vehicles: "the drivers and their licence numbers: …".
 */
function bareLicenceOfDriver(doc: ScanDoc, pos: number): boolean {
  const ls = doc.lineStart(doc.lineIndex(pos));
  if (!BARE_LICENCE.test(doc.text.slice(Math.max(ls, pos - 20), pos))) return false;
  return DRIVING.test(doc.text.slice(Math.max(0, pos - 300), pos));
}

export const driversLicenseDetector: Detector = {
  type: "drivers_license",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    eachDigitMatch(RE, doc, (m) => {
      if (!spacedRunBounded(doc.text, m.index, m.index + m[0].length)) return;
      const label = doc.labelBefore(m.index, 50);
      if (!(label && label.category === "drivers_license") && !bareLicenceOfDriver(doc, m.index)) return;
      out.push(candidate("drivers_license", m.index, m.index + m[0].length, 0.95));
    }, freeBefore);
    return out;
  },
};
