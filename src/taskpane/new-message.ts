/**
 * Opens a prefilled new message for a password notice: displayNewMessageFormAsync (Mailbox 1.9)
 * or displayNewMessageForm (1.6). Both exist in the task pane, never in event handlers. The
 * body is the notice's plain text as HTML (escaped, line breaks kept); nothing is attached.
 */
import type { QueueEntry } from "../notices";

export function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return `<div>${escaped.split(/\r?\n/).join("<br>")}</div>`;
}

interface NewMessageMailbox {
  displayNewMessageFormAsync?: (params: object, callback?: (r: { status: string; error?: { message?: string } }) => void) => void;
  displayNewMessageForm?: (params: object) => void;
}

/** true when Outlook opened the form; false when this client cannot. Throws with Outlook's reason on failure. */
export async function openPasswordEmail(mailbox: NewMessageMailbox | undefined, entry: QueueEntry): Promise<boolean> {
  if (!entry.body) return false;
  const params = { toRecipients: entry.to, subject: entry.subject, htmlBody: textToHtml(entry.body) };
  if (mailbox && typeof mailbox.displayNewMessageFormAsync === "function") {
    const open = mailbox.displayNewMessageFormAsync.bind(mailbox);
    await new Promise<void>((resolve, reject) =>
      open(params, (r) => (r.status === "failed" ? reject(new Error(r.error?.message ?? "failed")) : resolve())),
    );
    return true;
  }
  if (mailbox && typeof mailbox.displayNewMessageForm === "function") {
    mailbox.displayNewMessageForm(params);
    return true;
  }
  return false;
}
