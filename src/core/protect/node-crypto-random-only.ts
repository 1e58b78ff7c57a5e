/**
 * For the add-in bundles only (launchevent, task pane, playground): what `require('crypto')`
 * resolves to there. Their one user is generate-password, which reads `randomBytes(n)[i]`; the
 * reference ZIP engine (the user of pbkdf2Sync/createHmac) is left out of those bundles. Plain
 * Uint8Arrays, so the 65 KB `buffer` polyfill stays out of launchevent.js (issue 11's limit).
 * The bench, the CLI and the protect tests' bundle keep node-crypto-shim.ts.
 */
import { secureRandomBytes } from "./secure-random";

/** crypto.getRandomValues bytes; fails closed (SecureRandomUnavailableError) where it is missing. */
export function randomBytes(size: number, callback?: (err: Error | null, buf?: Uint8Array) => void): Uint8Array | void {
  if (!callback) return secureRandomBytes(size);
  let bytes: Uint8Array;
  try {
    bytes = secureRandomBytes(size);
  } catch (err) {
    callback(err as Error);
    return;
  }
  callback(null, bytes);
}

function absent(name: string): never {
  throw new Error(`crypto.${name} is not in the add-in bundles (only the reference ZIP engine used it, and it is left out of them)`);
}

export const pbkdf2Sync = (): never => absent("pbkdf2Sync");
export const createHmac = (): never => absent("createHmac");

export default { randomBytes, pbkdf2Sync, createHmac };
