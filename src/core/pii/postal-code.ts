/** 郵便番号: "〒123-4567", or 7 digits the text calls a postal code, or just before a prefecture. */
import type { ScanDoc } from "./context";
import { candidate, eachDigitMatch, notAfterAlnum, type Detector } from "./detector-kit";
import { PREFECTURE_SOURCE } from "./address";
import { romanisedPostcodes } from "./address-romanised";
import { companyAddressContext, placeListingBracket, ownPostcodeNotice } from "./org-context";
import type { Candidate } from "./types";

const MARKED = /〒 ?(\d{3}-?\d{4})(?![0-9])/g;
const BARE = /\d{3}-\d{4}(?![0-9-])/g;
/** Not glued on the left to a letter, digit or "-" (checked in code: no lookbehind in ES2016). */
const bareStart = (text: string, i: number): boolean => notAfterAlnum(text, i) && (i === 0 || text.charCodeAt(i - 1) !== 45);
/** A prefecture right after it, on its line or starting the next ("536-0014⏎大阪府…"). */
const PREF_NEXT = new RegExp(`^ ?\\n? ?(?:${PREFECTURE_SOURCE})`);

export const postalCodeDetector: Detector = {
  type: "postal_code",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    const seen = new Set<number>();
    eachDigitMatch(MARKED, doc, (m) => {
      const start = m.index + m[0].length - m[1].length;
      const end = m.index + m[0].length;
      seen.add(start);
      if (companyAddressContext(doc, start, end) || ownPostcodeNotice(doc, start, end) || placeListingBracket(doc, start, end)) return;
      const label = doc.labelBefore(m.index);
      if (label && (label.category === "org" || label.category === "other")) return;
      out.push(candidate("postal_code", start, end, 0.9));
    });
    eachDigitMatch(BARE, doc, (m) => {
      if (seen.has(m.index)) return;
      const end = m.index + m[0].length;
      const label = doc.labelBefore(m.index);
      const beforePrefecture = PREF_NEXT.test(doc.text.slice(end, end + 8));
      if (!(label && label.category === "postal_code") && !beforePrefecture) return;
      // Before a prefecture only a label that calls it something else vetoes it ("ご自宅（536-…" names a home).
      if (label && label.category !== "postal_code" && label.category !== "address" && (!beforePrefecture || label.category === "org" || label.category === "other"))
        return;
      if (companyAddressContext(doc, m.index, end) || ownPostcodeNotice(doc, m.index, end) || placeListingBracket(doc, m.index, end)) return;
      out.push(candidate("postal_code", m.index, end, 0.8));
    }, bareStart);
    // "…, Meguro-ku, Tokyo 153-0051": the postcode after a romanised address
    for (const c of romanisedPostcodes(doc)) if (!seen.has(c.start)) out.push(c);
    return out;
  },
};
