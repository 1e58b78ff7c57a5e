/**
 * createProtectedZip: attachments in, one password-protected ZIP out.
 *
 *  - names made safe and distinct (entry-names.ts);
 *  - already-compressed or random-looking files stored, the rest deflated (compression-choice.ts);
 *  - AES-256 by the fast engine (aes-zip-writer.ts, WinZip AE-2, one preallocated buffer, AES
 *    helped by worker threads where the caller supplies a KeystreamPort) or archiver-zip-encrypted
 *    (AE-1), which also takes over if the fast engine fails unexpectedly;
 *  - ZipCrypto by archiver-zip-encrypted, with its 0-byte/store bug worked around.
 *  - no secure random source: fail closed before anything is written.
 */
import { safeEntryNames } from "./entry-names";
import { shouldStore } from "./compression-choice";
import { ArchiveWriteError, ProtectError, ProtectInputError } from "./errors";
import { REFERENCE_FORMAT_NAME } from "./formats";
import { writeAesZip } from "./aes-zip-writer";
import { installedKeystreamPort } from "./keystream-port";
import { utf8Bytes } from "./buffer-bridge";
import { assertSecureRandom } from "./secure-random";
import { pickSha1Backend } from "./sha1-backend";
import type { ArchiveEngine, ProtectedZip, ProtectFile, ProtectOptions } from "./types";
import { writeArchive, type ArchiveEntryInput } from "./write-archive";
import { AES256_OVERHEAD } from "./winzip-aes-entry";

/** No ZIP64 here: the whole archive stays below 4 GiB (Outlook's own limit is 25 MB). */
const MAX_TOTAL_BYTES = 0xffffffff - 64 * 1024 * 1024;

export async function createProtectedZip(files: readonly ProtectFile[], options: ProtectOptions): Promise<ProtectedZip> {
  validate(files, options);
  assertSecureRandom();
  const encryption = options.encryption ?? "aes256";
  const engine: ArchiveEngine = encryption === "zipcrypto" ? "reference" : options.engine ?? "fast";
  const entries = safeEntryNames(files.map((f) => f.name));
  const bytesTotal = files.reduce((n, f) => n + f.bytes.length, 0);
  const date = options.date ?? new Date();

  // Per-entry progress: the fast engine reports inside an entry, archiver reports each entry done.
  let entriesDone = 0;
  let bytesBefore = 0;
  const report = (inEntry: number) =>
    options.onProgress?.({ entriesDone, entriesTotal: files.length, bytesDone: bytesBefore + inEntry, bytesTotal });
  const onEntry = (index: number) => {
    entriesDone = index + 1;
    bytesBefore += files[index].bytes.length;
    report(0);
  };

  const inputs: ArchiveEntryInput[] = files.map((f, i) => ({
    name: entries[i].stored,
    bytes: f.bytes,
    store: shouldStore(entries[i].stored, f.bytes),
  }));

  const password = utf8Bytes(options.password);
  try {
    if (encryption === "zipcrypto") {
      // archiver-zip-encrypted's zip20 + store writes a 0-byte entry without its 12-byte
      // encryption header (7-Zip: "Wrong password"); deflate makes 2 bytes, and the header appears.
      const zipcryptoInputs = inputs.map((e) => (e.bytes.length === 0 ? { ...e, store: false } : e));
      const bytes = await runReference(zipcryptoInputs, "zip20", password, date, onEntry);
      return { bytes, entries, encryption, engine: "reference" };
    }
    if (engine === "reference") {
      const bytes = await runReference(inputs, "aes256", password, date, onEntry);
      return { bytes, entries, encryption, engine };
    }
    try {
      const bytes = await writeAesZip(inputs, {
        password,
        sha1: pickSha1Backend(options.sha1Backend),
        date,
        keystream: options.keystream === undefined ? installedKeystreamPort() : options.keystream ?? undefined,
        onEntryBytes: (_index: number, done: number) => report(done),
        onEntry,
      });
      return { bytes, entries, encryption, engine: "fast" };
    } catch (err) {
      if (err instanceof ProtectError) throw err; // e.g. no secure random: never retried
      entriesDone = 0;
      bytesBefore = 0;
      const bytes = await runReference(inputs, "aes256", password, date, onEntry);
      const reason = err instanceof Error ? err.message : String(err);
      return { bytes, entries, encryption, engine: "reference", fallbackReason: reason };
    }
  } catch (err) {
    if (err instanceof ProtectError) throw err;
    throw new ArchiveWriteError(engine, err);
  } finally {
    password.fill(0);
  }
}

function runReference(
  inputs: ArchiveEntryInput[],
  encryptionMethod: "aes256" | "zip20",
  password: Uint8Array,
  date: Date,
  onEntry: (index: number) => void,
): Promise<Uint8Array> {
  return writeArchive(inputs, {
    format: REFERENCE_FORMAT_NAME,
    // archiver-zip-encrypted copies it into a Buffer of its own (Buffer.from).
    formatOptions: { encryptionMethod, password },
    date,
    onEntry,
  });
}

/** Also true for a Uint8Array from another realm (iframe, vm context, jsdom). */
function isUint8Array(x: unknown): x is Uint8Array {
  return x instanceof Uint8Array || Object.prototype.toString.call(x) === "[object Uint8Array]";
}

function validate(files: readonly ProtectFile[], options: ProtectOptions): void {
  if (!Array.isArray(files) || files.length === 0) throw new ProtectInputError("no files to protect");
  let total = 0;
  for (const f of files) {
    if (!f || typeof f.name !== "string") throw new ProtectInputError("every file needs a name (string)");
    if (!isUint8Array(f.bytes)) throw new ProtectInputError(`"${f.name}": bytes must be a Uint8Array`);
    total += f.bytes.length + AES256_OVERHEAD;
  }
  if (total > MAX_TOTAL_BYTES) throw new ProtectInputError("the files are too large for one ZIP (4 GiB)");
  if (!options || typeof options.password !== "string" || options.password.length === 0) {
    throw new ProtectInputError("a non-empty password is required");
  }
  const enc = options.encryption ?? "aes256";
  if (enc !== "aes256" && enc !== "zipcrypto") throw new ProtectInputError(`unknown encryption "${String(enc)}"`);
  const engine = options.engine ?? "fast";
  if (engine !== "fast" && engine !== "reference") throw new ProtectInputError(`unknown engine "${String(engine)}"`);
}
