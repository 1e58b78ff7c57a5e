/**
 * Outlook's limit for addFileAttachmentFromBase64Async: 25 MB before Base64, and a Base64 string
 * of at most 34,865,152 characters (the Office.js client check; 26,148,864 bytes). The archive
 * must satisfy both; a larger one is never attempted (the originals stay attached).
 */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const MAX_ATTACHMENT_BASE64_CHARS = 34_865_152;

export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

export function fitsOutlookLimit(bytes: number): boolean {
  return bytes <= MAX_ATTACHMENT_BYTES && base64Length(bytes) <= MAX_ATTACHMENT_BASE64_CHARS;
}
