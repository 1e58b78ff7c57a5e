/**
 * The two archiver formats protect/ writes with, registered once per process under names of our
 * own (so another module registering archiver-zip-encrypted as "zip-encrypted" cannot collide).
 */
import archiver from "archiver";
import ZipEncrypted from "archiver-zip-encrypted";
import { FAST_FORMAT_NAME, FastAesZipFormat } from "./fast-aes-zip-format";

/** archiver-zip-encrypted: the reference AES path (AE-1, aes-js) and the only ZipCrypto path. */
export const REFERENCE_FORMAT_NAME = "outbound-guard-zip-encrypted";
export { FAST_FORMAT_NAME };

export function ensureFormatsRegistered(): void {
  if (!archiver.isRegisteredFormat(FAST_FORMAT_NAME)) archiver.registerFormat(FAST_FORMAT_NAME, FastAesZipFormat);
  if (!archiver.isRegisteredFormat(REFERENCE_FORMAT_NAME)) archiver.registerFormat(REFERENCE_FORMAT_NAME, ZipEncrypted);
}
