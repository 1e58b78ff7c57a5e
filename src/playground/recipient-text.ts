/**
 * The text of a To/CC/BCC box ↔ a list of recipients. Entries are separated by "," or ";"
 * outside quotes and angle brackets, so `"Yamada, Taro" <t.yamada@example.co.jp>` is one entry.
 */

/** Splits a recipient box's text into trimmed, non-empty entries. */
export function splitRecipients(text: string): string[] {
  const out: string[] = [];
  let entry = "";
  let quoted = false;
  let angle = false;
  for (const ch of text) {
    if (ch === '"' && !angle) quoted = !quoted;
    else if (ch === "<" && !quoted) angle = true;
    else if (ch === ">" && !quoted) angle = false;
    if ((ch === "," || ch === ";") && !quoted && !angle) {
      out.push(entry);
      entry = "";
    } else {
      entry += ch;
    }
  }
  out.push(entry);
  return out.map((e) => e.trim()).filter((e) => e !== "");
}

export interface RecipientLike {
  displayName: string;
  emailAddress: string;
}

/** One recipient as a person would type it: the bare address, or `"Name" <address>`. */
export function formatRecipient(r: RecipientLike): string {
  const name = (r.displayName || "").trim();
  if (!name || name.toLowerCase() === r.emailAddress.toLowerCase()) return r.emailAddress;
  return `"${name.replace(/"/g, "'")}" <${r.emailAddress}>`;
}

export function formatRecipients(list: readonly RecipientLike[]): string {
  return list.map(formatRecipient).join("; ");
}
