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
}

export function composeAlert(lang: Language, verdict: Verdict, lines: readonly string[]): Alert {
  const header =
    verdict === "block" ? t(lang, "headerBlock") : verdict === "confirm" ? t(lang, "headerConfirm") : t(lang, "headerInfo");
  const footer = verdict === "block" ? t(lang, "footerBlock") : verdict === "confirm" ? t(lang, "footerConfirm") : "";
  const body = fitLines(lang, lines, ALERT_MAX_CHARS - header.length - footer.length - 4);
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
  return { text, markdown: markdown.length <= ALERT_MAX_CHARS ? markdown : text };
}

/** Keeps whole lines while they fit; the rest become one "…and N more" line. */
function fitLines(lang: Language, lines: readonly string[], budget: number): string[] {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const remaining = lines.length - i;
    const more = t(lang, "moreItems", { count: remaining });
    if (used + line.length + 1 + (remaining > 1 ? more.length + 1 : 0) > budget) {
      out.push(more);
      return out;
    }
    out.push(line);
    used += line.length + 1;
  }
  return out;
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, "\\$1");
}
