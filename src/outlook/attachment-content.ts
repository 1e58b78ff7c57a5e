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

/** Reads a file attachment's bytes. Items (attached mails) come as .eml text; cloud links have no bytes. */
export async function readAttachmentBytes(item: ComposeItem, attachment: AttachmentInfo): Promise<Uint8Array> {
  if (attachment.kind === "cloud") throw new AttachmentUnavailableError(attachment.name, "a cloud link has no content to read");
  if (typeof item.getAttachmentContentAsync !== "function") {
    throw new AttachmentUnavailableError(attachment.name, "this Outlook cannot hand over attachment contents");
  }
  const content = await officeCall<Office.AttachmentContent>("getAttachmentContentAsync", (cb) =>
    item.getAttachmentContentAsync(attachment.id, cb),
  );
  const format = String(content.format).toLowerCase();
  if (format === "base64") return decodeBase64(content.content);
  if (format === "eml" || format === "icalendar") return encodeUtf8(content.content);
  throw new AttachmentUnavailableError(attachment.name, `Outlook handed it over as ${content.format}`);
}
