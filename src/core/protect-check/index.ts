/** protect-check/: which attachments go into the encrypted ZIP at Send, and what the user is told. */
export { attachmentProtectionCheck } from "./attachment-protection-check";
export {
  planProtection,
  protectionApplies,
  chooseEncryption,
  noticeRecipients,
  noticeAddressees,
  type NoticeAddressees,
  distinctArchiveName,
  findPresentArchives,
  isRecordedArchive,
  type ProtectionPlan,
  type PresentArchive,
} from "./plan";
export {
  PROTECT_STEP,
  readProtectMemory,
  withProtectMemory,
  storedPasswordNotice,
  type ProtectMemory,
  type ArchiveRecord,
  type ArchivedMember,
} from "./memory";
export { protectMessages, pt, nameList, sizeLabel, encryptionLabel, type ProtectMessageKey } from "./messages";
export { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_BASE64_CHARS, fitsOutlookLimit } from "./limits";
