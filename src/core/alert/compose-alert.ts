/**
 * The Smart Alert text: a header for the verdict, the checks' lines, a footer saying what to do.
 * Outlook shows at most 500 characters, so lines that do not fit are cut with "…and N more"
 * rather than letting Outlook refuse the whole message.
 */
import { t } from "../i18n";
import type { Language, Verdict } from "../review/types";

export const ALERT_MAX_CHARS = 500;

export interface Alert {
  text: string;
  markdown: string;
  /** How many of the given lines the alert shows in full (the rest became "…and N more"). */
  shown: number;
}

export function composeAlert(lang: Language, verdict: Verdict, lines: readonly string[]): Alert {
  const header =
    verdict === "block" ? t(lang, "headerBlock") : verdict === "confirm" ? t(lang, "headerConfirm") : t(lang, "headerInfo");
  const footer = verdict === "block" ? t(lang, "footerBlock") : verdict === "confirm" ? t(lang, "footerConfirm") : "";
  const { body, shown } = fitLines(lang, lines, ALERT_MAX_CHARS - header.length - footer.length - 4);
  const text = [header, ...body, footer].filter(Boolean).join("\n");
  const markdown = [
    `**${escapeMarkdown(header)}**`,
    "",
    ...body.map((l) => escapeMarkdown(l)),
    "",
    footer ? escapeMarkdown(footer) : "",
  ]
    .join("\n")
    .trim();
  return { text, markdown: markdown.length <= ALERT_MAX_CHARS ? markdown : text, shown };
}

/** Keeps whole lines while they fit; the rest become one "…and N more" line. */
function fitLines(lang: Language, lines: readonly string[], budget: number): { body: string[]; shown: number } {
  const body: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const remaining = lines.length - i;
    const more = t(lang, "moreItems", { count: remaining });
    if (used + line.length + 1 + (remaining > 1 ? more.length + 1 : 0) > budget) {
      body.push(more);
      return { body, shown: i };
    }
    body.push(line);
    used += line.length + 1;
  }
  return { body, shown: lines.length };
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, "\\$1");
}
