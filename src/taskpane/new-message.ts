/**
 * "Create password email": a prefilled new message for a queued password notice. The body is the
 * notice's plain text as HTML (escaped, line breaks kept); nothing is attached.
 */
import type { QueueEntry } from "../notices";
import { openNewMessageForm, type NewMessageMailbox } from "../outlook/new-message-form";

export function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return `<div>${escaped.split(/\r?\n/).join("<br>")}</div>`;
}

/** true when Outlook opened the form; false when this client cannot (or the password is gone). */
export async function openPasswordEmail(mailbox: NewMessageMailbox | undefined, entry: QueueEntry): Promise<boolean> {
  if (!entry.body) return false;
  return openNewMessageForm(mailbox, { to: entry.to, bcc: entry.bcc, subject: entry.subject, htmlBody: textToHtml(entry.body) });
}
