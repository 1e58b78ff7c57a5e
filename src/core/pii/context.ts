/**
 * Context: what the text calls a number. A label near a value (マイナンバー, 電話, 口座…) raises
 * confidence for its own type; a label that calls it something else (注文番号, invoice,
 * tracking…) or names an organisation's contact (代表, FAX, 内線…) rules it out. The nearest
 * label wins, as a reader would read it. In tables (CSV, TSV, spreadsheets) the column header
 * is the label.
 *
 * Every look-up reads a bounded window, so the cost per candidate is constant.
 */
import { declaredField } from "./declared-order";
import { execFrom, wordStarts } from "./first-chars";
import type { PersonalDataType } from "./types";

export type LabelCategory = PersonalDataType | "other" | "org" | "neutral";

const LABEL_WORDS: Array<[LabelCategory, string[]]> = [
  // Words that contain a label but mean no number ("代表取締役" is a person's title, not 代表 line).
  ["neutral", ["代表取締役", "代表者", "代表理事", "代表社員", "電話で", "電話にて", "お電話", "ご連絡", "メールアドレス", "mail address", "e-mail address", "email address", "email", "e-mail", "メール"]],
  ["my_number", ["マイナンバー", "個人番号", "マイナンバーカード", "通知カード", "my number", "mynumber", "individual number", "individual no"]],
  ["corporate_number", ["法人番号", "corporate number", "corporate no"]],
  ["credit_card", ["クレジットカード番号", "クレジットカード", "クレジット", "クレカ", "カード番号", "カードno", "credit card", "card number", "card no", "card#", "card", "カード", "visa", "mastercard", "amex", "american express", "jcb", "diners"]],
  ["health_insurance", ["保険者番号", "被保険者番号", "被保険者証", "被保険者", "保険証", "健康保険証", "健康保険", "health insurance", "insurer number", "insurer no"]],
  ["pension_number", ["基礎年金番号", "年金番号", "年金手帳", "pension number", "pension no", "pension"]],
  // "license number" alone is as often a software licence: only a driver's or driving licence counts.
  ["drivers_license", ["運転免許証番号", "運転免許証", "運転免許", "免許証番号", "免許証", "免許番号", "driver's license", "drivers license", "driver license", "driving licence", "driving license", "driver's license number", "driver's licence"]],
  ["passport", ["パスポート番号", "パスポート", "旅券番号", "旅券", "passport number", "passport no", "passport"]],
  ["bank_account", ["口座番号", "振込口座", "給与振込口座", "口座", "普通預金", "当座預金", "普通", "当座", "貯蓄", "総合口座", "account number", "account no", "acct", "a/c", "bank account",
    // English names of the Japanese account types: 普通 = ordinary / savings, 当座 = current / checking.
    "ordinary account", "ordinary", "savings account", "savings", "checking account", "current account", "futsu", "salary account"]],
  ["phone", ["電話番号", "電話", "携帯電話", "携帯番号", "携帯", "ケータイ", "連絡先", "自宅", "ご自宅", "緊急連絡先", "tel", "phone", "mobile", "cell", "telephone", "mobile line", "home line", "personal line", "private line", "landline", "phone line"]],
  ["postal_code", ["郵便番号", "〒", "zip code", "zip", "postal code", "post code", "postcode"]],
  ["address", ["現住所", "住所", "ご住所", "お届け先", "送付先", "居所", "address", "address line"]],
  ["birth_date", ["生年月日", "誕生日", "お誕生日", "生まれ", "出生", "date of birth", "birth date", "birthdate", "birthday", "dob", "d.o.b", "born on", "born"]],
  [
    "org",
    [
      "代表電話", "代表番号", "代表", "会社代表", "会社代表番号", "company main number", "company main line", "main number", "直通電話", "直通", "direct line", "direct", "fax", "ファックス", "ファクス", "内線", "ext.", "ext", "extension", "フリーダイヤル", "フリーダイアル", "ナビダイヤル",
      "toll-free", "toll free", "ダイヤルイン", "dial-in", "dial in", "call-in", "call in", "audio only", "音声のみ", "電話会議", "会議室", "conference",
      "窓口", "受付", "コールセンター", "サポートセンター", "カスタマーセンター", "お客様センター", "サポートデスク", "ヘルプデスク", "お問い合わせ先", "お問い合わせ",
      "問い合わせ先", "問合せ先", "お問合せ", "問合せ", "本社", "支社", "支店", "営業所", "事業所", "事務局", "事務所", "弊社", "当社", "会場", "開催場所", "所在地",
      "main line", "main", "office", "team", "desk", "hotel", "ホテル", "showroom", "ショールーム", "department", "dept", "ダイヤル", "専用ダイヤル", "専用回線", "media contact", "press contact", "広報", "reception", "helpdesk", "help desk", "hotline", "switchboard", "headquarters", "head office", "hq", "venue", "support",
      // A firm's, an employer's or a department's shared line ("the rental company number", "勤務先", "営業部共用").
      "company", "employer", "勤務先", "共用", "社用", "社用携帯", "shared line", "shared phone", "shared mobile", "shared number", "line", "旅館", "当館", "inn",
    ],
  ],
  [
    "other",
    [
      "注文番号", "注文no", "ご注文番号", "受注番号", "発注番号", "オーダー番号", "オーダーno", "請求書番号", "請求番号", "請求書no", "インボイス番号", "伝票番号",
      "追跡番号", "お問い合わせ番号", "問い合わせ番号", "問合せ番号", "送り状番号", "配送番号", "荷物番号", "会員番号", "会員id", "会員", "お客様番号", "顧客番号", "顧客id",
      "管理番号", "契約番号", "受付番号", "予約番号", "チケット番号", "整理番号", "品番", "型番", "製品番号", "商品番号", "商品コード", "シリアル番号", "シリアル", "登録番号",
      "資産番号", "社員番号", "従業員番号", "職員番号", "学籍番号", "案件番号", "見積番号", "見積書番号", "稟議番号", "申請番号", "問題番号", "ロット", "jan", "ean", "isbn",
      "order number", "order no", "order #", "order id", "order", "purchase order", "invoice number", "invoice no", "invoice #", "invoice", "inv", "tracking number",
      "tracking no", "tracking", "member id", "member number", "membership", "member", "customer number", "customer no", "customer id", "account id", "user id",
      "ref", "reference", "serial", "sku", "po", "ticket", "case", "booking", "reservation", "confirmation", "meeting id", "webinar id", "会議id", "ミーティングid",
      "パスコード", "passcode", "password", "pin", "version", "ver.", "ver", "バージョン", "build", "ip", "ipアドレス", "id", "価格", "金額", "合計", "税込", "税抜",
      "単価", "数量", "料金", "price", "amount", "total", "qty", "入社日", "納期", "納品日", "会議日", "日時", "日程", "期限", "有効期限", "期日", "締切", "締め切り", "創業",
      "設立", "作成日", "発行日", "更新日", "開催日", "開催", "予定日", "支払期日", "入金日", "契約日", "出荷日", "配達日", "due", "deadline", "expiry", "expires",
      "expiration", "valid", "meeting", "issued", "created", "updated", "founded", "established", "date", "shipped", "delivery", "sent", "received",
      "有効", "validity", "exp", "cvv", "cvc", "security code", "セキュリティコード",
      // Issue 12: application and part numbers ("マイナンバーカードの申込番号 …" is an application's number).
      "注文", "ご注文", "申込番号", "申し込み番号", "お申込番号", "申込id", "申請id", "受付id", "交付申請書id", "application number", "application no", "application id",
      "部品番号", "part number", "part no", "model number", "model no",
      "ポイントカード番号", "ポイントカード", "gift card", "point card", "loyalty card", "member card", "membership card", "prepaid card", "ic card", "id card", "キャッシュカード", "icカード", "ギフトカード", "プリペイドカード", "社員証", "会員カード番号", "会員カード", "診察券番号", "診察券", "license key", "license number", "licence number", "license no", "licence no", "product key", "ライセンス番号", "ライセンスキー",
    ],
  ],
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/#]/g, "\\$&");
}

const ALTS: string[] = [];
const CATEGORY_OF = new Map<string, LabelCategory>();
{
  const all: Array<[string, LabelCategory]> = [];
  for (const [cat, words] of LABEL_WORDS) for (const w of words) all.push([w.toLowerCase(), cat]);
  // Longest first, so "電話番号" wins over "電話" and "番号" at the same start.
  all.sort((a, b) => b[0].length - a[0].length);
  for (const [w, cat] of all) {
    if (CATEGORY_OF.has(w)) continue;
    CATEGORY_OF.set(w, cat);
    let alt = escapeRe(w).replace(/ /g, "[ _-]?");
    // The left word boundary is checked in code (`labelStartsFree`): no lookbehind in ES2016.
    // "Individual Numbers", "account numbers": a label naming numbers also names them in the plural.
    if (/number$/.test(w)) alt = `${alt}s?`;
    if (/[a-z]$/.test(w)) alt = `${alt}(?![a-z])`;
    ALTS.push(alt);
  }
}
const LABEL_RE = new RegExp(ALTS.join("|"), "iy");
/** How labels start (first two characters): `nextLabel` tries the regex only there. */
const LABEL_FIRST = wordStarts([...CATEGORY_OF.keys()]);

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The next label in `s` at or after `from`. An English label must not start inside a word
 * ("order" in "border"). At one position either every alternative that can match starts with
 * a letter or none does, so rejecting the match and searching on from the next character is
 * what a lookbehind on those alternatives did.
 */
function nextLabel(s: string, from: number): RegExpExecArray | null {
  let m: RegExpExecArray | null;
  let i = from;
  while ((m = execFrom(LABEL_RE, LABEL_FIRST, s, i)) !== null) {
    if (m.index > 0 && isLetter(m[0].charCodeAt(0)) && isLetter(s.charCodeAt(m.index - 1))) {
      i = m.index + 1;
      continue;
    }
    return m;
  }
  return null;
}

const categoryCache = new Map<string, LabelCategory | undefined>();
function categoryOf(word: string): LabelCategory | undefined {
  let c = categoryCache.get(word);
  if (c === undefined && !categoryCache.has(word)) {
    c = categoryOfUncached(word);
    if (categoryCache.size < 10_000) categoryCache.set(word, c);
  }
  return c;
}

function categoryOfUncached(word: string): LabelCategory | undefined {
  const w = word.toLowerCase().replace(/[ _-]/g, " ").replace(/numbers$/, "number");
  word = word.replace(/numbers$/i, "number");
  return CATEGORY_OF.get(w) ?? CATEGORY_OF.get(word.toLowerCase()) ?? lookupLoose(word);
}

function lookupLoose(word: string): LabelCategory | undefined {
  const squeezed = word.toLowerCase().replace(/[ _-]/g, "");
  for (const [w, c] of CATEGORY_OF) if (w.replace(/ /g, "") === squeezed) return c;
  return undefined;
}

export interface LabelHit {
  category: LabelCategory;
  /** Characters between the end of the label and the value. */
  distance: number;
  word: string;
}

/** The last label in `s` (nearest to its end), or null. */
export function lastLabel(s: string): LabelHit | null {
  let m: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  let i = 0;
  while ((m = nextLabel(s, i)) !== null) {
    if (categoryOf(m[0]) !== "neutral") last = m;
    i = m.index + m[0].length;
  }
  if (!last) return null;
  const category = categoryOf(last[0]);
  if (!category) return null;
  return { category, distance: s.length - (last.index + last[0].length), word: last[0] };
}

/** The first label in `s`, or null. */
export function firstLabel(s: string): LabelHit | null {
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = nextLabel(s, i)) !== null) {
    const category = categoryOf(m[0]);
    if (category && category !== "neutral") return { category, distance: m.index, word: m[0] };
    i = m.index + m[0].length;
  }
  return null;
}

/** Does `s` contain a label of `category`? */
export function hasLabel(s: string, category: LabelCategory): boolean {
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = nextLabel(s, i)) !== null) {
    if (categoryOf(m[0]) === category) return true;
    i = m.index + m[0].length;
  }
  return false;
}

const ANY_DIGIT = /[0-9]/g;
/** How a line goes on after a label wrapped at the end of the line above: "number is", "no.:", "番号は". */
const WRAPPED_LABEL_TAIL = /^\s*(?:numbers?|no\.?|#|番号)\s*(?:is|was|は|:|：)?\s*$/i;
/** Delimiters by their code in `ScanDoc.delimOfLine`. */
const DELIMS = ["", "", "\t", ",", "|"];

function twice(t: string, c: string): boolean {
  const first = t.indexOf(c);
  return first !== -1 && t.indexOf(c, first + 1) !== -1;
}

/** Digit regions joined into one string (`ScanDoc.joinedDigitRegions`). */
export interface JoinedRegions {
  tail: number;
  text: string;
  /** Where region k starts in `text`. */
  at: number[];
  /** Where region k starts in the document. */
  from: number[];
  /** The last offset (from the region's start) where a match may start. */
  last: number[];
}

/**
 * The scan document: the normalised text with line and table look-ups, built once per scan.
 */
export class ScanDoc {
  readonly text: string;
  private lineStarts: Int32Array | null = null;
  private digitRegionList: Array<[number, number]> | null = null;
  /** Per line: the first line of its table block, -1 not yet known (typed: a Map of every row of a big CSV slowed each GC). */
  private headerOfLine: Int32Array | null = null;
  /** Per line: 0 not yet read, 1 no delimiter, 2 tab, 3 comma (a typed array: read for every label look-up). */
  private delimOfLine: Uint8Array | null = null;
  private headerCells = new Map<number, string[]>();

  constructor(text: string) {
    this.text = text;
  }

  private starts(): Int32Array {
    if (!this.lineStarts) {
      // Counted first, then filled: a typed array of the right size, not an array grown by
      // push (growing a big array copies it again and again; a mail of short lines has many).
      const t = this.text;
      let count = 1;
      let i = -1;
      while ((i = t.indexOf("\n", i + 1)) !== -1) count++;
      const s = new Int32Array(count);
      let k = 1;
      i = -1;
      while ((i = t.indexOf("\n", i + 1)) !== -1) s[k++] = i + 1;
      this.lineStarts = s;
    }
    return this.lineStarts;
  }

  /**
   * Where a value that holds digits can start: each cluster of digits (gaps under 128
   * characters) from 32 characters before its first digit to its last digit, minus the inside
   * of runs of 24 or more digits (no value is that long, and none starts glued to a digit).
   * Prose without digits — most of a mail — is never read by the numeric detectors.
   */
  digitRegions(): Array<[number, number]> {
    if (this.digitRegionList) return this.digitRegionList;
    // One pass over the characters (a regex for the clusters would keep a backtrack entry per
    // digit group: slow and deep on a megabyte of "1-1-1-").
    const out: Array<[number, number]> = [];
    const t = this.text;
    const n = t.length;
    let from = 0;
    let clustered = false;
    let lastDigitEnd = -1;
    let runStart = -1;
    let plain = 0; // non-digits in a row
    for (let i = 0; i < n; i++) {
      const c = t.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        plain = 0;
        if (runStart < 0) runStart = i;
        if (!clustered || i - lastDigitEnd >= 128) {
          if (clustered) out.push([from, lastDigitEnd]);
          clustered = true;
          from = Math.max(0, i - 32);
        }
        lastDigitEnd = i + 1;
      } else {
        if (runStart >= 0) {
          if (i - runStart >= 24) {
            out.push([from, runStart]);
            from = i;
          }
          runStart = -1;
        }
        // A stretch of prose: jump to the next digit natively (non-digits change nothing here).
        if (++plain === 16) {
          ANY_DIGIT.lastIndex = i + 1;
          if (!ANY_DIGIT.test(t)) break;
          i = ANY_DIGIT.lastIndex - 2;
        }
      }
    }
    if (runStart >= 0 && n - runStart >= 24) {
      out.push([from, runStart]);
      from = n;
    }
    if (clustered && from < lastDigitEnd) out.push([from, lastDigitEnd]);
    this.digitRegionList = out;
    return out;
  }

  private joinedRegions: JoinedRegions | null = null;
  /**
   * The digit regions, each with the `tail` characters after it, copied into one string and
   * separated by U+0000: a pattern that cannot match U+0000 (and uses no ^ or $) finds in it what
   * it finds in each region's own slice, in one regex pass instead of one per region.
   */
  joinedDigitRegions(tail: number): JoinedRegions {
    if (this.joinedRegions && this.joinedRegions.tail === tail) return this.joinedRegions;
    const regions = this.digitRegions();
    const t = this.text;
    const parts: string[] = [];
    const at: number[] = [];
    const from: number[] = [];
    const last: number[] = [];
    let len = 0;
    for (const [f, to] of regions) {
      const slice = t.slice(f, Math.min(t.length, to + tail));
      at.push(len);
      from.push(f);
      last.push(to - f);
      parts.push(slice);
      len += slice.length + 1;
    }
    this.joinedRegions = { tail, text: parts.join("\u0000"), at, from, last };
    return this.joinedRegions;
  }

  lineIndex(pos: number): number {
    const s = this.starts();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(line: number): number {
    return this.starts()[line];
  }

  lineEnd(line: number): number {
    const s = this.starts();
    return line + 1 < s.length ? s[line + 1] - 1 : this.text.length;
  }

  lineCount(): number {
    return this.starts().length;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /**
   * The label that governs a value starting at `pos`: the nearest label before it on its
   * line (within `window` characters); if the line has nothing before the value but a bullet,
   * a label that ends the previous line; in a table, the column header.
   */
  labelBefore(pos: number, window = 40): LabelHit | null {
    const line = this.lineIndex(pos);
    const ls = this.lineStart(line);
    const from = Math.max(ls, pos - window);
    let cellStart = from;
    const delim = this.delimiter(line);
    if (delim) {
      const col = this.columnOf(line, pos);
      const k = col > 0 ? this.delimPositions(line)[col - 1] : -1;
      if (k >= from) cellStart = k + 1;
    }
    const inCell = this.text.slice(cellStart, pos);
    const hit = lastLabel(inCell);
    if (hit) return hit;
    if (delim) {
      const header = this.columnHeader(pos);
      if (header !== null) {
        const h = this.headerLabel(header);
        if (h) return { ...h, distance: 0 };
      }
      // a row label in the first column (縦持ちの表: "マイナンバー,1234…")
      const before = this.text.slice(from, cellStart);
      const row = lastLabel(before);
      if (row && before.length - (row.distance) < window) return { ...row, distance: row.distance + inCell.length };
      return null;
    }
    if (line > 0 && pos - ls <= 12 && /^[\s・*●○◆■□>\-:：.)）\]】|]*$/.test(this.text.slice(ls, pos)) && this.lineEnd(line - 1) - this.lineStart(line - 1) <= 60) {
      const prev = this.lineText(line - 1).replace(/[\s:：】\])）]+$/, "");
      if (prev.length > 0 && prev.length <= 40) {
        const h = lastLabel(prev);
        if (h && h.distance === 0) return { ...h, distance: pos - ls + 1 };
      }
    }
    // Rows of " / " fields under a declared order ("氏名・旅券番号・生年月日の順").
    const declared = this.hasSlashFields(line) ? declaredField(this, pos) : null;
    if (declared !== null) {
      const h = lastLabel(declared);
      if (h) return { ...h, distance: 0 };
    }
    // A label wrapped by the client at the end of the line above ("…my driver's license⏎number is
    // 3019…", "…のパスポート⏎番号は TR…"): the line goes on with the label's own "number".
    if (line > 0 && pos - ls <= 16 && WRAPPED_LABEL_TAIL.test(this.text.slice(ls, pos))) {
      const pe = this.lineEnd(line - 1);
      const h = lastLabel(this.text.slice(Math.max(this.lineStart(line - 1), pe - 40), pe).replace(/\s+$/, ""));
      if (h && h.distance === 0) return { ...h, distance: pos - ls + 1 };
    }
    return null;
  }

  /** Per line: 0 not yet read, 1 no, 2 a short line holding " / " (fields of a row). */
  private slashOfLine: Uint8Array | null = null;
  private hasSlashFields(line: number): boolean {
    if (!this.slashOfLine) this.slashOfLine = new Uint8Array(this.starts().length);
    if (this.slashOfLine[line] === 0) {
      const ls = this.lineStart(line);
      const le = this.lineEnd(line);
      this.slashOfLine[line] = le - ls <= 300 && this.text.slice(ls, le).indexOf(" / ") !== -1 ? 2 : 1;
    }
    return this.slashOfLine[line] === 2;
  }

  private headerLabels = new Map<string, LabelHit | null>();
  /** `lastLabel` of a column header cell: the same few cells are asked for every row of a table. */
  private headerLabel(cell: string): LabelHit | null {
    let hit = this.headerLabels.get(cell);
    if (hit === undefined) {
      hit = lastLabel(cell);
      if (this.headerLabels.size < 256) this.headerLabels.set(cell, hit);
    }
    return hit;
  }

  /** A label right after a value on the same line: "03-1234-5678（代表）", "… 内線 12". */
  labelAfter(end: number, window = 12): LabelHit | null {
    const line = this.lineIndex(end);
    const le = this.lineEnd(line);
    const s = this.text.slice(end, Math.min(le, end + window));
    const hit = firstLabel(s);
    if (!hit) return null;
    // Only when nothing but brackets, spaces or a slash stands between value and label.
    const between = s.slice(0, hit.distance);
    return /^[\s(（\[【/:：、,]*$/.test(between) ? hit : null;
  }

  /** The delimiter of a table line (tab; comma or "|" with at least two of them), else "". */
  delimiter(line: number): string {
    if (!this.delimOfLine) this.delimOfLine = new Uint8Array(this.starts().length);
    const code = this.delimOfLine[line];
    if (code !== 0) return DELIMS[code];
    const t = this.lineText(line);
    let d = "";
    if (t.indexOf("\t") !== -1) d = "\t";
    else if (twice(t, ",")) d = ",";
    // A table typed in plain text ("Name | Pension No. | Start"): "|" between the columns.
    else if (twice(t, "|")) d = "|";
    this.delimOfLine[line] = d === "" ? 1 : DELIMS.indexOf(d);
    return d;
  }

  /** The header line of the block of table lines that `line` belongs to (its first, or the second under a group row). */
  headerLine(line: number): number {
    if (!this.headerOfLine) this.headerOfLine = new Int32Array(this.starts().length).fill(-1);
    const known = this.headerOfLine;
    if (known[line] !== -1) return known[line];
    const delim = this.delimiter(line);
    // Walk up to a known line or the block's first, then fill the run walked.
    let k = line;
    let result = -1;
    // (false once a known row below the header gave the result: it is the header already)
    let atFirst = true;
    while (k >= 0) {
      if (known[k] !== -1) {
        result = known[k];
        atFirst = result === k && (k === 0 || this.delimiter(k - 1) !== delim);
        break;
      }
      if (k === 0 || this.delimiter(k - 1) !== delim) {
        result = k;
        break;
      }
      k--;
    }
    // A merged group row over the column names ("\t\t健康保険\t\t厚生年金"): the names are on the row below.
    const first = result;
    if (atFirst && result < line && delim !== "" && this.isGroupRow(result, delim)) result++;
    for (let v = Math.max(k, 0); v <= line; v++) known[v] = v === first ? first : result;
    return known[line];
  }

  /** A table's first line whose cells are mostly empty: a row naming groups of columns, not the columns. */
  private isGroupRow(line: number, delim: string): boolean {
    // (asked for every row of the table under it: read once per line)
    if (!this.groupOfLine) this.groupOfLine = new Uint8Array(this.starts().length);
    if (this.groupOfLine[line] === 0) {
      // Counted in place (no split): a group row is short, a longer line is not one.
      const ls = this.lineStart(line);
      const le = this.lineEnd(line);
      let cells = 1;
      let filled = 0;
      let cellFilled = false;
      if (le - ls <= 300) {
        const d = delim.charCodeAt(0);
        for (let i = ls; i < le; i++) {
          const c = this.text.charCodeAt(i);
          if (c === d) {
            if (cellFilled) filled++;
            cells++;
            cellFilled = false;
          } else if (c !== 32 && c !== 9 && c !== 0x3000) cellFilled = true;
        }
        if (cellFilled) filled++;
      }
      this.groupOfLine[line] = le - ls <= 300 && filled > 0 && filled * 2 < cells ? 2 : 1;
    }
    return this.groupOfLine[line] === 2;
  }
  /** Per line: 0 not yet read, 1 not a group row, 2 a group row. */
  private groupOfLine: Uint8Array | null = null;

  /** The header cell above `pos` in a table, or null when pos is not in a table body. */
  columnHeader(pos: number): string | null {
    const line = this.lineIndex(pos);
    const delim = this.delimiter(line);
    if (!delim) return null;
    const h = this.headerLine(line);
    if (h === line) return null;
    let cells = this.headerCells.get(h);
    if (!cells) {
      cells = this.lineText(h).split(delim);
      this.headerCells.set(h, cells);
    }
    const col = this.columnOf(line, pos);
    return col < cells.length ? cells[col] : null;
  }

  /** The header line of the table that `pos` sits in the body of, or null. */
  tableHeaderText(pos: number): string | null {
    const line = this.lineIndex(pos);
    if (!this.delimiter(line)) return null;
    const h = this.headerLine(line);
    if (h === line) return null;
    // Asked for every candidate of every row: the same header line, read once.
    if (h !== this.headerTextLine) {
      this.headerTextLine = h;
      // (with the group row above it, when there is one: "健康保険" names the 記号 and 番号 columns)
      this.headerText = h > 0 && this.delimiter(h - 1) === this.delimiter(h) && this.headerLine(h - 1) === h - 1 ? `${this.lineText(h - 1)}\n${this.lineText(h)}` : this.lineText(h);
    }
    return this.headerText;
  }
  private headerTextLine = -1;
  private headerText = "";

  /**
   * The delimiter offsets of the last table line asked for: the look-ups of one candidate ask
   * about one line, and each detector walks the text in order. One entry, not a map of every row:
   * a 200,000-row CSV kept 200,000 small arrays alive through the whole scan.
   */
  private delimLine = -1;
  private delimPos: number[] = [];
  /** Offsets of the delimiters of a table line. */
  private delimPositions(line: number): number[] {
    if (line !== this.delimLine) {
      const p: number[] = [];
      const delim = this.delimiter(line);
      const le = this.lineEnd(line);
      let i = this.lineStart(line) - 1;
      while ((i = this.text.indexOf(delim, i + 1)) !== -1 && i < le) p.push(i);
      this.delimLine = line;
      this.delimPos = p;
    }
    return this.delimPos;
  }

  /** Column index of `pos` in a table line: the number of delimiters before it. */
  private columnOf(line: number, pos: number): number {
    const p = this.delimPositions(line);
    let lo = 0;
    let hi = p.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Is `category` the value's own type? Convenience for detectors. */
export function labelIs(hit: LabelHit | null, type: PersonalDataType): boolean {
  return hit !== null && hit.category === type;
}
