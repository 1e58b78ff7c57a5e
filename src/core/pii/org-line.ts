/**
 * An organisation's contact line: a line that also carries a role mailbox (contracts@, press@…)
 * or a toll-free / navi-dial number (0120, 0800, 0570…) is how an organisation is reached, so
 * the other phones and addresses on it are the organisation's too ("0120-… / renewals@…",
 * "press@… | 03-…"). Bounded: reads one line, at most 300 characters.
 */
import type { ScanDoc } from "./context";
import { isRoleMailbox } from "./role-mailbox";

const ORG_NUMBER = /(?:^|[^0-9])0(?:120|800|570|180|990)[- ]?\d/;
const MAILBOX = /([A-Za-z0-9._%+'-]{1,64})@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+/g;

/**
 * Whatever either test below finds holds an "@" or one of these prefixes, within the line (the
 * prefix is all digits, so it never spans the space that joins the two sides of the value).
 */
const ORG_OR_MAILBOX_MARK = /@|0(?:120|800|570|180|990)/;
/** Per document, per line: 0 not yet read, 1 no mark, 2 a mark (read once: every phone and address on the line asks). */
const marksOfDoc = new WeakMap<ScanDoc, Uint8Array>();
function lineHasMark(doc: ScanDoc, line: number, ls: number, le: number): boolean {
  let marks = marksOfDoc.get(doc);
  if (marks === undefined) {
    marks = new Uint8Array(doc.lineCount());
    marksOfDoc.set(doc, marks);
  }
  if (marks[line] === 0) marks[line] = ORG_OR_MAILBOX_MARK.test(doc.text.slice(ls, le)) ? 2 : 1;
  return marks[line] === 2;
}

export function organisationLine(doc: ScanDoc, start: number, end: number): boolean {
  const line = doc.lineIndex(start);
  const ls = doc.lineStart(line);
  const le = doc.lineEnd(line);
  if (!lineHasMark(doc, line, ls, le)) return false;
  const from = Math.max(ls, start - 150);
  const to = Math.min(le, end + 150);
  const rest = doc.text.slice(from, start) + " " + doc.text.slice(end, to);
  if (ORG_NUMBER.test(rest)) return true;
  if (rest.indexOf("@") === -1) return false;
  MAILBOX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MAILBOX.exec(rest)) !== null) if (isRoleMailbox(m[1])) return true;
  return false;
}
