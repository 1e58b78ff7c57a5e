/**
 * The archive password: generate-password with letters and digits, no look-alike characters
 * (i l L I o O 0 …), at least one lower-case letter, one upper-case letter and one digit.
 *
 * Randomness: generate-password draws `crypto.randomBytes` — Node's CSPRNG in Node, and in the
 * browser bundles the `crypto` module that webpack resolves (see node-crypto-shim.ts, which is
 * crypto.getRandomValues). We check crypto.getRandomValues first everywhere and fail closed
 * without it. The password is returned, never logged, never put into an error message.
 */
import { generate } from "generate-password";
import { ProtectInputError } from "./errors";
import { assertSecureRandom } from "./secure-random";

export const DEFAULT_PASSWORD_LENGTH = 16;
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

export function generateArchivePassword(length: number = DEFAULT_PASSWORD_LENGTH): string {
  if (!Number.isInteger(length) || length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
    throw new ProtectInputError(
      `attachments.password.length must be a whole number from ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH}`,
    );
  }
  assertSecureRandom();
  return generate({
    length,
    lowercase: true,
    uppercase: true,
    numbers: true,
    symbols: false,
    excludeSimilarCharacters: true,
    strict: true,
  });
}
