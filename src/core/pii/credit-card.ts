/** Credit cards: 14–19 digits, a real issuer prefix and length, Luhn. */
import { cardIssuer, luhnValid } from "./checksums";
import { hasLabel, type ScanDoc } from "./context";
import { NA, freeBefore, spacedRunBounded, calledElse, candidate, eachDigitMatch, type Detector } from "./detector-kit";
import type { Candidate } from "./types";

const RE = new RegExp(
  `(?:\\d{14,19}|\\d{4}([- .])\\d{4}\\1\\d{4}\\1\\d{1,7}|\\d{4}([- .])\\d{6}\\2\\d{4,5})${NA}`,
  "g",
);

const MAESTRO = /^5[6-8]\d{14,17}$/;
/** Point, gift, loyalty and membership cards: their numbers pass Luhn too (and mostly start with 6–9). */
const STORE_CARD = /ポイント|ギフト|会員|プリペイド|point|gift|loyalty|member|prepaid|reward/i;

/**
 * Issuer ranges change (Mastercard's 2-series came in 2017): 16 digits the label beside them
 * calls a card, in a bank-card range (major industry identifier 2–5), where no point or gift
 * card is spoken of nearby, are a card's.
 */
function unlistedCard(doc: ScanDoc, at: number, digits: string, labelled: boolean): string | null {
  if (!labelled || digits.length !== 16 || digits[0] < "2" || digits[0] > "5") return null;
  return STORE_CARD.test(doc.text.slice(Math.max(0, at - 300), at + 200)) ? null : "unlisted";
}

export const creditCardDetector: Detector = {
  type: "credit_card",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    eachDigitMatch(RE, doc, (m) => {
      if (!spacedRunBounded(doc.text, m.index, m.index + m[0].length)) return;
      const digits = m[0].replace(/[- .]/g, "");
      if (digits.length < 14 || digits.length > 19) return;
      if (!luhnValid(digits)) return;
      const label = doc.labelBefore(m.index);
      if (calledElse(label, "credit_card")) return;
      // A card named in the sentence or line above ("カード番号が切れていたので再送します。").
      const namedAbove = (): boolean => hasLabel(doc.text.slice(Math.max(0, m.index - 200), m.index), "credit_card");
      // Maestro-range debit cards (56–58, 16–19 digits) only where the text speaks of a card.
      const issuer = cardIssuer(digits) ?? (MAESTRO.test(digits) && (label !== null || namedAbove()) ? "maestro" : unlistedCard(doc, m.index, digits, label !== null));
      if (!issuer) return;
      // Dot groups ("4532.0198.7654.3215") are as often figures or codes: only after a card label.
      if ((m[1] === "." || m[2] === ".") && !label && !namedAbove()) return;
      out.push(candidate("credit_card", m.index, m.index + m[0].length, label ? 0.95 : 0.7));
    }, freeBefore);
    return out;
  },
};
