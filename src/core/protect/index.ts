/** protect/: attachments into a password-protected ZIP, and the password. */
export { createProtectedZip } from "./create-protected-zip";
export { generateArchivePassword, DEFAULT_PASSWORD_LENGTH } from "./password";
export { isEncryptedZip, inspectZipEncryption, type ZipEncryptionInfo } from "./zip-inspect";
export { safeEntryNames, safeEntryName, type EntryName } from "./entry-names";
export { shouldStore, isAlreadyCompressedType } from "./compression-choice";
export { hasSecureRandom } from "./secure-random";
export { installKeystreamPort, type KeystreamPort } from "./keystream-port";
export { ProtectError, SecureRandomUnavailableError, ProtectInputError, ArchiveWriteError } from "./errors";
export type {
  ProtectFile,
  ProtectOptions,
  ProtectedZip,
  ProtectProgress,
  ArchiveEncryption,
  ArchiveEngine,
} from "./types";
