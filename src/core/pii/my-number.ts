/** マイナンバー (個人番号): 12 digits, check digit per 総務省令第85号 第5条. */
import { isValidMyNumber } from "./checksums";
import { hasLabel, type ScanDoc } from "./context";
import { NA, freeBefore, spacedRunBounded, calledElse, candidate, eachDigitMatch, type Detector } from "./detector-kit";
import type { Candidate } from "./types";

const RE = new RegExp(`\\d{4}([- ]?)\\d{4}\\1\\d{4}${NA}`, "g");

export const myNumberDetector: Detector = {
  type: "my_number",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    eachDigitMatch(RE, doc, (m) => {
      if (!spacedRunBounded(doc.text, m.index, m.index + m[0].length)) return;
      const digits = m[0].replace(/[- ]/g, "");
      if (!isValidMyNumber(digits)) return;
      const label = doc.labelBefore(m.index);
      if (calledElse(label, "my_number")) return;
      // Without a label on its line: the way people write it (1234 5678 9012), or a list
      // introduced a few lines above as マイナンバー (bounded look-back).
      if (!label && m[1] === "" && !hasLabel(doc.text.slice(Math.max(0, m.index - 200), m.index), "my_number")) return;
      out.push(candidate("my_number", m.index, m.index + m[0].length, label ? 0.95 : 0.6));
    }, freeBefore);
    return out;
  },
};
