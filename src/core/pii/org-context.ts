/** Is a value part of an organisation's contact data (a company address, a company account)? */
import type { ScanDoc } from "./context";
import { organisationLine } from "./org-line";

const COMPANY =
  /株式会社|有限会社|合同会社|合資会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|学校法人|医療法人|社会福祉法人|独立行政法人|\((?:株|有)\)|御中|本社|支社|支店|営業所|事業所|工場|研究所|本店|オフィス|co\.,?\s?ltd|\binc\b|corporation|\bcorp\b|\bllc\b|\bk\.k\.|\bltd\b|head office|headquarters|\boffice\b|venue|会場|開催場所|所在地|弊社|当社|showroom|ショールーム|\bhotel\b|ホテル|旅館|当館|代理店|センター|倉庫|事務所|弊所|当所|病院|クリニック|医院|学校|本校|校舎|式場|斎場|葬儀/i;
/** An office floor ("8F", "12階", "ビル 3F"); a floor followed by a room ("4F-402", "7階703号室") is a flat. */
const FLOOR = /(?:\d+\s?(?:F|階)(?![a-z]|\s?[-の]?\s?\d)|ビル\s*\d*\s*F(?![a-z]|\s?-?\s?\d))/i;
/** A hotel, showroom or venue: a business whose address a mail gives so people can go there. */
const BUSINESS_ABOVE = /\bhotel\b|ホテル|旅館|showroom|ショールーム|\bvenue\b|会場|代理店|サービス|センター|倉庫|株式会社|有限会社|合同会社|co\.,?\s?ltd|\bk\.k\./i;
/** The value's own line calls it a person's address ("住所：", "Home address:"). */
const PERSONAL_ADDRESS_LABEL = /現住所|ご住所|(?:^|[^所在])住所|自宅|送付先|お届け先|居所|home address|address/i;

/** The bounded neighbourhood of a value: a little before it on its line, its line after it, and the next line. */
export function neighbourhood(doc: ScanDoc, start: number, end: number, before = 30, after = 60): string {
  const line = doc.lineIndex(start);
  const ls = doc.lineStart(line);
  const endLine = doc.lineIndex(Math.max(start, end - 1));
  const le = doc.lineEnd(endLine);
  let stop = Math.min(le, end + after);
  if (le === stop && endLine + 1 < doc.lineCount()) stop = Math.min(doc.lineEnd(endLine + 1), le + 1 + after);
  return doc.text.slice(Math.max(ls, start - before), stop);
}

/** A "key: value" line ("Employer: …", "勤務先：…"): another field of a form, not more of this address. */
const FIELD_LINE = /^\s*[^\s:：]{1,20}(?: [^\s:：]{1,20})?\s*[:：]/;

/**
 * A bracket that lists a place: postcode, address and a landline together after a name
 * ("とりやす（〒150-0043 東京都…41-8 3F、03-3461-…）"), how a venue or shop is given. Reads the
 * rest of the bracket the postcode opens (≤ 80 characters, one line).
 */
const PLACE_LISTING = /^[^()（）\n]{4,80}(?:0\d{1,4}-\d{1,4}-\d{4})\s?[)）]/;
export function placeListingBracket(doc: ScanDoc, start: number, end: number): boolean {
  const before = doc.text.slice(Math.max(0, start - 3), start);
  return /[(（]\s?〒?\s?$/.test(before) && PLACE_LISTING.test(doc.text.slice(end, end + 100));
}

/** A field that names a company itself: its legal name or its 法人番号 ("Legal name: …", "商号：…", "Corporate Number: …"). */
const COMPANY_ID_FIELD = /^\s*(?:legal name|company name|registered name|trade name|corporate number|商号|法人名|会社名|法人番号)[^:：\n]{0,16}[:：]/i;
/** A field of a person's record ("Name:", "氏名：", "Date of birth:"): the block is about a person. */
const PERSON_FIELD = /^\s*(?:氏名|お名前|名前|name|full name|生年月日|date of birth|dob|applicant|employee)\s*[:：]/i;

/** Per document, per line: 0 not yet read, else 1 | 2 (a company's field) | 4 (a person's field). */
const fieldsOfDoc = new WeakMap<ScanDoc, Uint8Array>();
function lineFields(doc: ScanDoc, line: number): number {
  let f = fieldsOfDoc.get(doc);
  if (f === undefined) {
    f = new Uint8Array(doc.lineCount());
    fieldsOfDoc.set(doc, f);
  }
  if (f[line] === 0) {
    const from = doc.lineStart(line);
    const to = Math.min(doc.lineEnd(line), from + 40);
    // Both fields end in a colon within the head: most lines (prose) have none, and no slice or regex is needed.
    let colon = false;
    for (let i = from; i < to && !colon; i++) {
      const c = doc.text.charCodeAt(i);
      colon = c === 0x3a || c === 0xff1a;
    }
    const head = colon ? doc.text.slice(from, to) : "";
    f[line] = colon ? 1 | (COMPANY_ID_FIELD.test(head) ? 2 : 0) | (PERSON_FIELD.test(head) ? 4 : 0) : 1;
  }
  return f[line];
}

/**
 * The value sits in a record of fields that describes a company (its legal name or 法人番号 is one
 * of the fields, no field names a person): a vendor master's "Registered address", "Remittance"
 * are the company's. Reads the block of non-blank lines around the value, at most 8 each way;
 * each line's head is tested once per document.
 */
export function companyRecord(doc: ScanDoc, start: number): boolean {
  const line = doc.lineIndex(start);
  // (asked for every address, postcode and account candidate: each line's answer is read once)
  let known = recordOfDoc.get(doc);
  if (known === undefined) {
    known = new Uint8Array(doc.lineCount());
    recordOfDoc.set(doc, known);
  }
  if (known[line] === 0) known[line] = readsAsCompanyRecord(doc, line) ? 2 : 1;
  return known[line] === 2;
}
/** Per document, per line: 0 not yet asked, 1 not in a company's record, 2 in one. */
const recordOfDoc = new WeakMap<ScanDoc, Uint8Array>();

/** Only white space on the line (as String.prototype.trim has it), read in place: no slice per line walked. */
function blankLine(doc: ScanDoc, l: number): boolean {
  const e = doc.lineEnd(l);
  for (let i = doc.lineStart(l); i < e; i++) {
    const c = doc.text.charCodeAt(i);
    const space =
      c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
    if (!space) return false;
  }
  return true;
}

function readsAsCompanyRecord(doc: ScanDoc, line: number): boolean {
  const blank = (l: number): boolean => blankLine(doc, l);
  let from = line;
  while (from > 0 && line - from < 8 && !blank(from - 1)) from--;
  let to = line;
  while (to + 1 < doc.lineCount() && to - line < 8 && !blank(to + 1)) to++;
  let all = 0;
  for (let l = from; l <= to; l++) all |= lineFields(doc, l);
  return (all & 2) !== 0 && (all & 4) === 0;
}

export function companyAddressContext(doc: ScanDoc, start: number, end: number): boolean {
  if (companyRecord(doc, start)) return true;
  // Labelled as a person's address on its own line, or followed by another field of a form: the
  // next line (a bank branch, an employer's name) says nothing about whose address this is.
  const ls = doc.lineStart(doc.lineIndex(start));
  const endLine = doc.lineIndex(Math.max(start, end - 1));
  const ownLine = PERSONAL_ADDRESS_LABEL.test(doc.text.slice(Math.max(ls, start - 40), start));
  const nextField = endLine + 1 < doc.lineCount() ? FIELD_LINE.exec(doc.lineText(endLine + 1).slice(0, 60)) : null;
  // (the next field's own name still counts: "Venue phone:" under an address says whose it is)
  if (!ownLine && nextField && COMPANY.test(nextField[0])) return true;
  const around = ownLine || nextField ? doc.text.slice(Math.max(ls, start - 30), Math.min(doc.lineEnd(endLine), end + 60)) : neighbourhood(doc, start, end);
  if (COMPANY.test(around)) return true;
  // "Hotel phone: …" / "Address: …", "会場：ホテル…" / "　東京都…": a business named on the line just above.
  // (a postcode may stand before the address on that line: "〒123-4567 東京都…")
  if (ownLine || /^[\s〒]*(?:\d{3}-?\d{4})?[\s〒]*$/.test(doc.text.slice(ls, start))) {
    const line = doc.lineIndex(start);
    if (line > 0 && BUSINESS_ABOVE.test(doc.lineText(line - 1).slice(0, 200))) return true;
    // "お問い合わせ：… 0120-…" / "〒…": an address printed under an organisation's enquiry line.
    if (line > 0 && !ownLine && organisationLine(doc, doc.lineStart(line - 1), doc.lineStart(line - 1))) return true;
  }
  return FLOOR.test(doc.text.slice(start, end));
}

const COMPANY_HOLDER =
  /カ\)|\(カ|ユ\)|\(ユ|ド\)|\(ド|ザイ\)|\(ザイ|シヤ\)|\(シヤ|ガク\)|\(ガク|イ\)|\(イ|株式会社|有限会社|合同会社|社団法人|財団法人|協会|組合|\((?:株|有)\)|co\.,?\s?ltd|\binc\b|corporation|\bcorp\b|\bllc\b|\b[kgy]\.k\.|corporate account|(?:association|club|society|committee|foundation)(?:'s)? account|弊社|当社|お振込先|お振込み先|振込先口座|ご請求|請求書|お支払い先|代金/i;

/** A bank's own name ("… Banking Corp.", "… Bank, Ltd.") names the bank, not the account holder. */
const BANK_NAME = /bank(?:ing)?(?: corporation| corp\.?| co\.,? ?ltd\.?| ltd\.?| limited)|銀行|信用金庫|信用組合/gi;

/** The holder field of an account ("口座名義：…", "Account name: …"). */
const HOLDER_LINE = /名義|account (?:name|holder)|payee|beneficiary/i;

/**
 * The account's neighbourhood: its line, the holder line just above it, and the next line
 * unless that is another field of a form ("取引先：株式会社…" names someone else).
 */
function accountNeighbourhood(doc: ScanDoc, start: number, end: number): string {
  const line = doc.lineIndex(start);
  const endLine = doc.lineIndex(Math.max(start, end - 1));
  let from = Math.max(doc.lineStart(line), start - 80);
  if (line > 0 && HOLDER_LINE.test(doc.lineText(line - 1).slice(0, 40))) from = doc.lineStart(line - 1);
  let to = Math.min(doc.lineEnd(endLine), end + 80);
  if (to === doc.lineEnd(endLine) && endLine + 1 < doc.lineCount()) {
    const next = doc.lineText(endLine + 1).slice(0, 80);
    const field = FIELD_LINE.exec(next);
    if (!field || HOLDER_LINE.test(field[0])) to = doc.lineEnd(endLine) + 1 + next.length;
  }
  return doc.text.slice(from, to);
}

export function companyAccountContext(doc: ScanDoc, start: number, end: number): boolean {
  if (companyRecord(doc, start)) return true;
  const around = accountNeighbourhood(doc, start, end);
  if (/給与|給料|賞与|払戻|返金先|ご本人|本人名義|個人名義|個人口座|個人事業主|salary|payroll|personal account|refund|sole proprietor|freelance/i.test(around)) return false;
  return COMPANY_HOLDER.test(around.replace(BANK_NAME, " "));
}

/** A postcode change being announced: 新/旧郵便番号, 郵便番号の変更, "our postcode has changed". */
const POSTCODE_CHANGE =
  /[新旧]郵便番号|郵便番号(?:が|の|は|を)?(?:変更|変わ)|移転|(?:post ?code|postal code|zip(?: code)?)s? (?:has |have |will |is |was )?(?:changed|change|moved)|(?:new|old|former|previous) (?:post ?code|postal code|zip)|relocat/i;
/** Whose notice: a company's own words, or a notice's (お知らせ, "Notice"). A person's "my postcode changed" stays. */
const NOTICE_SENDER = /新店舗|旧店舗|新事務所|旧事務所|移転いたし|弊社|当社|弊所|当所|弊店|当店|当院|弊院|当館|株式会社|有限会社|合同会社|事務所|オフィス|本社|支社|支店|営業所|お知らせ|ご案内|notice|announcement|company|\boffice\b|headquarters/i;

/**
 * Issue 12: an organisation announcing its own new and old postcodes ("弊社の郵便番号が変わりました
 * 旧〒… 新〒…") gives no one's personal data. Reads the value's line and the eight before it (≤ 500 chars):
 * the old address often comes last, under the new one, its phone and the date of the move.
 */
/** Every POSTCODE_CHANGE match holds one of these words; lines without any are skipped, each read once per document. */
const CHANGE_WORD = /郵便番号|移転|post ?code|postal|zip|relocat/i;
const changeWordsOfDoc = new WeakMap<ScanDoc, Uint8Array>();
function changeWordNear(doc: ScanDoc, line: number): boolean {
  let f = changeWordsOfDoc.get(doc);
  if (f === undefined) {
    f = new Uint8Array(doc.lineCount());
    changeWordsOfDoc.set(doc, f);
  }
  for (let l = line; l >= 0 && l >= line - 8; l--) {
    if (f[l] === 0) f[l] = CHANGE_WORD.test(doc.text.slice(doc.lineStart(l), doc.lineEnd(l))) ? 2 : 1;
    if (f[l] === 2) return true;
  }
  return false;
}

export function ownPostcodeNotice(doc: ScanDoc, start: number, end: number): boolean {
  const line = doc.lineIndex(start);
  if (!changeWordNear(doc, line)) return false;
  const from = Math.max(doc.lineStart(Math.max(0, line - 8)), start - 500);
  const to = Math.min(doc.lineEnd(line), end + 60);
  const around = doc.text.slice(from, to);
  return POSTCODE_CHANGE.test(around) && NOTICE_SENDER.test(around);
}
