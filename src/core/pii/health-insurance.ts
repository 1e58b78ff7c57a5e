/**
 * 健康保険: 保険者番号 (8 digits, or 6 for 国民健康保険) with its check digit; and the insured
 * person's 番号 written after 記号 on a 保険証 line.
 */
import { isValidInsurerNumber } from "./checksums";
import type { ScanDoc } from "./context";
import { NA, freeBefore, candidate, eachDigitMatch, type Detector } from "./detector-kit";
import type { Candidate } from "./types";

const INSURER = new RegExp(`(?:\\d{8}|\\d{6})${NA}`, "g");
/**
 * 記号 then 番号 as separate fields (on one line or the next). The 記号 is the employer's or
 * municipality's code ("5503"), shared by its staff like a bank's branch code, so written alone
 * it is not flagged; written with the 番号 of the same card it is half of the pair that
 * identifies the holder (the pair the law protects together), so both are. A 記号 of kanji only
 * ("記号 墨田", a 国保 municipality) holds no digits to flag. Group 1 the 記号 (with a glued place name, "世田1"), 2 the 番号.
 */
const SYMBOL_NUMBER =
  /(?:記号|symbol) {0,8}[:：]? {0,8}(?:[\u3005\u3041-\u30ff\u4e00-\u9fff]{1,4}|([\u3005\u3041-\u30ff\u4e00-\u9fffA-Za-z]{0,4}\d[0-9-]{0,9})) ?(?:[、,・/]|\n)? ?(?:番号|number|no\.?) {0,8}[:：]? {0,8}(\d{1,10}(?:-\d{1,3})?)(?![0-9])/gi;
/** The pair may follow the place name its 記号 starts with ("記号番号 練馬22-3187", "記号番号は「練馬 22-3187」"): the digits are the value. */
const PAIR =
  /(?:記号 ?[・/]? ?番号|symbol ?(?:\/|and) ?number) {0,8}[:：]? {0,8}(?:は ?)?[「『"“]? ?(?:[\u3005\u4e00-\u9fff\u30a1-\u30fa]{1,4} ?)?(\d{1,8} ?[・/-] ?\d{1,10})(?![0-9])/gi;
const HEALTH_WORD = /保険証|被保険者|健康保険|保険者|資格確認書|保険|insurance|insured|insurer/i;
/**
 * A corrected or quoted pair on a line of its own after the sentence that names it ("記号番号に誤りが…
 * 正しくは" / "「杉並 44-1093」"): a place name and the digits in quotes; group 1 the digits.
 */
const QUOTED_PLACE_PAIR = /[「『"“] ?[\u3005\u4e00-\u9fff]{1,4} ?(\d{1,8}-\d{1,10}) ?[」』"”]/g;

/** A table header cell naming a card's 記号 or 番号 ("記号", "保険証記号", "被保険者番号"…). */
const SYMBOL_CELL = /^\s*(?:保険証|被保険者証?)?の?記号\s*$/;
const NUMBER_CELL = /^\s*(?:保険証|被保険者証?)?の?番号\s*$/;
const DIGITS_CELL = /^\s*(\d{1,10})\s*$/;

/**
 * A CSV / TSV whose header has both a 記号 and a 番号 column, in a mail that speaks of health
 * insurance (within 300 characters of the header): the cells under them are card values.
 * Reads only tables whose first line holds "記号", each once, a row at a time (at most 200 rows).
 */
function symbolNumberColumns(doc: ScanDoc, out: Candidate[]): void {
  const t = doc.text;
  let i = -1;
  let lastHeader = -1;
  while ((i = t.indexOf("記号", i + 1)) !== -1) {
    const h = doc.lineIndex(i);
    if (h === lastHeader) continue;
    lastHeader = h;
    const delim = doc.delimiter(h);
    // (only a table's header line is read: each table once; under a group row it is the second line)
    if (!delim || doc.headerLine(h) !== h) continue;
    const cells = doc.lineText(h).split(delim);
    const cols: number[] = [];
    cells.forEach((c, k) => {
      if (SYMBOL_CELL.test(c) || NUMBER_CELL.test(c)) cols.push(k);
    });
    if (cols.length < 2) continue;
    const hs = doc.lineStart(h);
    if (!HEALTH_WORD.test(t.slice(Math.max(0, hs - 300), Math.min(t.length, doc.lineEnd(h) + 300)))) continue;
    for (let r = h + 1; r < doc.lineCount() && r <= h + 200 && doc.delimiter(r) === delim; r++) {
      let at = doc.lineStart(r);
      const row = doc.lineText(r).split(delim);
      row.forEach((cell, k) => {
        const m = cols.indexOf(k) !== -1 ? DIGITS_CELL.exec(cell) : null;
        if (m) {
          const s = at + cell.indexOf(m[1]);
          out.push(candidate("health_insurance", s, s + m[1].length, 0.85));
        }
        at += cell.length + delim.length;
      });
    }
  }
}

export const healthInsuranceDetector: Detector = {
  type: "health_insurance",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    eachDigitMatch(INSURER, doc, (m) => {
      if (!isValidInsurerNumber(m[0])) return;
      const label = doc.labelBefore(m.index, 40);
      if (!label || label.category !== "health_insurance") return;
      out.push(candidate("health_insurance", m.index, m.index + m[0].length, 0.9));
    }, freeBefore);
    eachDigitMatch(SYMBOL_NUMBER, doc, (m) => {
      const line = doc.lineIndex(m.index);
      const from = Math.max(line > 0 ? doc.lineStart(line - 1) : 0, m.index - 60);
      if (!HEALTH_WORD.test(doc.text.slice(from, m.index + 4))) return;
      const end = m.index + m[0].length;
      if (m[1]) {
        // ("記号 世田1": a place name glued to the digits is part of the 記号)
        const at = m.index + m[0].indexOf(m[1], m[0][0] === "記" ? 2 : 6);
        out.push(candidate("health_insurance", at, at + m[1].length, 0.9));
      }
      out.push(candidate("health_insurance", end - m[2].length, end, 0.9));
    });
    symbolNumberColumns(doc, out);
    eachDigitMatch(PAIR, doc, (m) => {
      const line = doc.lineIndex(m.index);
      const from = Math.max(line > 0 ? doc.lineStart(line - 1) : 0, m.index - 60);
      const end = m.index + m[0].length;
      // "記号番号は「大田 5502-314」です。保険者番号は…": the insurance word may follow on the same line
      // or start the next ("記号番号 3018-227" / "保険者番号 0113…").
      const endLine = doc.lineIndex(end - 1);
      const to = Math.min(endLine + 1 < doc.lineCount() ? doc.lineEnd(endLine + 1) : doc.lineEnd(endLine), end + 40);
      if (!HEALTH_WORD.test(doc.text.slice(from, m.index + 4)) && !HEALTH_WORD.test(doc.text.slice(end, to))) return;
      out.push(candidate("health_insurance", end - m[1].length, end, 0.9));
    });
    eachDigitMatch(QUOTED_PLACE_PAIR, doc, (m) => {
      const line = doc.lineIndex(m.index);
      if (line === 0) return;
      const above = doc.text.slice(Math.max(doc.lineStart(Math.max(0, line - 2)), m.index - 120), doc.lineStart(line));
      if (!/記号 ?[・/]? ?番号/.test(above) || !HEALTH_WORD.test(above)) return;
      // (the place name holds no digit: the first occurrence of the digits is the group)
      const start = m.index + m[0].indexOf(m[1]);
      out.push(candidate("health_insurance", start, start + m[1].length, 0.85));
    });
    return out;
  },
};
