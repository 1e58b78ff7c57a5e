/**
 * The Markdown that Smart Alerts accept in `errorMessageMarkdown` (Mailbox 1.15). Microsoft documents
 * a small subset ("Limitations to formatting the dialog message using Markdown",
 * https://learn.microsoft.com/office/dev/add-ins/outlook/onmessagesend-onappointmentsend-events#limitations-to-formatting-the-dialog-message-using-markdown):
 * bold / italic with `*` or `_`, bulleted items that begin with `-` or `*` and END with `\r`,
 * numbered items `1.` … ending with `\r`, links `[text](https://…)`, a new line as `\n\n`, and a
 * backslash before a character to escape it. The formatted message must be 500 characters or less
 * (SmartAlertsEventCompletedOptions.errorMessageMarkdown), counted on this string, escapes included.
 */

/** `\n\n`: the documented way to start a new line. */
export const MD_NEW_LINE = "\n\n";

/** Punctuation that can open or close something in Markdown wherever it stands. */
const ANYWHERE = /[\\`*_~[\]()<>|]/g;

/**
 * Escapes one value so that Outlook shows it as it is: `1234 **** **18` keeps its asterisks, a
 * file name `見積_5月_案.xlsx` does not turn italic, `[x](y)` is no link. At the start of a line
 * (`-`, `+`, `#`, `1.`) it would begin a list or a heading, so those are escaped there too. Line
 * breaks inside a value would break the layout; they become spaces.
 */
export function escapeMarkdown(value: string): string {
  const flat = value.replace(/[\r\n]+/g, " ");
  const escaped = flat.replace(ANYWHERE, "\\$&");
  return escaped.replace(/^(\s*)([-+#])/, "$1\\$2").replace(/^(\s*\d+)([.])/, "$1\\$2");
}

/** `**text**`: the text is escaped and trimmed (a space inside the markers would stop the bold). */
export function bold(value: string): string {
  return `**${escapeMarkdown(value.trim())}**`;
}

/**
 * One bulleted item as documented: `- ` + content + `\r`. A line already written as an item in
 * the plain text ("- partner.co.jp: …", or "・partner.co.jp: …" in Japanese) is that item, not an
 * item holding a second bullet.
 */
export function bulletItem(value: string): string {
  return `- ${escapeMarkdown(value.replace(/^(- |・)/, ""))}\r`;
}
