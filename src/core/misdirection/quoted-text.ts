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
const ATTRIBUTION = /(wrote|writes|のメッセージ|が書きました|さんは書きました)\s*[:：]\s*$/i;
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

function startsQuote(lines: string[], i: number): boolean {
  const raw = lines[i];
  if (/^\s*>/.test(raw)) return true;
  const line = raw.trim();
  if (SEPARATOR.test(line) || ATTRIBUTION.test(line)) return true;
  if (HEADER_START.test(line)) {
    for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) if (HEADER_NEXT.test(lines[j].trim())) return true;
  }
  return false;
}

export function splitQuoted(body: string): SplitBody {
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (startsQuote(lines, i)) return { own: lines.slice(0, i).join("\n"), quoted: lines.slice(i).join("\n") };
  }
  return { own: body, quoted: "" };
}

/** The addresses in the quoted header lines (with their wrapped continuation lines), in order, each once. */
export function quotedThreadAddresses(body: string): string[] {
  const lines = body.split(/\r?\n/);
  const found = new Set<string>();
  let inAddressHeader = false;
  let quoting = false;
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
    } else if (ATTRIBUTION.test(line)) {
      take = true;
    }
    if (!take) continue;
    const m = line.match(ADDRESS);
    if (m) for (const a of m) found.add(a.replace(/^mailto:/i, "").toLowerCase());
  }
  return [...found];
}
