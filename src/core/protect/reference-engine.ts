/**
 * The reference engine: archiver + archiver-zip-encrypted (WinZip AE-1 with aes-js; ZipCrypto as
 * "zip20"). It stays where it costs nothing — the admin CLI (Node), the bench and the tests — as a
 * second, independent writer to compare the fast engine with, and as its fallback there.
 *
 * The add-in bundles (launchevent, taskpane, playground) do NOT contain it: webpack.config.js
 * replaces this module with reference-engine-absent.ts (archiver's stack was ~250 KiB of the Send
 * bundle, issue 11). There, a fast-engine failure fails the Send closed with its reason.
 */
import { REFERENCE_FORMAT_NAME } from "./formats";
import { writeArchive, type ArchiveEntryInput } from "./write-archive";

/** False only in the add-in bundles' stand-in. */
export const REFERENCE_ENGINE_AVAILABLE = true;

export function writeWithReferenceEngine(
  inputs: readonly ArchiveEntryInput[],
  encryption: "aes256" | "zipcrypto",
  password: Uint8Array,
  date: Date,
  onEntry: (index: number) => void,
): Promise<Uint8Array> {
  // archiver-zip-encrypted's zip20 + store writes a 0-byte entry without its 12-byte encryption
  // header (7-Zip: "Wrong password"); deflate makes 2 bytes, and the header appears.
  const entries = encryption === "zipcrypto" ? inputs.map((e) => (e.bytes.length === 0 ? { ...e, store: false } : e)) : inputs;
  return writeArchive(entries, {
    format: REFERENCE_FORMAT_NAME,
    // archiver-zip-encrypted copies it into a Buffer of its own (Buffer.from).
    formatOptions: { encryptionMethod: encryption === "zipcrypto" ? "zip20" : "aes256", password },
    date,
    onEntry,
  });
}
