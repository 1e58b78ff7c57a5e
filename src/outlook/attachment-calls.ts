/** The two attachment-changing Office calls, each a Promise naming the call on failure. */
import type { ComposeItem } from "./compose-item";
import { officeCall } from "./office-call";

/** Adds a file attachment from Base64; resolves with the id Outlook gave it. */
export function addFileFromBase64(item: ComposeItem, name: string, base64: string): Promise<string> {
  // The deadline grows with the upload: Base64 carries 3 bytes in 4 characters.
  return officeCall<string>("addFileAttachmentFromBase64Async", (cb) => item.addFileAttachmentFromBase64Async(base64, name, cb), {
    bytes: Math.floor((base64.length * 3) / 4),
  });
}

export function removeAttachment(item: ComposeItem, id: string): Promise<void> {
  return officeCall<void>("removeAttachmentAsync", (cb) => item.removeAttachmentAsync(id, cb));
}
