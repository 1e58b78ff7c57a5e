/**
 * The sentence over a list: a bulleted or numbered list is named once, by the line or two above
 * its first item ("3名分の基礎年金番号です。" / "Passport details for the trip:"), and that naming
 * holds for every item, not only the first. Bounded: at most 20 items up, 160 characters of heading.
 */
import type { ScanDoc } from "./context";

/** A list item's head: a bullet or a number ("・", "- ", "2. "). */
const LIST_ITEM = /^\s*(?:[・*•●○◆■□>-]|\d{1,2}[.)）])\s*\S/;

/** The text of the (at most two) lines above the list that `pos`'s line belongs to, or above that line. */
export function listHeading(doc: ScanDoc, pos: number): string {
  let line = doc.lineIndex(pos);
  if (line === 0) return "";
  let from = pos;
  if (LIST_ITEM.test(doc.lineText(line).slice(0, 12))) {
    for (let k = 0; k < 20 && line > 1 && LIST_ITEM.test(doc.lineText(line - 1).slice(0, 12)); k++) line--;
    from = doc.lineStart(line);
  }
  const start = Math.max(doc.lineStart(Math.max(0, line - 2)), from - 160);
  return doc.text.slice(start, doc.lineStart(line));
}
