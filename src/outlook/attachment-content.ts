/** The bytes of one attachment, as Outlook hands them over (Base64 for files). */
import type { AttachmentInfo } from "../core";
import { decodeBase64 } from "../core/bytes/base64";
import { encodeUtf8 } from "../core/bytes/utf8";
import type { ComposeItem } from "./compose-item";
import { officeCall } from "./office-call";

export class AttachmentUnavailableError extends Error {
  constructor(readonly attachment: string, reason: string) {
    super(`${attachment}: ${reason}`);
    this.name = "AttachmentUnavailableError";
  }
}

/** Outlook said the read succeeded but handed over less than the file: it must never stand for the file. */
export class AttachmentIncompleteError extends AttachmentUnavailableError {
  constructor(attachment: string, readonly got: number, readonly size: number) {
    super(attachment, `Outlook handed over ${got} of ${size} bytes`);
    this.name = "AttachmentIncompleteError";
  }
}

/**
 * How much smaller than `AttachmentDetailsCompose.size` a complete file may read. The docs give
 * size as "the size of the attachment in bytes"
 * (https://learn.microsoft.com/javascript/api/outlook/office.attachmentdetailscompose), but
 * Exchange's attachment size is PidTagAttachSize, "the size in bytes consumed by the Attachment
 * object on the server" — the file plus its properties (MS-OXCMSG 2.2.2.5) — and clients report
 * decoded contents below `size` (office-js#6155: forwarded small files; Graph reports an 816-byte
 * file as 1,053 bytes, microsoft-graph-docs#9796). The properties (name ≤ 255 UTF-16 characters,
 * content type, content id…) weigh well under 4 KiB; an empty or half-delivered file
 * (office-js#6098: Succeeded with empty content on Outlook on the web; #6155: read while still
 * uploading) falls far below.
 */
export const SIZE_SLACK_BYTES = 4096;

/** Is `got` bytes a complete copy of a file Outlook lists at `size` bytes? */
export function isCompleteRead(got: number, size: number): boolean {
  if (size <= 0) return true;
  return got > 0 && got >= size - SIZE_SLACK_BYTES;
}

/** Reads a file attachment's bytes. Items (attached mails) come as .eml text; cloud links have no bytes. */
export async function readAttachmentBytes(item: ComposeItem, attachment: AttachmentInfo): Promise<Uint8Array> {
  if (attachment.kind === "cloud") throw new AttachmentUnavailableError(attachment.name, "a cloud link has no content to read");
  if (typeof item.getAttachmentContentAsync !== "function") {
    throw new AttachmentUnavailableError(attachment.name, "this Outlook cannot hand over attachment contents");
  }
  // The deadline grows with the file's size (call-deadlines.ts).
  const content = await officeCall<Office.AttachmentContent>("getAttachmentContentAsync", (cb) => item.getAttachmentContentAsync(attachment.id, cb), {
    bytes: attachment.size,
  });
  const format = String(content.format).toLowerCase();
  if (format === "base64") {
    const bytes = decodeBase64(content.content ?? "");
    // Never let an empty or cut copy stand for the file (scanned as clean, or zipped in its place).
    if (!isCompleteRead(bytes.length, attachment.size)) throw new AttachmentIncompleteError(attachment.name, bytes.length, attachment.size);
    return bytes;
  }
  // An attached message's size and .eml text differ by serialisation (office-js#6856): not compared.
  if (format === "eml" || format === "icalendar") return encodeUtf8(content.content);
  throw new AttachmentUnavailableError(attachment.name, `Outlook handed it over as ${content.format}`);
}
