/** Attachment texts for the personal-data check, from bytes however they were obtained (Outlook, .eml). */
import type { AttachmentContent } from "../review/check";
import type { Policy } from "../policy/schema";
import { extractText } from "./extract";

export const MAX_SCANNED_BYTES = 20 * 1024 * 1024;

/** Whether the policy wants attachment contents at all (saves reading them when not). */
export function wantsAttachmentContents(policy: Policy): boolean {
  return policy.personalData.action !== "off" && policy.personalData.scanAttachments;
}

export async function attachmentContent(name: string, bytes: Uint8Array): Promise<AttachmentContent> {
  const result = await extractText(bytes, name, { maxBytes: MAX_SCANNED_BYTES });
  return "text" in result ? { name, text: result.text } : { name, unreadable: result.unreadable };
}
