/**
 * Opens a prefilled new message: displayNewMessageFormAsync (Mailbox 1.9) or displayNewMessageForm
 * (1.6). Both exist in the task pane, never in event handlers.
 */

export interface NewMessage {
  to: string[];
  /** Recipients who must not see each other (bccRecipients; Mailbox 1.6 has it too). */
  bcc?: string[];
  subject: string;
  htmlBody: string;
}

export interface NewMessageMailbox {
  displayNewMessageFormAsync?: (params: object, callback?: (r: { status: string; error?: { message?: string } }) => void) => void;
  displayNewMessageForm?: (params: object) => void;
}

/** true when Outlook opened the form; false when this client cannot. Throws with Outlook's reason on failure. */
export async function openNewMessageForm(mailbox: NewMessageMailbox | undefined, message: NewMessage): Promise<boolean> {
  const params = {
    toRecipients: message.to,
    ...(message.bcc && message.bcc.length > 0 ? { bccRecipients: message.bcc } : {}),
    subject: message.subject,
    htmlBody: message.htmlBody,
  };
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
