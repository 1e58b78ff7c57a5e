/**
 * Rows of fields separated by " / " under a sentence or a line that gives the fields' order
 * ("（氏名・旅券番号・生年月日の順）", "Name / Passport No. / Date of birth"): the declared order
 * is the rows' header, as a table's first line is. Bounded: rows of at most 300 characters, at
 * most 30 rows above the value's and three lines above those.
 */
import type { ScanDoc } from "./context";

const SEP = " / ";
/** A row's head before its first field: a number or a bullet ("1. ", "- ", "・"). */
const ROW_HEAD = /^\s*(?:\d{1,3}[.)）]|[-・*•])?\s*/;
/** "A・B・Cの順", "A、B、C の順に": group 1 the list of field names. */
const ORDER_JA = /([^\s・、（）()「」。]{1,12}(?:[・、][^\s・、（）()「」。]{1,12}){2,8})\s?(?:の順|順に|の順番)/;

function separators(line: string): number {
  let n = 0;
  let i = -1;
  while ((i = line.indexOf(SEP, i + 1)) !== -1) n++;
  return n;
}

/** The declared name of the field that `pos` sits in, or null. */
export function declaredField(doc: ScanDoc, pos: number): string | null {
  let line = doc.lineIndex(pos);
  const text = doc.lineText(line);
  const cols = separators(text);
  if (cols < 2) return null;
  const ls = doc.lineStart(line);
  const field = separators(text.slice(0, pos - ls));
  for (let k = 0; k < 30 && line > 0 && doc.lineEnd(line - 1) - doc.lineStart(line - 1) <= 300 && separators(doc.lineText(line - 1)) === cols; k++) line--;
  // The first "row" may itself be a header of field names.
  const first = doc.lineText(line);
  if (!/\d/.test(first)) return first.replace(ROW_HEAD, "").split(SEP)[field] ?? null;
  for (let up = 1; up <= 3 && line - up >= 0; up++) {
    const m = ORDER_JA.exec(doc.lineText(line - up).slice(0, 300));
    if (m) {
      const names = m[1].split(/[・、]/);
      return names.length === cols + 1 ? names[field] : null;
    }
  }
  return null;
}
