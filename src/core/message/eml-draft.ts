/**
 * An .eml file → the MessageDraft the add-in would see, plus the attachments' bytes. Parsed with
 * postal-mime (maintained, runs in browsers and Node), never by hand.
 */
import { addressParser, type Address, type Attachment, type Email } from "postal-mime";
import { scanGroups } from "./address-groups";
import { countEncodedWords, parseEmailCapped } from "./parse-email";
import { MAX_EML_BYTES, MAX_ENCODED_WORDS, MAX_SCANNED_BODY_CHARS, MAX_TEXT_PART_BYTES } from "./eml-limits";
import type { AttachmentInfo, Mailbox, MessageDraft } from "./draft";
import { htmlToText } from "./html-text";

export interface EmlFile {
  info: AttachmentInfo;
  bytes: Uint8Array;
}

/** A part of the message that was not read or not scanned, because of a limit (eml-limits.ts). */
export type EmlLimitNote =
  | { code: "text_not_parsed"; limit: number; skippedBytes: number }
  | { code: "body_not_scanned"; limit: number; totalChars: number };

export interface ParsedEml {
  draft: MessageDraft;
  files: EmlFile[];
  date?: string;
  /** postal-mime's result, for --apply to write the message without parsing it again. */
  email: Email;
  /** Empty when the whole message was read and its whole body is in `draft.body`. */
  limits: EmlLimitNote[];
}

/** A file refused before parsing: past a limit of eml-limits.ts. */
export class EmlLimitError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "EmlLimitError";
  }
}

export class NotAnEmailError extends Error {
  constructor(reason: string) {
    super(`not an e-mail message: ${reason}`);
    this.name = "NotAnEmailError";
  }
}

function mailboxes(list: Address[] | undefined): Mailbox[] {
  return (list ?? []).flatMap((a) => (a.group ? a.group : [a])).map((m) => ({ name: m.name ?? "", address: m.address ?? "" }));
}

/** The addresses of one header field; nested groups (which postal-mime drops past 50 levels) flattened by us. */
function addressesOf(email: Email, key: "from" | "to" | "cc" | "bcc"): Address[] | undefined {
  const values = email.headers.filter((h) => h.key === key && h.value).map((h) => scanGroups(h.value));
  if (!values.some((v) => v.depth > 1)) return key === "from" ? (email.from ? [email.from] : undefined) : email[key];
  return values.flatMap((v) => addressParser(v.flat)).filter((a) => a.group || a.address);
}

function bytesOf(content: Attachment["content"]): Uint8Array {
  if (typeof content === "string") return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

export async function draftFromEml(raw: Uint8Array | string): Promise<ParsedEml> {
  const bytes = typeof raw === "string" ? new TextEncoder().encode(raw) : raw;
  if (bytes.length > MAX_EML_BYTES) throw new EmlLimitError(`too large: ${bytes.length} bytes, over the ${MAX_EML_BYTES / 1024 / 1024} MB Exchange Online accepts`);
  if (countEncodedWords(bytes, MAX_ENCODED_WORDS + 1) > MAX_ENCODED_WORDS) {
    throw new EmlLimitError(`more than ${MAX_ENCODED_WORDS} RFC 2047 encoded-words (=?…?=): refused, not parsed`);
  }
  const { email, skippedTextBytes } = await parseEmailCapped(bytes, { attachmentEncoding: "arraybuffer" }, MAX_TEXT_PART_BYTES);
  const limits: EmlLimitNote[] = [];
  if (skippedTextBytes > 0) limits.push({ code: "text_not_parsed", limit: MAX_TEXT_PART_BYTES, skippedBytes: skippedTextBytes });
  const hasHeaders = ["from", "to", "cc", "bcc", "subject", "date"].some((k) => email.headers.some((h) => h.key === k));
  if (!hasHeaders) throw new NotAnEmailError("no From, To, Cc, Subject or Date header");

  const from = mailboxes(addressesOf(email, "from"))[0] ?? null;
  const files: EmlFile[] = email.attachments.map((a, i) => {
    const bytes = bytesOf(a.content);
    const kind = a.mimeType === "message/rfc822" ? "item" : "file";
    const name = a.filename ?? (kind === "item" ? `message-${i + 1}.eml` : `attachment-${i + 1}`);
    return {
      bytes,
      info: { id: `eml-${i}`, name, size: bytes.length, kind, isInline: a.disposition === "inline" && Boolean(a.contentId), contentType: a.mimeType },
    };
  });
  const draft: MessageDraft = {
    from,
    to: mailboxes(addressesOf(email, "to")),
    cc: mailboxes(addressesOf(email, "cc")),
    bcc: mailboxes(addressesOf(email, "bcc")),
    subject: email.subject ?? "",
    body: email.text ?? (email.html ? htmlToText(email.html) : ""),
    attachments: files.map((f) => f.info),
  };
  if (draft.body.length > MAX_SCANNED_BODY_CHARS) {
    limits.push({ code: "body_not_scanned", limit: MAX_SCANNED_BODY_CHARS, totalChars: draft.body.length });
    draft.body = draft.body.slice(0, MAX_SCANNED_BODY_CHARS);
  }
  return { draft, files, date: email.date, email, limits };
}
