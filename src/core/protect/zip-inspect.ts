/**
 * isEncryptedZip: is this attachment already a password-protected ZIP (ZipCrypto, WinZip AES or
 * PKWARE strong encryption)? Then the caller can leave it as it is. Reads the central directory;
 * a ZIP with any unencrypted file entry is NOT counted as encrypted (its content is readable).
 */

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const METHOD_AES = 99;

export interface ZipEncryptionInfo {
  isZip: boolean;
  fileEntries: number;
  encryptedEntries: number;
}

export function inspectZipEncryption(bytes: Uint8Array): ZipEncryptionInfo {
  const none: ZipEncryptionInfo = { isZip: false, fileEntries: 0, encryptedEntries: 0 };
  if (!(bytes instanceof Uint8Array) || bytes.length < 22) return none;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) return none;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === SIG_ZIP64_LOCATOR) {
    const z = uint64(view, eocd - 12);
    if (z + 56 <= bytes.length && view.getUint32(z, true) === SIG_ZIP64_EOCD) {
      count = uint64(view, z + 32);
      offset = uint64(view, z + 48);
    }
  }
  const info: ZipEncryptionInfo = { isZip: true, fileEntries: 0, encryptedEntries: 0 };
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== SIG_CENTRAL) return i === 0 ? none : info;
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const uncompressed = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const lastNameByte = nameLength > 0 && p + 46 + nameLength <= bytes.length ? bytes[p + 46 + nameLength - 1] : 0;
    const isDirectory = lastNameByte === 0x2f /* / */ && uncompressed === 0;
    if (!isDirectory) {
      info.fileEntries++;
      if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION) || method === METHOD_AES) info.encryptedEntries++;
    }
    p += 46 + nameLength + extraLength + commentLength;
  }
  return info;
}

/** True for a ZIP whose every file entry is encrypted (and that has at least one). */
export function isEncryptedZip(bytes: Uint8Array): boolean {
  const info = inspectZipEncryption(bytes);
  return info.isZip && info.fileEntries > 0 && info.encryptedEntries === info.fileEntries;
}

/** The end-of-central-directory record, searched backwards over the comment (≤ 65,535 bytes). */
function findEocd(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) {
    if (view.getUint32(i, true) === SIG_EOCD && i + 22 + view.getUint16(i + 20, true) <= view.byteLength) return i;
  }
  return -1;
}

/** Little-endian 64-bit value as a number (no BigInt: older runtimes lack it). */
function uint64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
}

/** Starts like a ZIP (local file header signature)? Cheap pre-check for callers. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) === SIG_LOCAL;
}
