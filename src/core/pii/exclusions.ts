/**
 * Exclusion zones: parts of a message where contact data belongs to the sender or to an
 * organisation, not to a person being written about:
 *  - signature blocks (the sender's own, and those of quoted mail),
 *  - header lines of quoted mail (From:/差出人:/送信日時:/-----Original Message-----…).
 * Organisation contacts outside signatures (代表, FAX, 0120…) are judged by each detector
 * through its context; this file only finds blocks of lines.
 *
 * One pass over the lines; each line is tested by anchored regexes with bounded work.
 */
import type { ScanDoc } from "./context";

export type Zone = [start: number, end: number];

const HEADER_LINE =
  /^\s*(?:>\s*)*(?:from|to|cc|bcc|sent|date|subject|reply-to|差出人|送信者|送信元|送信日時|送信日|日時|宛先|件名|日付|cc|bcc)\s*[:：]/i;
const ORIGINAL_MESSAGE =
  /^\s*(?:>\s*)*(?:-{2,}\s*(?:original message|元のメッセージ|original|forwarded message|転送メッセージ|転送されたメッセージ)\s*-{2,}|_{5,}|on .{4,200} wrote:|.{2,120}(?:さんは書きました|wrote)\s*[:：]|.{2,120}のメッセージ\s*[:：]|.{2,160}<[^<>\s@]+@[^<>\s@]+>\s*[:：])\s*$/i;
const SEPARATOR = /^\s*(?:>\s*)*(?:--|[-=_*~#━─―＝＊・.+]{3,}|[-=*~#━─―]{2,}.{0,40}[-=*~#━─―]{2,})\s*$/;
const ORG_MARK =
  /株式会社|有限会社|合同会社|合資会社|一般社団法人|一般財団法人|公益|学校法人|医療法人|\((?:株|有)\)|co\.,?\s?ltd|\binc\b\.?|corporation|\bcorp\b\.?|\bllc\b|\bk\.k\.|\bg\.k\.|\bgmbh\b|\bltd\b\.?|[部課]\s*$|(?:^|[^号])室\s*$|[部課](?:\s|[|｜/])|(?:^|[^号])室(?:\s|[|｜/])|部長|課長|室長|主任|係長|マネージャー|department|\bdept\b|division|\bteam\b|manager|director|engineer|sales|事業部|本部|グループ|センター|支店|営業所|事務所|協会|組合|\b(?:office|branch|headquarters)\b/i;
/**
 * Contact marks: a contact word as a label or at the head of a line, a postal mark, a URL — or
 * a line that is nothing but a phone-like number. Two regexes (a text has a mark when either
 * matches), so the costly word pattern runs only on text holding one of its words at all.
 */
// CONTACT_WORD_MARK (tested as hasContactWordMark below):
// /(?:^|[\s|｜/(（【\[])(?:tel|phone|fax|mobile|mob|cell|携帯|電話|直通|代表|e-?mail|mail|メール|url|web|内線)\s*[:：.)）】\]]|(?:^|[\s|｜/(（【\[])(?:直通|携帯|代表|内線)\s?\+?\d|〒|https?:\/\/|www\.|^\s*(?:>\s*)*(?:tel|phone|fax|mobile|携帯|電話|e-?mail|mail|メール)(?![a-z])/im
/** Every match of CONTACT_WORD_MARK holds one of these (two patterns: V8 scans each much faster than their union). */
const CONTACT_WORD_LATIN = /tel|phone|fax|mob|cell|mail|url|web|http|www\./i;
const CONTACT_WORD_JA = /携帯|電話|直通|代表|メール|内線|〒/;
const CONTACT_NUMBER_LINE = /^\s*(?:>\s*)*\+?[0-9()][0-9() .-]{8,18}[0-9]\s*$/m;
/** "Name | Company | 03-…": a phone as the last field of a "|"-separated line, how one-line signatures end. */
const PIPE_NUMBER_FIELD = /[|｜]\s*\+?[0-9()][0-9() .-]{8,18}[0-9]\s*$/m;
function hasContactMark(text: string): boolean {
  return ((CONTACT_WORD_JA.test(text) || CONTACT_WORD_LATIN.test(text)) && hasContactWordMark(text)) || CONTACT_NUMBER_LINE.test(text) || PIPE_NUMBER_FIELD.test(text);
}

/*
 * CONTACT_WORD_MARK.test, in three parts whose union it is. Its first two alternatives (a contact
 * word after a line start or a separator) cost V8 a try of every word at every space of a
 * block; here the words are found first, then the character before and the tail after each are
 * checked. No word holds a separator or a line break, so every place a word starts is found.
 */
const CONTACT_WORD = /tel|phone|fax|mob|cell|携帯|電話|直通|代表|e-?mail|mail|メール|url|web|内線/gi;
const CONTACT_WORD_TAIL =
  /(?:tel|phone|fax|mobile|mob|cell|携帯|電話|直通|代表|e-?mail|mail|メール|url|web|内線)\s*[:：.)）】\]]|(?:直通|携帯|代表|内線)\s?\+?\d/iy;
const CONTACT_PLAIN_MARK = /〒|https?:\/\/|www\./i;
const CONTACT_LINE_HEAD = /^\s*(?:>\s*)*(?:tel|phone|fax|mobile|携帯|電話|e-?mail|mail|メール)(?![a-z])/im;
function hasContactWordMark(text: string): boolean {
  return CONTACT_PLAIN_MARK.test(text) || CONTACT_LINE_HEAD.test(text) || hasLabelledContactWord(text);
}
/** "(?:^|[\s|｜/(（【\[])word" followed by its tail: the character before a word is a line start, white space or one of these. */
function hasLabelledContactWord(text: string): boolean {
  CONTACT_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONTACT_WORD.exec(text)) !== null) {
    const p = m.index;
    CONTACT_WORD.lastIndex = p + 1;
    if (p === 0 || opensContactWord(text.charCodeAt(p - 1))) {
      CONTACT_WORD_TAIL.lastIndex = p;
      if (CONTACT_WORD_TAIL.test(text)) return true;
    }
  }
  return false;
}
/** White space (line breaks included: "^" of the m flag) or | ｜ / ( （ 【 [. */
function opensContactWord(c: number): boolean {
  return isSpace(c) || c === 0x7c || c === 0xff5c || c === 0x2f || c === 0x28 || c === 0xff08 || c === 0x3010 || c === 0x5b;
}
const PERSONAL_MARK =
  /様\s*$|様\s*\n|宛\s*$|宛\s*\n|氏名|振込先|名義|お名前|名前\s*[:：]|生年月日|マイナンバー|個人番号|顧客|お客様情報|ご住所|ご自宅|現住所|申込者|応募者|被保険者|保険証|免許|旅券|パスポート|年金|口座番号|カード番号|name\s*:|date of birth|\bdob\b|applicant|customer|patient|employee/i;

/** Meeting invitations: their dial-in numbers and IDs are the organiser's, not a person's. */
const MEETING =
  /meeting id|ミーティング\s?id|会議\s?id|passcode|パスコード|conference id|dial[- ]?in|dial by|join (?:on|by|the|zoom|microsoft)|電話で参加|ダイヤルイン|zoom\.us|teams\.microsoft|webex\.com|meet\.google/i;

/** Blank once quote markers are stripped: nothing but white space and ">". */
const BLANK = /^[\s>]*$/;
/**
 * Every header line has a colon; every "original message" line one of these. Cheap tests first:
 * a line without a colon can only be a "-- Original Message --" or "_____" line.
 */
const MAYBE_ORIGINAL = /--|_{5}|wrote|書きました|のメッセージ|>\s*[:：]\s*$/i;

/** How many ">" quote markers open a line: a block never spans two quote levels. */
function quoteDepth(t: string): number {
  let d = 0;
  for (let i = 0; i < t.length && i < 40; i++) {
    const c = t.charCodeAt(i);
    if (c === 62) d++;
    else if (c !== 32 && c !== 9) break;
  }
  return d;
}

/** A line of contact data only ("> TEL 03-…", "Mobile: 090-…", "〒…"): how a quoted author's signature ends. */
const CONTACT_LINE = /^\s*(?:>\s*)*(?:tel|phone|fax|mobile|mob|cell|携帯|電話|直通|代表|e-?mail|mail|メール|〒)(?![a-z])|^\s*(?:>\s*)*.{2,160}[|｜]\s*\+?[0-9()][0-9() .-]{8,18}[0-9]\s*$/i;
/**
 * Contact lines of other shapes, short and without a sentence's punctuation: one that ends in a
 * number ("Lab: ext. 12 / mobile 090-…", "院内PHS 2205 / 医局 048-…", "+81 3-…") or is one bare
 * mail address.
 */
const CONTACT_TAIL_LINE = /^\s*(?:>\s*)*(?:[^。！？!?\n]{0,60}\+?[0-9()][0-9() .-]{8,18}[0-9]|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{3,100})\s*$/;
function isContactLine(t: string): boolean {
  return t.length <= 120 && (CONTACT_LINE.test(t) || CONTACT_TAIL_LINE.test(t));
}
/** A short name line above it ("> 中村（経理課）", "> Priya (Finance)"): no sentence punctuation. */
const NAME_LINE = /^\s*(?:>\s*)*[^\s>。、.,!?！？:：][^。、!?！？:：]{0,30}$/;
/** Bracketed notes of a name line ("（屋号：…）", "(JA>EN)") may hold a colon. */
const BRACKETED = /（[^（）]{0,30}）|\([^()]{0,30}\)/g;
function isNameLine(t: string): boolean {
  if (NAME_LINE.test(t)) return true;
  const bare = t.replace(BRACKETED, "");
  return bare !== t && NAME_LINE.test(bare);
}
/** A signature line of "|"- or "/"-separated fields that opens with a short name ("> Ann Lee | Sales | Acme | 03-…", "> 北川 咲 / 080-…"). */
const PIPE_LINE = /^\s*(?:>\s*)*[^\s>|｜/。、,!?！？:：][^|｜/。、,!?！？:：]{0,30}\s[|｜/]\s/;
/** The line above a sender's closing lines introduces them ("連絡先は以下：", "Her contact details below"): they are a person's data. */
const INTRODUCES = /[:：]\s*$|以下|下記|次の|連絡先|contact|below|following|details/i;

/** "key: value" lines whose key is not contact data (商号, 設立, 資本金, 法人番号…): a record, not a signature. */
const FIELD_LINE = /^\s*(?:>\s*)*([^\s:：]{1,12})\s*[:：]/;
const CONTACT_KEY = /tel|phone|fax|mobile|cell|携帯|電話|直通|代表|内線|mail|メール|url|web|http|住所|所在地|address|〒/i;
function isRecord(lines: string[]): boolean {
  let fields = 0;
  for (const l of lines) {
    const m = FIELD_LINE.exec(l);
    if (m && !CONTACT_KEY.test(m[1])) fields++;
  }
  return fields >= 3;
}

/**
 * A pasted CSV or TSV: three or more lines split into the same number (≥ 3) of columns by
 * commas or tabs. Its rows are data about people, never a signature (signature lines that hold
 * commas — "Acme Co., Ltd., Tokyo" — do not line up in columns).
 */
function isTable(lines: string[]): boolean {
  const widths = new Map<string, number>();
  for (const l of lines) {
    const d = l.indexOf("\t") !== -1 ? "\t" : ",";
    const cols = l.split(d).length;
    if (cols < 3) continue;
    const key = d + cols;
    const n = (widths.get(key) ?? 0) + 1;
    if (n >= 3) return true;
    widths.set(key, n);
  }
  return false;
}

/** Line kinds, in the order they are tested. */
const Kind = { Long: 0, Header: 1, Blank: 2, Separator: 3, Text: 4 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

/** White space as the regex class \s has it. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Characters a separator line can start with (after white space and ">"): SEPARATOR's alternatives. */
const SEPARATOR_FIRST = "-=_*~#━─―＝＊・.+";

/**
 * The kind of the line text[s, e). The first character after white space and ">" settles two
 * tests without a regex: a blank line has none, and a separator's must be one of SEPARATOR_FIRST.
 */
function classify(text: string, s: number, e: number): Kind {
  if (e - s > 300) return Kind.Long;
  // the first character after white space and ">" (a short loop: it stops at the first other one)
  let lead = -1;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c !== 62 && !isSpace(c)) {
      lead = c;
      break;
    }
  }
  if (lead === -1) return Kind.Blank; // only white space and ">": no header, no separator
  const t = text.slice(s, e);
  const colon = t.indexOf(":") !== -1 || t.indexOf("：") !== -1;
  const maybeOriginal = colon ? MAYBE_ORIGINAL.test(t) : t.indexOf("--") !== -1 || t.indexOf("_____") !== -1;
  if ((colon && HEADER_LINE.test(t)) || (maybeOriginal && ORIGINAL_MESSAGE.test(t))) return Kind.Header;
  if (SEPARATOR_FIRST.indexOf(String.fromCharCode(lead)) !== -1 && SEPARATOR.test(t)) return Kind.Separator;
  return Kind.Text;
}

/** quoteDepth of the line starting at s, read in place. */
function quoteDepthAt(text: string, s: number, e: number): number {
  let d = 0;
  const to = Math.min(e, s + 40);
  for (let i = s; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 62) d++;
    else if (c !== 32 && c !== 9) break;
  }
  return d;
}

/** A table header with a column named for an organisation's sites (支店, 営業所, branch, office…). */
const ORG_TABLE_HEADER =
  /(?:^|[,\t])\s*"?\s*(?:支店名?|支社名?|営業所名?|事業所名?|拠点名?|店舗名?|本支店|branch(?: name)?|office(?: name)?|site|location)\s*"?\s*(?=[,\t]|$)/i;

/** One step of the walk over the lines: a header line, or a block of lines that may be a zone. */
interface Step {
  /** First line of the step (a separator line when `sepStart`). */
  first: number;
  /** First line of the block's text (after the separator). */
  blockFrom: number;
  /** Line after the block. */
  end: number;
  header: boolean;
  sepStart: boolean;
  closedBySep: boolean;
  depth: number;
  /** No text of the same message follows: the next non-blank line is the end, a header line or a deeper quote. */
  lastOfMessage: boolean;
  /** The step's zone once judged: undefined not yet, null none. */
  zone: Zone | null | undefined;
}

/**
 * Exclusion zones, judged lazily: the walk over the lines (cheap: one classification per line)
 * cuts the text into blocks as before, but a block's costly tests (contact, organisation,
 * personal and meeting marks) run only when a candidate falls inside it. Prose blocks with
 * nothing found in them — most of a mail — are never tested. Same zones as judging every block.
 */
export class ExclusionZones {
  private readonly steps: Step[] = [];
  /** Per line: the step that covers it, or -1 (a long or blank line between blocks). */
  private readonly stepOfLine: Int32Array;
  private readonly lineText: (i: number) => string;

  constructor(private readonly doc: ScanDoc) {
    const n = doc.lineCount();
    this.stepOfLine = new Int32Array(n).fill(-1);
    const lineText = (i: number): string => {
      const s = doc.lineStart(i);
      const e = doc.lineEnd(i);
      // Very long lines are prose or data, never a header or signature line: read a bounded head.
      return doc.text.slice(s, Math.min(e, s + 300));
    };
    this.lineText = lineText;
    // Each line is classified once (the block walk below looks at most lines twice).
    const kinds = new Int8Array(n).fill(-1);
    const kind = (i: number): Kind => {
      let k = kinds[i] as Kind | -1;
      if (k === -1) {
        k = classify(doc.text, doc.lineStart(i), doc.lineEnd(i));
        kinds[i] = k;
      }
      return k;
    };
    const depths = new Int8Array(n).fill(-1);
    const depthOf = (i: number): number => {
      if (depths[i] === -1) depths[i] = quoteDepthAt(doc.text, doc.lineStart(i), doc.lineEnd(i));
      return depths[i];
    };

    // Paragraphs: runs of non-blank lines; separators also cut paragraphs.
    let i = 0;
    while (i < n) {
      const ki = kind(i);
      if (ki === Kind.Long || ki === Kind.Blank) {
        i++;
        continue;
      }
      if (ki === Kind.Header) {
        this.add({ first: i, blockFrom: i, end: i + 1, header: true, sepStart: false, closedBySep: false, depth: 0, lastOfMessage: false, zone: undefined });
        i++;
        continue;
      }
      const sepStart = ki === Kind.Separator;
      // Collect a block: from here to a blank line, a header line, or (after a separator) the next separator.
      let j = i + (sepStart ? 1 : 0);
      let closedBySep = false;
      const depth = depthOf(i);
      while (j < n && j - i < 16) {
        const kj = kind(j);
        if (kj !== Kind.Blank && depthOf(j) !== depth) break;
        if (kj === Kind.Long || kj === Kind.Header) break;
        if (kj === Kind.Separator) {
          closedBySep = true;
          break;
        }
        if (kj === Kind.Blank && !sepStart) break;
        if (kj === Kind.Blank && sepStart) {
          // a blank line inside a separated signature is allowed once the block has content
          if (j + 1 >= n || BLANK.test(lineText(j + 1)) || depthOf(j + 1) !== depth) break;
        }
        j++;
      }
      const blockFrom = i + (sepStart ? 1 : 0);
      if (j > blockFrom) {
        let next = j;
        while (next < n && next - j < 40 && kind(next) === Kind.Blank) next++;
        const lastOfMessage = next >= n || kind(next) === Kind.Header || depthOf(next) > depth;
        this.add({ first: i, blockFrom, end: j, header: false, sepStart, closedBySep, depth, lastOfMessage, zone: undefined });
      }
      i = j > i ? j : i + 1;
    }
  }

  private add(step: Step): void {
    const k = this.steps.length;
    this.steps.push(step);
    for (let l = step.blockFrom; l < step.end; l++) this.stepOfLine[l] = k;
  }

  /** Is `pos` (a normalised offset) inside a zone? */
  has(pos: number): boolean {
    // A table of an organisation's branches or offices: every row is an organisation's contact.
    const header = this.doc.tableHeaderText(pos);
    if (header !== null && ORG_TABLE_HEADER.test(header)) return true;
    const k = this.stepOfLine[this.doc.lineIndex(pos)];
    if (k === -1) return false;
    const zone = this.zoneOf(this.steps[k]);
    return zone !== null && pos >= zone[0] && pos < zone[1];
  }

  /** Every zone, sorted by start. */
  all(): Zone[] {
    const zones: Zone[] = [];
    for (const step of this.steps) {
      const z = this.zoneOf(step);
      if (z !== null) zones.push(z);
    }
    return zones;
  }

  /**
   * An unquoted tail (the mail's own end, or a forwarded body's) is a signature unless the line
   * above it introduces it or the tail names personal data (氏名, 生年月日, 様…).
   */
  private closesMessage(tail: number, blockFrom: number, end: number): boolean {
    const { doc, lineText } = this;
    if (PERSONAL_MARK.test(doc.text.slice(doc.lineStart(tail), doc.lineEnd(end - 1)))) return false;
    // Rows of a table ("Amy Wu | 4310 582201 | 2026-04-01"): two lines with the same delimiter.
    const delims = new Set<string>();
    for (let l = Math.max(0, tail - 1); l < end; l++) {
      const d = doc.delimiter(l);
      if (d !== "" && delims.has(d)) return false;
      if (d !== "") delims.add(d);
    }
    // the line above: in the block, or the last non-blank line before it; a message's first lines are no signature
    let above = tail - 1;
    if (tail === blockFrom) while (above >= 0 && BLANK.test(lineText(above))) above--;
    if (above < 0) return false;
    const aboveText = lineText(above);
    // "…四丁目12番⏎　シーブリーズ鵠沼 302": a building line that continues an address, not a name.
    if (/[0-9０-９番号目]\s*$/.test(aboveText) || /^[\s　]/.test(lineText(tail))) return false;
    return classify(doc.text, doc.lineStart(above), doc.lineEnd(above)) !== Kind.Header && !INTRODUCES.test(aboveText);
  }

  private zoneOf(step: Step): Zone | null {
    if (step.zone === undefined) step.zone = this.judge(step);
    return step.zone;
  }

  private judge(step: Step): Zone | null {
    const { doc, lineText } = this;
    const n = doc.lineCount();
    const { blockFrom, end: j, sepStart, closedBySep, depth } = step;
    if (step.header) return [doc.lineStart(blockFrom), doc.lineEnd(blockFrom)];
    const text = doc.text.slice(doc.lineStart(blockFrom), doc.lineEnd(j - 1));
    const lines = j - blockFrom;
    // A signature needs contact marks; test the costlier marks only then.
    let signature = false;
    if (hasContactMark(text)) {
      const org = ORG_MARK.test(text);
      signature =
        ((sepStart && (closedBySep || org || j >= n || lines <= 8)) || (org && lines >= 2 && lines <= 10)) && !PERSONAL_MARK.test(text);
      if (signature) {
        const ls: string[] = [];
        for (let k = blockFrom; k < j; k++) ls.push(lineText(k));
        signature = !(!sepStart && isRecord(ls)) && !isTable(ls);
      }
    }
    if (signature || MEETING.test(text)) return [doc.lineStart(blockFrom), doc.lineEnd(j - 1)];
    if (depth > 0 || step.lastOfMessage) {
      // A message (quoted, forwarded or the mail itself) that ends in a name line and contact
      // lines: that tail is its author's signature.
      let k = j;
      while (k > blockFrom && isContactLine(lineText(k - 1))) k--;
      let tail = -1;
      if (k < j && k > blockFrom && (isNameLine(lineText(k - 1)) || PIPE_LINE.test(lineText(k - 1)))) tail = k - 1;
      // The tail opens with its own "name | … | phone" line.
      else if (k < j && PIPE_LINE.test(lineText(k))) tail = k;
      if (tail !== -1 && (depth > 0 || this.closesMessage(tail, blockFrom, j))) return [doc.lineStart(tail), doc.lineEnd(j - 1)];
    }
    return null;
  }
}

/** Zones, sorted by start, in normalised offsets (every block judged; the scanner asks `ExclusionZones.has`). */
export function findExclusionZones(doc: ScanDoc): Zone[] {
  return new ExclusionZones(doc).all();
}

export function inZones(zones: Zone[], pos: number): boolean {
  let lo = 0;
  let hi = zones.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = zones[mid];
    if (pos < s) hi = mid - 1;
    else if (pos >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
