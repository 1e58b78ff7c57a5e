/**
 * Romanised Japanese addresses without an "Address:" label (issue 12): the postcode written
 * after the prefecture or city, as in English ("…, Meguro-ku, Tokyo 153-0051"), possibly with
 * the block-number line above ("7-1-22 Shimouma\nSetagaya-ku, Tokyo 154-0002").
 *
 * The address ends before the postcode, which is a postal code of its own (as beside a Japanese
 * address; the second blind set's labelling rule 16).
 *
 * Anchored on a postcode right after a prefecture, a designated city or a "-ku/-shi/-cho"
 * name, so prose never starts a walk. The span runs back over address characters on the
 * postcode's line (at most 110) and, when that line holds no block number, over the line
 * above; it must hold a block number ("4-11-2", "3 chome"). Bounded per postcode: linear.
 */
import type { ScanDoc } from "./context";
import { candidate, eachDigitMatch } from "./detector-kit";
import { companyAddressContext } from "./org-context";
import type { Candidate } from "./types";

const PLACES =
  "Hokkaido|Aomori|Iwate|Miyagi|Akita|Yamagata|Fukushima|Ibaraki|Tochigi|Gunma|Saitama|Chiba|Tokyo|Kanagawa|Niigata|Toyama|Ishikawa|" +
  "Fukui|Yamanashi|Nagano|Gifu|Shizuoka|Aichi|Mie|Shiga|Kyoto|Osaka|Hyogo|Nara|Wakayama|Tottori|Shimane|Okayama|Hiroshima|Yamaguchi|" +
  "Tokushima|Kagawa|Ehime|Kochi|Fukuoka|Saga|Nagasaki|Kumamoto|Oita|Miyazaki|Kagoshima|Okinawa|" +
  "Sapporo|Sendai|Yokohama|Kawasaki|Sagamihara|Nagoya|Kobe|Sakai|Kitakyushu|Hamamatsu";
/** What may stand right before the postcode: a place, "-ken/-fu/-to", a "-ku/-shi/-cho" name, "City". */
const BEFORE_POSTCODE = new RegExp(`(?:\\b(?:${PLACES})(?:-(?:ken|fu|to))?|[A-Za-z]-(?:ku|shi|cho|machi|gun)|\\bCity|\\bKen|\\bPref\\.?|\\bPrefecture),? $`);
/** A postcode right after a word ("Tokyo 153-0051", "Meguro-ku, 153-0051"): group 1. Starting on the letter lets
 * the regex skip digit runs at once (adversarial digit-only input never gets past the first character). */
const POSTCODE = /[A-Za-z]\.?,? (\d{3}-\d{4})(?![0-9-])/g;
/** A character of a romanised address line: [0-9A-Za-z#.,' -]. */
function isRomanAddressChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 35 || c === 46 || c === 44 || c === 39 || c === 32 || c === 45;
}
/** Where the run of address characters ending at `to` starts, reading back at most 110 (a loop: a `…$` regex would retry from every offset). */
function tailStart(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && to - i < 110 && isRomanAddressChar(text.charCodeAt(i - 1))) i--;
  return i;
}
const BLOCK = /\d+-\d+|\d+ ?chome/i;
/** A phone, a long number or another postcode before the postcode: not a block number, so not one address. */
const NOT_BLOCK = /\d{5}|\d-\d+-\d{4}|(?:^|[^0-9-])\d{3}-\d{4}(?![0-9])/;
/** Where the address begins inside its segment: a room or the first number. */
const FIRST_PART = /(?:(?:Room|Rm\.?|Apt\.?|Apartment|Flat|Unit|Suite|#) ?\d|\d)/i;

/** A building's name right before its room number: one to three capitalised words ("Villa Aoba 301, 2-8-11 …"). */
const BUILDING_BEFORE_ROOM = /(?:^|[^A-Za-z'-])((?:[A-Z][A-Za-z'-]* ){1,3})$/;
/** Words that open a sentence or a label, never a building's name. */
const NOT_BUILDING = /^(?:Address|Ship|Send|Deliver|To|My|Our|Your|The|Is|Mr|Ms|Mrs|Dr|Home|Current|New|Old|Please|Tel|Phone)\b/;

function segmentStart(text: string, from: number, to: number): number {
  const seg = text.slice(from, to);
  const m = FIRST_PART.exec(seg);
  if (!m) return -1;
  // "Villa Aoba 301, 2-8-11 Aobadai": the room comes first, its building's name before it.
  if (/^\d{1,4},/.test(seg.slice(m.index))) {
    const b = BUILDING_BEFORE_ROOM.exec(seg.slice(0, m.index));
    if (b) {
      const words = b[1].split(" ").filter((w) => w !== "");
      let k = 0;
      while (k < words.length && NOT_BUILDING.test(words[k])) k++;
      if (k < words.length) return from + m.index - words.slice(k).join(" ").length - 1;
    }
  }
  return from + m.index;
}

/** A building line of its own above the block-number line: "Harbor View 1507", "Room 402". */
const BUILDING_LINE = /^[A-Z][A-Za-z'-]*(?: [A-Z][A-Za-z'-]*){0,3} #?\d{1,4}$/;

/**
 * The postcode first (the order of a Japanese envelope kept in English): "650-0004 Hyogo, Kobe,
 * Chuo-ku, Nakayamate-dori 3-7-2, Sakura Mansion 201." Group 1 the postcode; the address runs
 * from the place to the end of the run of address characters (a sentence's full stop excluded).
 */
const POSTCODE_FIRST = new RegExp(`(\\d{3}-\\d{4}),? (?=(?:${PLACES})(?:-(?:ken|fu|to))?,|[A-Z][a-z]+-(?:ku|shi|cho|machi|gun),)`, "g");

/** A romanised address and the postcode written after it (the postcode is not part of the address). */
export interface RomanisedSpan {
  start: number;
  /** End of the address: its last token before the postcode. */
  end: number;
  /** -1 when no postcode is written with it. */
  postcodeStart: number;
  postcodeEnd: number;
}

const spansOf = new WeakMap<ScanDoc, RomanisedSpan[]>();

/** The romanised addresses of `doc` (found once; the address and postal-code detectors both read them). */
export function romanisedSpans(doc: ScanDoc): RomanisedSpan[] {
  let spans = spansOf.get(doc);
  if (spans === undefined) {
    spans = findSpans(doc);
    spansOf.set(doc, spans);
  }
  return spans;
}

function findSpans(doc: ScanDoc): RomanisedSpan[] {
  const out: RomanisedSpan[] = [];
  const t = doc.text;
  eachDigitMatch(POSTCODE, doc, (m) => {
    const pc = m.index + m[0].length - m[1].length;
    const end = pc + m[1].length;
    const line = doc.lineIndex(pc);
    const ls = doc.lineStart(line);
    const head = t.slice(Math.max(ls, pc - 40), pc);
    if (!BEFORE_POSTCODE.test(head)) return;
    const segFrom = tailStart(t, ls, pc);
    let start = -1;
    const here = segmentStart(t, segFrom, pc);
    if (here >= 0 && here < pc && BLOCK.test(t.slice(here, pc))) {
      start = here;
      // "Harbor View 1507" / "2-3-1 Minatomirai, …": a building line of its own right above.
      if (here === ls && line > 0) {
        const pls = doc.lineStart(line - 1);
        const above = t.slice(pls, doc.lineEnd(line - 1)).trim();
        if (BUILDING_LINE.test(above) && !NOT_BUILDING.test(above)) start = pls + t.slice(pls).indexOf(above);
      }
    } else if (segFrom === ls && line > 0) {
      // The block number on the line above: "7-1-22 Shimouma" / "Setagaya-ku, Tokyo 154-0002".
      const pls = doc.lineStart(line - 1);
      let ple = doc.lineEnd(line - 1);
      if (ple > pls && t.charCodeAt(ple - 1) === 13) ple--;
      const pfrom = tailStart(t, pls, ple);
      if (pfrom < ple && BLOCK.test(t.slice(pfrom, ple))) {
        const s = segmentStart(t, pfrom, ple);
        if (s >= 0) start = s;
      }
    }
    if (start < 0 || NOT_BLOCK.test(t.slice(start, pc))) return;
    const label = doc.labelBefore(start);
    if (label && (label.category === "org" || label.category === "other")) return;
    if (companyAddressContext(doc, start, end)) return;
    // The address ends with the word before the postcode ("Tokyo", "Pref."), not with ", ".
    const addressEnd = m.index + (m[0].charCodeAt(1) === 46 ? 2 : 1);
    out.push({ start, end: addressEnd, postcodeStart: pc, postcodeEnd: end });
  });
  eachDigitMatch(POSTCODE_FIRST, doc, (m) => {
    const pc = m.index;
    if (pc > 0 && /[0-9A-Za-z-]/.test(t[pc - 1])) return;
    const pcEnd = pc + m[1].length;
    const start = m.index + m[0].length;
    let i = start;
    const le = doc.lineEnd(doc.lineIndex(start));
    while (i < le && i - start < 110 && isRomanAddressChar(t.charCodeAt(i))) i++;
    const addressEnd = start + trimTail(t.slice(start, i)).length;
    const span = t.slice(start, addressEnd);
    // (anchored on a postcode and a place, a lot number alone counts: "Kawauchi-machi 62")
    if (!(BLOCK.test(span) || LOT.test(span)) || NOT_BLOCK.test(span)) return;
    const label = doc.labelBefore(pc);
    if (label && (label.category === "org" || label.category === "other")) return;
    if (companyAddressContext(doc, pc, addressEnd)) return;
    out.push({ start, end: addressEnd, postcodeStart: pc, postcodeEnd: pcEnd });
  });
  prefectureFirst(doc, out);
  return out;
}

/** Trailing commas, stops and spaces, and a country after the address ("…, Japan" belongs to neither). */
function trimTail(span: string): string {
  return span.replace(/[ ,.]+$/, "").replace(/,? Japan$/i, "").replace(/[ ,.]+$/, "");
}
/** A lot number ending a place token ("Kawauchi-machi 62,"). */
const LOT = /[a-z] \d{1,4}(?:,|$)/;
const PLACE_SET = new Set(PLACES.split("|"));
/** A prefecture's suffix in the Japanese order ("Osaka-fu", "Chiba-ken", "Tokyo-to", "Hokkai-do"). */
const PREF_SUFFIX = /-(?:to|fu|ken|do)\b/g;
/** What follows the prefecture: a municipality ("Suita-shi", "Meguro-ku", "Kugenuma-kaigan" is the district after). */
const MUNICIPALITY_NEXT = /^,? [A-Z][a-z]+(?:-[a-z]+)*-(?:ku|shi|cho|machi|gun|mura)\b/;
const POSTCODE_IN = /,? \d{3}-\d{4}(?![0-9])/;

/**
 * The Japanese order romanised, prefecture first with its suffix ("Osaka-fu, Suita-shi,
 * Yamadanishi 4-11-3, Maison Senri 205"), often with no postcode: from the prefecture to the end
 * of the line's address characters (before a postcode, if one follows). Found from each suffix
 * ("-fu", "-ken"…) whose word is a prefecture; reads at most 110 characters after it.
 */
function prefectureFirst(doc: ScanDoc, out: RomanisedSpan[]): void {
  const t = doc.text;
  PREF_SUFFIX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PREF_SUFFIX.exec(t)) !== null) {
    let w = m.index;
    while (w > 0 && m.index - w < 12 && /[A-Za-z]/.test(t[w - 1])) w--;
    if (!PLACE_SET.has(t.slice(w, m.index)) && t.slice(w, m.index) !== "Hokkai") continue;
    if (w > 0 && /[A-Za-z0-9-]/.test(t[w - 1])) continue;
    const after = m.index + m[0].length;
    if (!MUNICIPALITY_NEXT.test(t.slice(after, after + 40))) continue;
    const le = doc.lineEnd(doc.lineIndex(after));
    let i = after;
    while (i < le && i - after < 110 && isRomanAddressChar(t.charCodeAt(i))) i++;
    let span = t.slice(w, i);
    const pc = POSTCODE_IN.exec(span);
    if (pc) span = span.slice(0, pc.index);
    span = trimTail(span);
    if (!BLOCK.test(span) || NOT_BLOCK.test(span)) continue;
    const end = w + span.length;
    PREF_SUFFIX.lastIndex = end;
    const label = doc.labelBefore(w);
    if (label && (label.category === "org" || label.category === "other")) continue;
    if (companyAddressContext(doc, w, end)) continue;
    const pcStart = pc ? w + pc.index + pc[0].length - 8 : -1;
    out.push({ start: w, end, postcodeStart: pcStart, postcodeEnd: pc ? pcStart + 8 : -1 });
  }
}

export function romanisedAddresses(doc: ScanDoc): Candidate[] {
  return romanisedSpans(doc).map((s) => candidate("address", s.start, s.end, 0.8));
}

/** The postcodes written after romanised addresses: postal codes of their own. */
export function romanisedPostcodes(doc: ScanDoc): Candidate[] {
  return romanisedSpans(doc)
    .filter((s) => s.postcodeStart >= 0)
    .map((s) => candidate("postal_code", s.postcodeStart, s.postcodeEnd, 0.8));
}
