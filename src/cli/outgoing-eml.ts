/**
 * The messages `review --apply` writes, built by nodemailer's MailComposer (maintained MIME
 * builder: RFC 2047/2231 names, Base64 bodies, multipart/related for inline images).
 */
import MailComposer from "nodemailer/lib/mail-composer";
import type { Mailbox } from "../core";
import type { PasswordNotice } from "../core/notice/password-notice";

export interface OutgoingAttachment {
  filename: string;
  bytes: Uint8Array;
  contentType?: string;
  /** Inline images keep their Content-ID (and stay inline). */
  cid?: string;
}

export interface OutgoingMessage {
  from: Mailbox | null;
  to: Mailbox[];
  cc: Mailbox[];
  bcc: Mailbox[];
  subject: string;
  text?: string;
  html?: string;
  date?: Date;
  attachments: OutgoingAttachment[];
  /** Extra header fields, e.g. the audit header the add-in would stamp. */
  headers?: Record<string, string>;
}

function addresses(list: Mailbox[]): Array<{ name: string; address: string }> {
  return list.map((m) => ({ name: m.name, address: m.address }));
}

function build(options: ConstructorParameters<typeof MailComposer>[0], keepBcc = false): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const node = new MailComposer(options).compile();
    node.keepBcc = keepBcc;
    node.build((err, message) => (err ? reject(err) : resolve(message)));
  });
}

/** The message as it would leave. Bcc is kept in the file so the added supervisor can be seen. */
export function composeOutgoingEml(m: OutgoingMessage): Promise<Buffer> {
  return build({
    from: m.from ? { name: m.from.name, address: m.from.address } : undefined,
    to: addresses(m.to),
    cc: addresses(m.cc),
    bcc: addresses(m.bcc),
    subject: m.subject,
    text: m.text,
    html: m.html,
    date: m.date,
    headers: m.headers,
    attachments: m.attachments.map((a) => ({
      filename: a.filename,
      content: Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength),
      contentType: a.contentType,
      cid: a.cid,
      contentDisposition: a.cid ? "inline" : "attachment",
    })),
  }, true);
}

/**
 * The follow-up holding the password: plain text, no attachment, dated when it is due to leave.
 * Its BCC recipients are kept in the file (like message.eml), so the admin sees who gets it.
 */
export function composeNoticeEml(notice: PasswordNotice, from: Mailbox | null): Promise<Buffer> {
  return build({
    from: from ? { name: from.name, address: from.address } : undefined,
    to: notice.to,
    bcc: notice.bcc && notice.bcc.length > 0 ? notice.bcc : undefined,
    subject: notice.subject,
    text: notice.body,
    date: new Date(notice.sendAt),
  }, true);
}
