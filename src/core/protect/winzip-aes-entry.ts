/**
 * One entry's encrypted data in WinZip AE-2 form (APPNOTE 6.3.x §7.2, WinZip "AES Encryption
 * Information"): salt (16 bytes for AES-256) ‖ password verifier (2) ‖ AES-256-CTR(LE) ciphertext
 * ‖ HMAC-SHA1-80 of the ciphertext (10). The fast engine writes these parts straight into the
 * archive (aes-zip-writer.ts); encryptWinZipAes returns them separately (tests, known answers). Keys from PBKDF2-HMAC-SHA1, 1000 rounds, 66 bytes:
 * AES key ‖ HMAC key ‖ verifier. Each entry has its own random salt, so its own keys.
 */
import { secureRandomBytes } from "./secure-random";
import type { Sha1Backend } from "./sha1-backend";
import { encryptWinZipCtrInPlace } from "./ctr-encrypt";

export const AES256_SALT_LENGTH = 16;
export const VERIFIER_LENGTH = 2;
export const MAC_LENGTH = 10;
export const PBKDF2_ROUNDS = 1000;
/** Bytes added to the payload: salt + verifier + MAC. */
export const AES256_OVERHEAD = AES256_SALT_LENGTH + VERIFIER_LENGTH + MAC_LENGTH;
const KEY_LENGTH = 32;

export interface WinZipAesParts {
  /** salt ‖ verifier */
  header: Uint8Array;
  ciphertext: Uint8Array;
  mac: Uint8Array;
}

export interface EncryptEntryOptions {
  backend: Sha1Backend;
  /** Called with the number of payload bytes encrypted so far. */
  onBytes?: (done: number) => void;
  /** Fixed salt, for known-answer tests only. */
  salt?: Uint8Array;
}

export async function deriveWinZipAesKeys(password: Uint8Array, salt: Uint8Array, backend: Sha1Backend) {
  const material = await backend.pbkdf2Sha1(password, salt, PBKDF2_ROUNDS, 2 * KEY_LENGTH + VERIFIER_LENGTH);
  return {
    aesKey: material.slice(0, KEY_LENGTH),
    hmacKey: material.slice(KEY_LENGTH, 2 * KEY_LENGTH),
    verifier: material.slice(2 * KEY_LENGTH),
    wipe() {
      material.fill(0);
      this.aesKey.fill(0);
      this.hmacKey.fill(0);
    },
  };
}

export async function encryptWinZipAes(
  payload: Uint8Array,
  password: Uint8Array,
  options: EncryptEntryOptions,
): Promise<WinZipAesParts> {
  const salt = options.salt ?? secureRandomBytes(AES256_SALT_LENGTH);
  const keys = await deriveWinZipAesKeys(password, salt, options.backend);
  try {
    const ciphertext = payload.slice();
    await encryptWinZipCtrInPlace(keys.aesKey, ciphertext, { onBytes: options.onBytes });
    const mac = options.backend.createHmacSha1(keys.hmacKey);
    mac.update(ciphertext);
    const digest = await mac.digest();
    const header = new Uint8Array(AES256_SALT_LENGTH + VERIFIER_LENGTH);
    header.set(salt, 0);
    header.set(keys.verifier, AES256_SALT_LENGTH);
    return { header, ciphertext, mac: digest.slice(0, MAC_LENGTH) };
  } finally {
    keys.wipe();
  }
}

/** The AES extra field (0x9901) of an AE-2 entry; `actualMethod` is 0 (stored) or 8 (deflated). */
export function aesExtraField(actualMethod: number): Uint8Array {
  const f = new Uint8Array(11);
  const v = new DataView(f.buffer);
  v.setUint16(0, 0x9901, true); // header ID
  v.setUint16(2, 7, true); // data size
  v.setUint16(4, 2, true); // AE-2: CRC field is 0, the HMAC alone authenticates
  f[6] = 0x41; // vendor ID "AE"
  f[7] = 0x45;
  f[8] = 3; // AES-256
  v.setUint16(9, actualMethod, true);
  return f;
}
