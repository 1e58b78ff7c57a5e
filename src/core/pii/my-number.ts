/** マイナンバー (個人番号): 12 digits, check digit per 総務省令第85号 第5条. */
import { isValidMyNumber } from "./checksums";
import { hasLabel, type LabelHit, type ScanDoc } from "./context";
import { NA, freeBefore, spacedRunBounded, calledElse, candidate, eachDigitMatch, type Detector } from "./detector-kit";
import type { Candidate } from "./types";

/**
 * Groups joined by nothing, "-", " " or "." ("4821.3067.5918"); dot groups only after a My Number
 * label. Groups of three ("482 130 675 918", as a long amount is read) likewise: a meeting ID looks so too.
 */
const RE = new RegExp(`(?:\\d{4}([- .]?)\\d{4}\\1\\d{4}|\\d{3}([- ])\\d{3}\\2\\d{3}\\2\\d{3})${NA}`, "g");

/** A bare "番号" / "No." column header. */
const BARE_NUMBER_HEADER = /^\s*"?\s*(?:番号|no\.?|number)\s*"?\s*$/i;
/** A column naming how a person is related to the employee or applicant (a family / dependants table). */
const RELATIONSHIP_HEADER = /続柄|扶養|relationship/i;

/**
 * Issue 12: in a dependants table (a 続柄 column beside it) a column headed only "番号" holds each
 * person's My Number: a 12-digit value there that passes the check digit counts as labelled.
 * An order list's "番号" column (no relationship column) does not.
 */
function familyTableNumber(doc: ScanDoc, pos: number): LabelHit | null {
  const header = doc.columnHeader(pos);
  if (header === null || !BARE_NUMBER_HEADER.test(header)) return null;
  const headerLine = doc.tableHeaderText(pos);
  if (headerLine === null || !RELATIONSHIP_HEADER.test(headerLine)) return null;
  return { category: "my_number", distance: 0, word: header.trim() };
}

export const myNumberDetector: Detector = {
  type: "my_number",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    eachDigitMatch(RE, doc, (m) => {
      if (!spacedRunBounded(doc.text, m.index, m.index + m[0].length)) return;
      const digits = m[0].replace(/[- .]/g, "");
      if (!isValidMyNumber(digits)) return;
      const label = doc.labelBefore(m.index) ?? familyTableNumber(doc, m.index);
      if (calledElse(label, "my_number")) return;
      // Without a label on its line: the way people write it (1234 5678 9012), or named in the
      // sentence or list heading a few lines above as マイナンバー (bounded look-back). Dot groups
      // and plain runs are as often versions or codes: only such a naming makes them one.
      if (!label && (m[1] === "" || m[1] === "." || m[2] !== undefined) && !hasLabel(doc.text.slice(Math.max(0, m.index - 200), m.index), "my_number")) return;
      out.push(candidate("my_number", m.index, m.index + m[0].length, label ? 0.95 : 0.6));
    }, freeBefore);
    return out;
  },
};
