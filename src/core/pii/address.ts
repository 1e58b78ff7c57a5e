/**
 * Addresses: from a prefecture (or a designated city / Tokyo ward, or right after an address
 * label) through the block number, building and room. Company addresses (本社, 御中, floors of
 * office buildings, a company name beside them) are organisation data.
 *
 * The walk after each start is bounded (at most ~90 characters), and the next search resumes
 * after the walked span, so the cost is linear however often a prefecture name repeats.
 */
import type { ScanDoc } from "./context";
import { candidate, notAfterLetter, type Detector } from "./detector-kit";
import { execFrom, wordStarts } from "./first-chars";
import { romanisedAddresses } from "./address-romanised";
import { companyAddressContext, ownPostcodeNotice } from "./org-context";
import type { Candidate } from "./types";

const PREFECTURES = [
  "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
  "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県",
  "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県",
  "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
];
export const PREFECTURE_SOURCE = PREFECTURES.join("|");
const CITIES =
  "札幌市|仙台市|さいたま市|千葉市|横浜市|川崎市|相模原市|新潟市|静岡市|浜松市|名古屋市|京都市|大阪市|堺市|神戸市|岡山市|広島市|北九州市|福岡市|熊本市|" +
  "(?:千代田|中央|港|新宿|文京|台東|墨田|江東|品川|目黒|大田|世田谷|渋谷|中野|杉並|豊島|荒川|板橋|練馬|足立|葛飾|江戸川)区";
const LABELS = "現住所|ご住所|住所|お届け先|送付先|居所";
const START = new RegExp(`(${PREFECTURE_SOURCE}|${CITIES})|(?:${LABELS})\\s*[:：]?\\s*|address\\s*[:：]\\s*`, "iy");
/** How a start can begin (the ward names stand for the "(?:千代田|…)区" group). */
const START_FIRST = wordStarts([...PREFECTURES, ...CITIES.split(/[|(?:)]+/).filter((w) => w !== ""), ...LABELS.split("|"), "address"]);

const PREF_AT_START = new RegExp(`^(?:${PREFECTURE_SOURCE})`);
const BUILDING_SUFFIX = /(?:ビル|ハイツ|マンション|コーポ|荘|レジデンス|タワー|ハイム|メゾン|アパート|棟|館|プラザ|ヒルズ|コート|パレス|ハウス|テラス|ヴィラ|グランド|パーク)$/;
const NUMBER_SUFFIX = /^(?:丁目|番地|番|号室|号|F|階|の)/;

function isAddressChar(c: number): boolean {
  return (
    (c >= 0x3041 && c <= 0x30ff) || // kana, ー
    (c >= 0x4e00 && c <= 0x9fff) || // kanji
    c === 0x3005 || // 々
    c === 0x30f6 || c === 0x30f5 || // ヶ ヵ
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 45 || c === 0x30fb // - ・
  );
}
/** 市区町村郡 */
function isMunicipality(c: number): boolean {
  return c === 0x5e02 || c === 0x533a || c === 0x753a || c === 0x6751 || c === 0x90e1;
}
/**
 * A building line: a building's name, then a room number ("コーポ博多南 203号室", "サクラハイツ 5F-502"),
 * or any name of kana and kanji that the room number ends the line after ("シーブリーズ鵠沼 302").
 */
const BUILDING_LINE =
  /^(?:[\u3041-\u30ff\u4e00-\u9fffA-Za-z々ー]{0,20}?(?:ビル|ハイツ|マンション|コーポ|荘|レジデンス|タワー|ハイム|メゾン|アパート|棟|館|プラザ|ヒルズ|コート|パレス|ハウス|テラス|ヴィラ|グランド|パーク)[\u3041-\u30ff\u4e00-\u9fffA-Za-z々ー]{0,12} ?\d{1,4}(?:号室|号|F|階)?(?:[^0-9-]|$)|(?!電話|内線|携帯|担当|社員|会員)[\u30a1-\u30ff\u4e00-\u9fff々][\u3041-\u30ff\u4e00-\u9fff々]{1,19} ?\d{2,4}(?:号室|号)?\s*(?:\n|$))/;
/** A contact field after an address ("TEL 06-…", "電話：…"): the address ended before it. */
const CONTACT_AFTER = /^(?:tel|fax|phone|電話|☎)/i;
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Walk from `from`; returns the end of the address or -1. `needsMunicipality`: a 市区町村郡 before the number. */
function walk(text: string, from: number, needsMunicipality: boolean): { end: number; walked: number } {
  const limit = Math.min(text.length, from + 90);
  let i = from;
  let spaces = 0;
  let sawMunicipality = !needsMunicipality;
  let blockEnd = -1; // end of the first number cluster (番地)
  let lastNumEnd = -1;
  let buildingStart = -1;
  let crossedLine = false;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (blockEnd < 0 && !sawMunicipality) break;
      if (spaces >= 2) break;
      spaces++;
      // "…2-4-18　TEL 06-…": a contact field after the address, not a building.
      if (blockEnd >= 0 && CONTACT_AFTER.test(text.slice(i + 1, i + 6))) break;
      if (blockEnd >= 0 && buildingStart < 0) buildingStart = i + 1;
      i++;
      continue;
    }
    if ((c === 10 || c === 13) && !crossedLine && sawMunicipality) {
      // Issue 12: an address broken over two lines. One break only, and only where the first line
      // stops at a natural seam: before the block number ("恵比寿南" / "3-5-12 …"), after the city
      // or ward ("大阪府大阪市" / "北区天神橋4-8-21"), after 丁目 ("本町2丁目" / "8-10 …"), or
      // before the building line ("…3-19-5" / "コーポ博多南 203号室"). A shaped block is still required.
      let k = i + (c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1);
      while (k < limit && text.charCodeAt(k) === 32) k++;
      const nextDigit = k < limit && isDigit(text.charCodeAt(k));
      let cross = false;
      if (blockEnd < 0) cross = nextDigit || (isMunicipality(text.charCodeAt(i - 1)) && k < limit && isAddressChar(text.charCodeAt(k)));
      else if (i === lastNumEnd) {
        if (nextDigit) cross = text.slice(i - 2, i) === "丁目";
        else cross = BUILDING_LINE.test(text.slice(k, Math.min(text.length, k + 40)));
      }
      if (cross) {
        crossedLine = true;
        if (blockEnd >= 0 && buildingStart < 0 && !nextDigit) buildingStart = k;
        i = k;
        continue;
      }
      break;
    }
    if (!isAddressChar(c)) break;
    if (isDigit(c)) {
      if (!sawMunicipality) {
        break;
      }
      // a number cluster: digits, "-", 丁目/番地/番/号, more digits
      let j = i;
      let shaped = false;
      while (j < limit) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) {
          j++;
          continue;
        }
        if (d === 45) {
          if (j + 1 < limit && isDigit(text.charCodeAt(j + 1))) shaped = true;
          j++;
          continue;
        }
        const suf = NUMBER_SUFFIX.exec(text.slice(j, j + 2));
        if (suf) {
          shaped = true;
          j += suf[0].length;
          continue;
        }
        break;
      }
      while (j > i && text.charCodeAt(j - 1) === 45) j--;
      if (!shaped && blockEnd < 0 && j < text.length && isAddressChar(text.charCodeAt(j))) break;
      if (blockEnd < 0) blockEnd = j;
      else if (buildingStart < 0) buildingStart = blockEnd; // building glued to the block number
      lastNumEnd = j;
      i = j;
      continue;
    }
    if (c === 0x5e02 || c === 0x533a || c === 0x753a || c === 0x6751 || c === 0x90e1) sawMunicipality = true; // 市区町村郡
    i++;
  }
  if (blockEnd < 0) return { end: -1, walked: i - from };
  let end = blockEnd;
  if (lastNumEnd > blockEnd) end = lastNumEnd;
  else if (buildingStart >= 0) {
    // building without a room number: keep it only when it ends like a building name
    let k = i;
    while (k > buildingStart && text.charCodeAt(k - 1) === 32) k--;
    if (BUILDING_SUFFIX.test(text.slice(Math.max(buildingStart, k - 6), k))) end = k;
  }
  return { end, walked: i - from };
}

const ENGLISH_LINE = /^[0-9A-Za-z#][0-9A-Za-z#.,' -]{8,110}/;
/**
 * A postcode after a word in an English address line: group 1 is that word's last letter (and a
 * dot). Whatever follows it ("…, Kobe 658-0048, Hyogo") belongs to neither the address nor the postcode.
 */
const TRAILING_POSTCODE = /([A-Za-z]\.?),? (\d{3}-\d{4})(?![0-9])/;

export const addressDetector: Detector = {
  type: "address",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    const t = doc.text;
    let m: RegExpExecArray | null;
    let pos = 0; // where the search resumes (the global regex's lastIndex)
    while ((m = execFrom(START, START_FIRST, t, pos)) !== null) {
      pos = m.index + m[0].length;
      // "address" must not end another word (checked here: no lookbehind in ES2016).
      if ((m[0][0] === "a" || m[0][0] === "A") && !notAfterLetter(t, m.index)) {
        pos = m.index + 1;
        continue;
      }
      const isLabel = m[1] === undefined;
      const from = isLabel ? m.index + m[0].length : m.index;
      if (isLabel && /address/i.test(m[0])) {
        // English: the rest of the line after "Address:", when it has a number and a comma.
        const line = ENGLISH_LINE.exec(t.slice(from, from + 112));
        if (line && /\d/.test(line[0]) && /,/.test(line[0])) {
          const text = line[0].replace(/[ ,.]+$/, "");
          const end = from + text.length;
          if (!companyAddressContext(doc, from, end)) {
            // "…, Meguro-ku, Tokyo 153-0051": the address ends before the postcode, a finding of its own.
            const pc = TRAILING_POSTCODE.exec(text);
            if (pc) {
              const pcEnd = from + pc.index + pc[0].length;
              out.push(candidate("address", from, from + pc.index + pc[1].length, 0.8));
              out.push(candidate("postal_code", pcEnd - 8, pcEnd, 0.8));
            } else out.push(candidate("address", from, end, 0.8));
          }
          pos = end;
        }
        continue;
      }
      if (isLabel) {
        // "住所: 〒123-4567 東京都…": let the prefecture start it; otherwise start right here.
        const rest = t.slice(from, from + 12);
        if (/^〒|^\d{3}-\d{4}/.test(rest)) continue;
        if (PREF_AT_START.test(rest)) continue;
      }
      const { end, walked } = walk(t, from, true);
      if (end < 0) {
        pos = Math.max(pos, from + Math.max(1, walked));
        continue;
      }
      pos = Math.max(pos, end);
      const label = doc.labelBefore(from);
      if (label && (label.category === "org" || label.category === "other")) continue;
      // a company's address, or its old and new addresses in a relocation notice
      if (companyAddressContext(doc, from, end) || ownPostcodeNotice(doc, from, end)) continue;
      out.push(candidate("address", from, end, label && label.category === "address" ? 0.9 : 0.75));
    }
    out.push(...romanisedAddresses(doc));
    return out;
  },
};
