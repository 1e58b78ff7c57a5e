/**
 * The writer's own words versus the quoted thread below them, and the addresses the thread's
 * quoted header lines name (From:/To:/Cc:/差出人:/宛先:/CC:, and "… <a@b> wrote:" lines).
 * One pass over the lines: a 200 KB thread is read once.
 */

const HEADER_START = /^(from|差出人|送信者|送信元)\s*[:：]/i;
const HEADER_NEXT = /^(sent|date|to|cc|subject|送信日時|日時|日付|宛先|件名|cc)\s*[:：]/i;
const ADDRESS_HEADER = /^(from|to|cc|reply-to|差出人|送信者|送信元|宛先|cc|返信先)\s*[:：]/i;
const ANY_HEADER = /^(from|sent|date|to|cc|bcc|subject|reply-to|importance|差出人|送信者|送信元|送信日時|日時|日付|宛先|件名|返信先|重要度)\s*[:：]/i;
const SEPARATOR = /^(-{2,}\s*(original message|forwarded message|元のメッセージ|転送メッセージ|転送されたメッセージ|オリジナルメッセージ)|_{10,}\s*$)/i;
const ATTRIBUTION = /(wrote|writes|のメッセージ|のメール|からのメール|が書きました|は書きました)\s*[:：]\s*$/i;
/** Gmail ja: 「2026年12月1日(火) 10:00 山田 太郎 <taro@…>:」, sometimes wrapped before the address. */
const JA_DATE_START = /^\d{4}年\d{1,2}月\d{1,2}日\s*[(（][月火水木金土日][)）]\s*\d{1,2}:\d{2}\s/;
const ENDS_WITH_ADDRESS = /<[^<>\s]*@[^<>\s]+>\s*[:：]$/;
/** The line above some clients' attribution: Becky!'s 「On Tue, 01 Dec 2026 10:00:00 +0900」. */
const DATE_ABOVE = /^(on\s.+\d{1,2}:\d{2}.*|\d{4}[\/年].*\d{1,2}:\d{2}.*)$/i;
const ADDRESS = /[A-Za-z0-9._%+'!#$&*=?^`{|}~\/-]+@(?:[A-Za-z0-9\u00a1-\uffff-]+\.)+[A-Za-z\u00a1-\uffff]{2,}/g;

export interface SplitBody {
  /** The writer's own text, above the first quote. */
  own: string;
  /** Everything from the first quote on ("" when nothing is quoted). */
  quoted: string;
}

function stripQuoteMarks(line: string): string {
  return line.replace(/^(\s*>)+\s?/, "").trim();
}

/**
 * How many lines an attribution ("… wrote:", Gmail ja's date-name-address line) takes at line i:
 * 0 when none. Gmail ja's address may wrap onto the next line; a date line with no address counts
 * only when `>` lines follow, so the writer's own 「12月1日(火) 10:00 の議題:」 stays theirs.
 */
function attributionAt(lines: string[], i: number): number {
  const line = lines[i].trim();
  if (ATTRIBUTION.test(line)) return 1;
  if (!JA_DATE_START.test(line)) return 0;
  if (ENDS_WITH_ADDRESS.test(line)) return 1;
  const next = (lines[i + 1] ?? "").trim();
  if (/[<＜]$/.test(line) && next.length <= 80 && ENDS_WITH_ADDRESS.test("<" + next)) return 2;
  if (/[:：]$/.test(line) && /<[^<>]*@/.test(line) === false) {
    for (let j = i + 1; j < lines.length && j <= i + 2; j++) if (/^\s*>/.test(lines[j])) return 1;
  }
  return 0;
}

function startsQuote(lines: string[], i: number): boolean {
  const raw = lines[i];
  if (/^\s*>/.test(raw)) return true;
  const line = raw.trim();
  if (SEPARATOR.test(line) || attributionAt(lines, i) > 0) return true;
  if (HEADER_START.test(line)) {
    for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) if (HEADER_NEXT.test(lines[j].trim())) return true;
  }
  return false;
}

/** A quoted header, attribution or separator line: where one quoted message ends and another begins. */
export function isThreadBoundary(line: string): boolean {
  const l = line.trim();
  return ANY_HEADER.test(l) || ATTRIBUTION.test(l) || SEPARATOR.test(l) || JA_DATE_START.test(l);
}

export function splitQuoted(body: string): SplitBody {
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (!startsQuote(lines, i)) continue;
    // Becky!'s date line sits above its "… wrote:" line: it is part of the quote.
    const at = i > 0 && ATTRIBUTION.test(lines[i].trim()) && DATE_ABOVE.test(lines[i - 1].trim()) ? i - 1 : i;
    return { own: lines.slice(0, at).join("\n"), quoted: lines.slice(at).join("\n") };
  }
  return { own: body, quoted: "" };
}

/** The addresses in the quoted header lines (with their wrapped continuation lines), in order, each once. */
export function quotedThreadAddresses(body: string): string[] {
  const lines = body.split(/\r?\n/);
  const found = new Set<string>();
  let inAddressHeader = false;
  let quoting = false;
  const plain = lines.map(stripQuoteMarks);
  for (let i = 0; i < lines.length; i++) {
    if (!quoting && startsQuote(lines, i)) quoting = true;
    if (!quoting) continue;
    const raw = lines[i];
    const line = stripQuoteMarks(raw);
    let take = false;
    if (ADDRESS_HEADER.test(line)) {
      take = true;
      inAddressHeader = true;
    } else if (ANY_HEADER.test(line) || line === "") {
      inAddressHeader = false;
    } else if (inAddressHeader) {
      take = true; // a To: or Cc: line Outlook wrapped
    }
    let text = line;
    const attribution = attributionAt(plain, i);
    if (attribution > 0) {
      take = true;
      if (attribution === 2) text = line + (plain[i + 1] ?? "");
    }
    if (!take) continue;
    const m = text.match(ADDRESS);
    if (m) for (const a of m) found.add(a.replace(/^mailto:/i, "").toLowerCase());
  }
  return [...found];
}
