/**
 * The one source of randomness for protect/: `crypto.getRandomValues` from the global scope
 * (browser, Worker, Node ≥ 19, the classic-Outlook runtime on builds that have it).
 * Where it is missing we FAIL CLOSED — never Math.random or any other fallback.
 */
import { SecureRandomUnavailableError } from "./errors";

type RandomFill = (array: Uint8Array) => Uint8Array;

/** getRandomValues fills at most 65,536 bytes per call (Web Crypto spec, QuotaExceededError). */
const MAX_FILL = 65536;

function findGetRandomValues(): RandomFill | undefined {
  const c = (globalThis as { crypto?: { getRandomValues?: unknown } }).crypto;
  if (!c || typeof c.getRandomValues !== "function") return undefined;
  const fn = c.getRandomValues as (a: Uint8Array) => Uint8Array;
  return (array) => fn.call(c, array);
}

/** True where a secure random source exists. */
export function hasSecureRandom(): boolean {
  return findGetRandomValues() !== undefined;
}

/** Throws SecureRandomUnavailableError where there is no secure random source. */
export function assertSecureRandom(): void {
  if (!hasSecureRandom()) throw new SecureRandomUnavailableError();
}

/** `length` bytes from crypto.getRandomValues; throws SecureRandomUnavailableError where it is missing. */
export function secureRandomBytes(length: number): Uint8Array {
  const fill = findGetRandomValues();
  if (!fill) throw new SecureRandomUnavailableError();
  const out = new Uint8Array(length);
  for (let offset = 0; offset < length; offset += MAX_FILL) {
    fill(out.subarray(offset, Math.min(length, offset + MAX_FILL)));
  }
  return out;
}
