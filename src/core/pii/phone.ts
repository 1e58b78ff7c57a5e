/**
 * Phone numbers: Japanese landlines (2–5 digit area codes), 070/080/090 mobiles, 050, +81 forms,
 * parentheses; international numbers written with a "+". Organisation lines (0120/0800/0570,
 * 代表, FAX, 内線, dial-in) are not a person's data.
 */
import { digitsOf } from "./checksums";
import { hasLabel, type ScanDoc } from "./context";
import { NA, notAfterDigit, spacedRunBounded, phoneFreeBefore, calledElse, candidate, eachDigitMatch, type Detector } from "./detector-kit";
import { organisationLine } from "./org-line";
import { ownPostcodeNotice } from "./org-context";
import type { Candidate } from "./types";

const DOMESTIC = new RegExp(
  `(?:0\\d{1,4}( - |[- .])\\d{1,4}\\1\\d{3,4}|\\(0\\d{1,4}\\) ?\\d{1,4}[- ]?\\d{4}|0\\d{1,4}\\(\\d{1,4}\\)\\d{4}|0\\d{9,10})${NA}`,
  "g",
);
const JAPAN_INTL = new RegExp(`\\+81[- ]?(?:\\(0\\)[- ]?)?\\(?\\d{1,4}\\)?[- ]?\\d{1,4}[- ]?\\d{3,4}${NA}`, "g");
const OTHER_INTL = new RegExp(`\\+(?!81)[1-9]\\d{0,2}[- ]\\(?\\d{1,4}\\)?[- ]\\d{2,4}[- ]\\d{2,4}(?:[- ]\\d{2,4})?${NA}`, "g");
const NANP = new RegExp(`(?:\\([2-9]\\d{2}\\) ?[2-9]\\d{2}-\\d{4}|[2-9]\\d{2}[-.][2-9]\\d{2}[-.]\\d{4})${NA}`, "g");

const PERSONAL_PHONE = /携帯|ケータイ|自宅|緊急|mobile|cell/i;

/** A business's name right before the number ("新大阪駅前店（06-…）", "株式会社…製作所（03-…）"): that place's line. */
const PLACE_BEFORE =
  /(?:株式会社|有限会社|合同会社|\((?:株|有)\)|co\.,? ?ltd\.?|\bk\.k\.|\binc\.?|[^住居]所|店|館|院|クリニック|センター|役場|署|工場|倉庫)\s?[(（]\s?(?:tel|電話)?\.?[:：]?\s?$/i;
/**
 * An institution named earlier on the line ("共済組合（…", "市民文化ホール … TEL", "Westside Animal
 * Clinic at …", "Aoyama Dental | …"): a landline there is how the institution is reached.
 */
const INSTITUTION =
  /組合|協会|連合会|財団|機構|幼稚園|保育園|こども園|学園|学校|小学校|中学校|高校|大学|図書館|公民館|病院|医院|歯科|薬局|役所|ホール|式場|斎場|会館|事務局|\b(?:clinic|dental|dentistry|hospital|centre|center|lodge|inn|hostel|ryokan|resort|broker|forwarder|carrier|courier|school|kindergarten|nursery|library|fund|association|society|union|foundation|council|museum|hall|church|university|college|pharmacy|agency|bureau|ministry|embassy|consulate)\b/i;
/** "お電話（…）で承ります": the number the sender takes calls on. */
const TAKES_CALLS = /^\s?[)）]?\s?(?:で|にて|まで)(?:承|受け付け|受付|お問い合わせ|お問合せ)/;
/**
 * The rest of the sentence invites the reader to call ("… までご連絡ください", "お電話（…）または
 * Web（…）から承ります"): the sender's own line, as a business writes it. ≤ 120 characters, one sentence.
 */
const INVITES_CALLS = /^[^。！？\n]{0,120}?(?:(?:まで|へ|に)\s?(?:ご連絡|お電話|お問い合わせ|お問合せ)|承ります|承っております|受け付けて(?:い|お)ります)/;
/** A phone label that names a place ("店舗電話", "倉庫の固定電話", "会場電話"): the place's line. */
const PLACE_PHONE_LABEL = /(?:店舗|店|倉庫|会場|事務所|作業場|工場|施設|教室|本部|支部|窓口|受付|売場|館)の?(?:固定|代表)?電話(?:番号)?\s*[:：]?\s*$/;
/** A mobile the company lends ("携帯（会社貸与）：", "社用携帯", "company-issued mobile"): rule 17, not the person's own. */
const COMPANY_ISSUED = /会社貸与|貸与品?|社用|業務用|company[- ](?:issued|provided|owned)|work[- ]issued/i;
/** A street address right before a bracketed landline ("…Lodge, 22 Kamikochi, Matsumoto-shi (0263-…)"): a place's listing. */
const ADDRESS_BEFORE_BRACKET = /\d+(?:-\d+)*,?\s+[A-Z][^()（）\n]{0,50}(?:-ku|-shi|-cho|-machi|-mura|-gun)\s?[(（]\s?$/;
/** North American toll-free area codes: an organisation's number, like 0120. */
const NANP_TOLL_FREE = /^1?(?:800|888|877|866|855|844|833)/;
/** A bracket after the number that names whose it is: "(front desk mobile)", "（本社代表）". */
const BRACKET_AFTER = /^\s?[(（]([^()（）\n]{1,30})[)）]/;
/** A street address in the same bracket before a landline: "(B1, 2-5-8 Ginza, Chuo-ku, 03-…)" lists a place. */
const ADDRESS_IN_BRACKET = /[(（][^()（）\n]{0,60}\d+-\d+[^()（）\n]{0,40}(?:-ku|-shi|-cho|区|市|町)[^()（）\n]{0,20}$/i;

const POSTCODE_IN_LINE = /(?:^|[^0-9-])\d{3}-\d{4}(?![0-9-])/;

const ORG_PREFIXES = ["0120", "0800", "0570", "0180", "0990", "0066"];

function domesticKind(d: string): "mobile" | "landline" | "org" | null {
  if (ORG_PREFIXES.some((p) => d.startsWith(p))) return "org";
  if (d.length === 11 && /^0[5789]0/.test(d)) return "mobile";
  if (d.length === 10 && d[1] !== "0") return "landline";
  return null;
}

export const phoneDetector: Detector = {
  type: "phone",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    const judge = (start: number, end: number, labelRequired: boolean, landline = false): void => {
      // "+81 3-1234-5678,,123456789#": a dial-in number with a conference id
      const next = doc.text.slice(end, end + 2);
      if (next === ",," || next[0] === "#" || next[0] === ";") return;
      // 24 characters: "(company main number)" is long; only brackets may stand between it and the value.
      const after = doc.labelAfter(end, 24);
      if (after && (after.category === "org" || after.category === "other")) return;
      const bracket = BRACKET_AFTER.exec(doc.text.slice(end, end + 34));
      if (bracket && (hasLabel(bracket[1], "org") || hasLabel(bracket[1], "other"))) return;
      const label = doc.labelBefore(start);
      // "my number is 080-…": a phone-shaped value is never a My Number (12 digits), so that label does not veto it.
      if (calledElse(label, "phone") && label?.category !== "my_number") return;
      if (labelRequired && !label) return;
      if (organisationLine(doc, start, end)) return;
      if (COMPANY_ISSUED.test(doc.text.slice(Math.max(doc.lineStart(doc.lineIndex(start)), start - 24), start))) return;
      // "札幌営業所 TEL 011-…": a generic phone label after an organisation's unit names the unit's line;
      // a personal one ("弊社 田中の携帯 090-…") still names a person's phone.
      if (!(label && PERSONAL_PHONE.test(label.word))) {
        const ls = doc.lineStart(doc.lineIndex(start));
        const before = doc.text.slice(Math.max(ls, start - 60), start);
        if (hasLabel(before, "org") || PLACE_BEFORE.test(before) || PLACE_PHONE_LABEL.test(before)) return;
        if (landline && (INSTITUTION.test(before) || TAKES_CALLS.test(doc.text.slice(end, end + 12)))) return;
        if (landline && INVITES_CALLS.test(doc.text.slice(end, end + 140))) return;
        if (landline && !label && (ADDRESS_IN_BRACKET.test(before) || ADDRESS_BEFORE_BRACKET.test(before))) return;
        // "新住所：…\n電話：…" under "移転のお知らせ": an organisation announcing its own new line.
        if (landline && ownPostcodeNotice(doc, start, end)) return;
        // "Hotel Granvia" / "Tel: 06-…", "お問合せ：採用担当 recruit@…" / "電話：011-…": a landline on
        // the line under an organisation's name or contact line is that organisation's. (A
        // table row's line above is another row or the header, not a heading.)
        const line = doc.lineIndex(start);
        if (landline && line > 0 && !doc.delimiter(line) && start - ls <= 12 && doc.lineEnd(line - 1) - doc.lineStart(line - 1) <= 120) {
          const prevStart = doc.lineStart(line - 1);
          if (hasLabel(doc.lineText(line - 1), "org") || organisationLine(doc, prevStart, prevStart)) return;
          // (under the name, its address line: "Inn Sakuragawa⏎4-5 Higashiyama, Kyoto 605-0074⏎Phone: …")
          if (line > 1 && POSTCODE_IN_LINE.test(doc.lineText(line - 1)) && doc.lineEnd(line - 2) - doc.lineStart(line - 2) <= 120 && hasLabel(doc.lineText(line - 2), "org")) return;
        }
      }
      out.push(candidate("phone", start, end, label ? 0.9 : 0.7));
    };
    eachDigitMatch(DOMESTIC, doc, (m) => {
      const d = digitsOf(m[0]);
      const kind = domesticKind(d);
      if (kind === null || kind === "org") return;
      // "04 2210 5573 0018": a spaced run that goes on is a longer number (a customer or meter number).
      if (m[1] === " " && !spacedRunBounded(doc.text, m.index, m.index + m[0].length)) return;
      const contiguous = /^\d+$/.test(m[0]);
      judge(m.index, m.index + m[0].length, contiguous && kind === "landline", kind === "landline");
    }, phoneFreeBefore);
    eachDigitMatch(JAPAN_INTL, doc, (m) => {
      let d = digitsOf(m[0]).slice(2);
      if (d.startsWith("0")) d = d.slice(1);
      const kind = domesticKind(`0${d}`);
      if (kind === null || kind === "org") return;
      judge(m.index, m.index + m[0].length, false, kind === "landline");
    });
    eachDigitMatch(OTHER_INTL, doc, (m) => {
      const n = digitsOf(m[0]).length;
      if (n < 8 || n > 15) return;
      if (NANP_TOLL_FREE.test(digitsOf(m[0]))) return;
      judge(m.index, m.index + m[0].length, false);
    });
    eachDigitMatch(NANP, doc, (m) => {
      // "(415) 555-0123" reads as a phone; "415-555-0123" only with a phone label.
      if (NANP_TOLL_FREE.test(digitsOf(m[0]))) return;
      judge(m.index, m.index + m[0].length, m[0][0] !== "(");
    }, notAfterDigit);
    return out;
  },
};
