/**
 * One entry's data in PKWARE traditional encryption ("ZipCrypto", APPNOTE 6.3.x §6.1): a 12-byte
 * encryption header (11 random bytes and, last, the high byte of the entry's CRC-32: a reader's
 * one-byte password check) then every byte of the stored or deflated payload, all run through the
 * same three-key stream cipher. ZipCrypto is breakable; it exists for recipients that can open
 * nothing else (policy `zipcryptoDomains`, partner profile "zipcrypto").
 *
 * CRC-32 comes from the `crc-32` package (SheetJS): the entry's checksum from its `buf()`, and the
 * per-byte step the key schedule needs read out of that same function once (step(0, n) is table[n]).
 */
import { buf as crc32Buf } from "crc-32";
import { ProtectInputError } from "./errors";
import { secureRandomBytes } from "./secure-random";

export const ZIPCRYPTO_HEADER_LENGTH = 12;

let stepTable: Int32Array | undefined;

/** table[n] = CRC-32's raw step from state 0 on byte n (no pre/post inversion), from crc-32 itself. */
function crcStepTable(): Int32Array {
  if (!stepTable) {
    const t = new Int32Array(256);
    // crc-32's buf(data, seed) starts from ~seed and returns ~state: seed -1 starts from 0.
    for (let n = 0; n < 256; n++) t[n] = ~crc32Buf([n], -1);
    stepTable = t;
  }
  return stepTable;
}

/** The CRC-32 of an entry's uncompressed bytes, unsigned. */
export function crc32Of(bytes: Uint8Array): number {
  return crc32Buf(bytes) >>> 0;
}

/**
 * The password's bytes. We generate letters and digits only (password.ts); a ZipCrypto password
 * outside printable ASCII is refused, because readers disagree on how they encode one (7-Zip on
 * Windows the OEM code page, Info-ZIP the bytes as given) and the recipient could not open it.
 */
export function zipCryptoPasswordBytes(password: string): Uint8Array {
  const out = new Uint8Array(password.length);
  for (let i = 0; i < password.length; i++) {
    const c = password.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) throw new ProtectInputError("a ZipCrypto password must be printable ASCII");
    out[i] = c;
  }
  return out;
}

/**
 * Encrypts `target` in place: its first 12 bytes receive the encryption header, the rest must
 * already hold the payload. `crc` is the CRC-32 of the entry's uncompressed bytes.
 */
export function encryptZipCryptoInPlace(
  password: Uint8Array,
  crc: number,
  target: Uint8Array,
  onBytes?: (done: number) => void,
  header: Uint8Array = secureRandomBytes(ZIPCRYPTO_HEADER_LENGTH),
): void {
  if (target.length < ZIPCRYPTO_HEADER_LENGTH || header.length !== ZIPCRYPTO_HEADER_LENGTH) {
    throw new Error("ZipCrypto: the entry has no room for its 12-byte header");
  }
  target.set(header.subarray(0, ZIPCRYPTO_HEADER_LENGTH - 1), 0);
  // No data descriptor is written (sizes and CRC are in the local header), so the check byte is
  // the CRC's high byte (APPNOTE 6.1.6), not the file time's.
  target[ZIPCRYPTO_HEADER_LENGTH - 1] = crc >>> 24;

  const T = crcStepTable();
  let k0 = 0x12345678;
  let k1 = 0x23456789;
  let k2 = 0x34567890;
  // update_keys(c): k0 = crc32(k0, c); k1 = (k1 + (k0 & 0xff)) * 134775813 + 1; k2 = crc32(k2, k1 >>> 24)
  for (let i = 0; i < password.length; i++) {
    k0 = (k0 >>> 8) ^ T[(k0 ^ password[i]) & 0xff];
    k1 = (Math.imul(k1 + (k0 & 0xff), 134775813) + 1) | 0;
    k2 = (k2 >>> 8) ^ T[(k2 ^ (k1 >>> 24)) & 0xff];
  }
  const CHUNK = 1 << 20;
  for (let from = 0; from < target.length; from += CHUNK) {
    const to = Math.min(target.length, from + CHUNK);
    for (let i = from; i < to; i++) {
      const plain = target[i];
      const t = (k2 | 2) & 0xffff;
      target[i] = plain ^ (((t * (t ^ 1)) >>> 8) & 0xff);
      k0 = (k0 >>> 8) ^ T[(k0 ^ plain) & 0xff];
      k1 = (Math.imul(k1 + (k0 & 0xff), 134775813) + 1) | 0;
      k2 = (k2 >>> 8) ^ T[(k2 ^ (k1 >>> 24)) & 0xff];
    }
    onBytes?.(Math.max(0, to - ZIPCRYPTO_HEADER_LENGTH));
  }
}
