/**
 * The Smart Alert text: a header for the verdict, the lines, a footer saying what to do.
 *
 * Lines come in blocks, each of one section, and the alert shows the sections in a fixed order:
 * what stops the Send, then what the add-in did (supervisor added, ZIP made, where the password
 * goes, the hold), then the findings, then notes. Outlook shows at most 500 characters, so the
 * lines that do not fit are the least useful ones, cut as "…and N more" rather than letting
 * Outlook refuse the whole message.
 *
 * One fit serves both renderings: each line is measured as its Markdown list item (always longer
 * than its plain line), so the plain text and the Markdown show the same lines and `shown` is true
 * for both.
 */
import { t } from "../i18n";
import type { Language, Verdict } from "../review/types";
import { bold, bulletItem, escapeMarkdown, MD_NEW_LINE } from "./smart-alert-markdown";

export { escapeMarkdown } from "./smart-alert-markdown";

/** errorMessage and errorMessageMarkdown must each be 500 characters or less (Mailbox 1.12 / 1.15). */
export const ALERT_MAX_CHARS = 500;

/** "recipients": what stops the Send because of who receives it (look-alike, new domain, 宛名, BCC). */
export type AlertSection = "recipients" | "stop" | "action" | "finding" | "note";

/** The order the alert shows its sections in. */
export const SECTION_ORDER: readonly AlertSection[] = ["recipients", "stop", "action", "finding", "note"];

export interface AlertBlock {
  section: AlertSection;
  lines: readonly string[];
}

export interface Alert {
  text: string;
  markdown: string;
  /**
   * For each given block (in the order given), how many of its lines the alert began to show; a
   * block cut before its first line shows 0. A line too long for the space left is shown
   * shortened with "…" and counts as shown.
   */
  shown: number[];
}

/** A line shortened to less than this is not worth showing: it becomes part of "…and N more". */
const MIN_SHORTENED = 40;

export function composeAlert(lang: Language, verdict: Verdict, blocks: readonly AlertBlock[]): Alert {
  const header =
    verdict === "block" ? t(lang, "headerBlock") : verdict === "confirm" ? t(lang, "headerConfirm") : t(lang, "headerInfo");
  const footer = verdict === "block" ? t(lang, "footerBlock") : verdict === "confirm" ? t(lang, "footerConfirm") : "";

  const ordered = orderLines(blocks);
  // The Markdown is header, footer, then the list (the documented examples end with the list).
  const head = [bold(header), ...(footer ? [escapeMarkdown(footer)] : [])].join(MD_NEW_LINE);
  // Lines about who receives the mail stand first under their own headline; the rest follow
  // after a blank line (a new list), so the headline reads as theirs alone.
  const lead = ordered.filter((o) => blocks[o.block].section === "recipients").length;
  const headline = lead > 0 ? t(lang, "headlineRecipients") : "";
  const rest = ordered.length > lead;
  const extra = headline ? bold(headline).length + MD_NEW_LINE.length + (rest ? MD_NEW_LINE.length : 0) : 0;
  const body = fitLines(lang, ordered.map((o) => o.line), ALERT_MAX_CHARS - head.length - MD_NEW_LINE.length - extra);

  const shown = blocks.map(() => 0);
  for (let i = 0; i < body.shown; i++) shown[ordered[i].block] += 1;

  const first = headline ? body.lines.slice(0, lead) : [];
  const others = headline ? body.lines.slice(lead) : body.lines;
  const plain = headline ? [t(lang, "headlineRecipientsPlain"), ...first, ...(others.length > 0 ? ["", ...others] : [])] : others;
  const text = [header, ...plain, ...(footer ? [footer] : [])].join("\n");
  const list = (ls: string[]) => ls.map(bulletItem).join("");
  const groups = headline ? [bold(headline), list(first), ...(others.length > 0 ? [list(others)] : [])] : others.length > 0 ? [list(others)] : [];
  const markdown = [head, ...groups].join(MD_NEW_LINE);
  return { text, markdown, shown };
}

/** The lines in section order; within a section, in the order given. */
function orderLines(blocks: readonly AlertBlock[]): { block: number; line: string }[] {
  const out: { block: number; line: string }[] = [];
  for (const section of SECTION_ORDER) {
    blocks.forEach((b, block) => {
      if (b.section === section) for (const line of b.lines) out.push({ block, line });
    });
  }
  return out;
}

/** What one line costs in the Markdown: `- ` + escaped text + `\r`. */
function cost(line: string): number {
  return bulletItem(line).length;
}

/**
 * Keeps whole lines while they fit; a line that does not fit is shortened when enough room is
 * left, and the rest become one "…and N more" line. `shown` counts the lines kept (shortened too).
 */
function fitLines(lang: Language, lines: readonly string[], budget: number): { lines: string[]; shown: number } {
  const body: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const remaining = lines.length - i;
    const rest = remaining > 1 ? cost(t(lang, "moreItems", { count: remaining - 1 })) : 0;
    if (used + cost(lines[i]) + rest <= budget) {
      body.push(lines[i]);
      used += cost(lines[i]);
      continue;
    }
    const short = shorten(lines[i], budget - used - rest);
    if (short !== undefined) {
      body.push(short);
      if (remaining > 1) body.push(t(lang, "moreItems", { count: remaining - 1 }));
      return { lines: body, shown: i + 1 };
    }
    body.push(t(lang, "moreItems", { count: remaining }));
    return { lines: body, shown: i };
  }
  return { lines: body, shown: lines.length };
}

/**
 * The longest start of `line` + "…" whose list item fits `room`, cut between characters of the
 * plain text (so never inside an escape or a surrogate pair); undefined when too little is left.
 */
function shorten(line: string, room: number): string | undefined {
  const chars = Array.from(line);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (cost(chars.slice(0, mid).join("") + "…") <= room) lo = mid;
    else hi = mid - 1;
  }
  const short = chars.slice(0, lo).join("").trimEnd() + "…";
  return lo > 0 && short.length >= MIN_SHORTENED && cost(short) <= room ? short : undefined;
}
