/**
 * What the add-in bundles get instead of reference-engine.ts (webpack.config.js,
 * NormalModuleReplacementPlugin): no archiver, no archiver-zip-encrypted. Same exports; calling it
 * throws, and createProtectedZip never does while REFERENCE_ENGINE_AVAILABLE is false.
 */
import type { ArchiveEntryInput } from "./write-archive";

export const REFERENCE_ENGINE_AVAILABLE = false;

export function writeWithReferenceEngine(
  _inputs: readonly ArchiveEntryInput[],
  _encryption: "aes256" | "zipcrypto",
  _password: Uint8Array,
  _date: Date,
  _onEntry: (index: number) => void,
): Promise<Uint8Array> {
  return Promise.reject(new Error("the reference engine (archiver-zip-encrypted) is not part of this bundle"));
}
