/** Credit cards: 14–19 digits, a real issuer prefix and length, Luhn. */
import { cardIssuer, luhnValid } from "./checksums";
import type { ScanDoc } from "./context";
import { NA, freeBefore, spacedRunBounded, calledElse, candidate, eachDigitMatch, type Detector } from "./detector-kit";
import type { Candidate } from "./types";

const RE = new RegExp(
  `(?:\\d{14,19}|\\d{4}([- .])\\d{4}\\1\\d{4}\\1\\d{1,7}|\\d{4}([- .])\\d{6}\\2\\d{4,5})${NA}`,
  "g",
);

export const creditCardDetector: Detector = {
  type: "credit_card",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    eachDigitMatch(RE, doc, (m) => {
      if (!spacedRunBounded(doc.text, m.index, m.index + m[0].length)) return;
      const digits = m[0].replace(/[- .]/g, "");
      if (digits.length < 14 || digits.length > 19) return;
      if (!cardIssuer(digits) || !luhnValid(digits)) return;
      const label = doc.labelBefore(m.index);
      if (calledElse(label, "credit_card")) return;
      // Dot groups ("4532.0198.7654.3215") are as often figures or codes: only after a card label.
      if ((m[1] === "." || m[2] === ".") && !label) return;
      out.push(candidate("credit_card", m.index, m.index + m[0].length, label ? 0.95 : 0.7));
    }, freeBefore);
    return out;
  },
};
