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
 * 記号 then 番号 as separate fields (on one line or the next): the 番号 is the person's; the 記号
 * is the employer's or municipality's code ("世田1", "5503"), like a bank's branch code. Written
 * together ("記号・番号: 7021・145", "symbol/number 88-4021") the pair is one value.
 */
const SYMBOL_NUMBER =
  /(?:記号|symbol) {0,8}[:：]? {0,8}[\u3005\u3041-\u30ff\u4e00-\u9fffA-Za-z]{0,4}[0-9-]{1,10} ?(?:[、,・/]|\n)? ?(?:番号|number|no\.?) {0,8}[:：]? {0,8}(\d{1,10}(?:-\d{1,3})?)(?![0-9])/gi;
/** The pair may follow the place name its 記号 starts with ("記号番号 練馬22-3187", "記号番号は「練馬 22-3187」"): the digits are the value. */
const PAIR =
  /(?:記号 ?[・/]? ?番号|symbol ?(?:\/|and) ?number) {0,8}[:：]? {0,8}(?:は ?)?[「『"“]? ?(?:[\u3005\u4e00-\u9fff\u30a1-\u30fa]{1,4} ?)?(\d{1,8} ?[・/-] ?\d{1,10})(?![0-9])/gi;
const HEALTH_WORD = /保険証|被保険者|健康保険|保険者|資格確認書|保険|insurance|insured|insurer/i;
/**
 * A corrected or quoted pair on a line of its own after the sentence that names it ("記号番号に誤りが…
 * 正しくは" / "「杉並 44-1093」"): a place name and the digits in quotes; group 1 the digits.
 */
const QUOTED_PLACE_PAIR = /[「『"“] ?[\u3005\u4e00-\u9fff]{1,4} ?(\d{1,8}-\d{1,10}) ?[」』"”]/g;

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
      out.push(candidate("health_insurance", end - m[1].length, end, 0.9));
    });
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
