/**
 * 法人番号: 13 digits, leading check digit per 財務省令第70号; only where the text calls it so.
 *
 * 適格請求書発行事業者の登録番号 (invoice registration number) is "T" + 13 digits; for a
 * corporation those digits are its 法人番号. "T" + 13 digits that pass the corporate-number
 * check digit is therefore a corporate_number, the "T" standing in for the label. The check
 * digit says nothing about whose number it is (a sole proprietor's registration number passes
 * it too): DESIGN lists corporate_number among the types, and the usual corporate-number rules
 * apply — a signature or other exclusion zone drops it (scanner), the sender's own
 * organisation's number ("弊社の登録番号は T…") is organisation data, a label that calls it
 * something else (注文番号, part no.) vetoes it, and a "T" glued to other letters is a code.
 */
import { isValidCorporateNumber } from "./checksums";
import type { ScanDoc } from "./context";
import { NA, freeBefore, candidate, eachDigitMatch, type Detector } from "./detector-kit";
import type { Candidate } from "./types";

const RE = new RegExp(`\\d(?:-?\\d{4}){3}${NA}`, "g");
/** The invoice form, its own pattern: a leading "T" keeps the plain pattern's scan on digits only. */
const INVOICE_RE = new RegExp(`T[- ]?(\\d(?:-?\\d{4}){3})${NA}`, "g");
/** Labels of the "other" kind that name the registration number itself. */
const REGISTRATION_WORD = /登録番号|インボイス|invoice|registration/i;

/** The sender's own organisation on the value's line ("弊社の登録番号は T…"): its own number, like a signature's. */
const OWN_ORGANISATION = /弊社|当社|\bour (?:company|firm)|\bour\b[^.]{0,30}registration/i;

export const corporateNumberDetector: Detector = {
  type: "corporate_number",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    const invoice: Array<{ c: Candidate; digits: string }> = [];
    const labelled = new Set<string>();
    eachDigitMatch(RE, doc, (m) => {
      const digits = m[0].replace(/-/g, "");
      if (!isValidCorporateNumber(digits)) return;
      const label = doc.labelBefore(m.index);
      if (!label || label.category !== "corporate_number") return;
      labelled.add(digits);
      out.push(candidate("corporate_number", m.index, m.index + m[0].length, 0.95));
    }, freeBefore);
    eachDigitMatch(INVOICE_RE, doc, (m) => {
      const digits = m[1].replace(/-/g, "");
      if (!isValidCorporateNumber(digits)) return;
      const label = doc.labelBefore(m.index);
      if (label && label.category !== "corporate_number" && !(label.category === "other" && REGISTRATION_WORD.test(label.word))) return;
      const ls = doc.lineStart(doc.lineIndex(m.index));
      if (OWN_ORGANISATION.test(doc.text.slice(Math.max(ls, m.index - 60), m.index))) return;
      invoice.push({ c: candidate("corporate_number", m.index, m.index + m[0].length, 0.9), digits });
    }, freeBefore); // the "T" not glued to a letter or digit
    // The same number given as 法人番号 and as T-number is one finding: the 法人番号.
    for (const { c, digits } of invoice) if (!labelled.has(digits)) out.push(c);
    return out;
  },
};
