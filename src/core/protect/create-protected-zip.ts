/**
 * createProtectedZip: attachments in, one password-protected ZIP out.
 *
 *  - names made safe and distinct (entry-names.ts);
 *  - already-compressed or random-looking files stored, the rest deflated (compression-choice.ts);
 *  - AES-256 and ZipCrypto by the fast engine (aes-zip-writer.ts: WinZip AE-2, or PKWARE
 *    traditional encryption from zipcrypto-entry.ts; one preallocated buffer, AES helped by worker
 *    threads where the caller supplies a KeystreamPort);
 *  - or, on request and where it is bundled (CLI, bench, tests: reference-engine.ts),
 *    archiver-zip-encrypted, which there also takes over if the fast engine fails unexpectedly.
 *    In the add-in bundles it is absent: an unexpected fast-engine failure is an
 *    ArchiveWriteError with the reason, and the Send fails closed (attachments stay).
 *  - no secure random source: fail closed before anything is written.
 */
import { safeEntryNames } from "./entry-names";
import { shouldStore } from "./compression-choice";
import { ArchiveWriteError, ProtectError, ProtectInputError } from "./errors";
import { writeAesZip } from "./aes-zip-writer";
import { installedKeystreamPort } from "./keystream-port";
import { encodeUtf8 } from "../bytes/utf8";
import { REFERENCE_ENGINE_AVAILABLE, writeWithReferenceEngine } from "./reference-engine";
import { zipCryptoPasswordBytes } from "./zipcrypto-entry";
import { assertSecureRandom } from "./secure-random";
import { pickSha1Backend } from "./sha1-backend";
import type { ArchiveEngine, ProtectedZip, ProtectFile, ProtectOptions } from "./types";
import type { ArchiveEntryInput } from "./write-archive";
import { AES256_OVERHEAD } from "./winzip-aes-entry";

/** No ZIP64 here: the whole archive stays below 4 GiB (Outlook's own limit is 25 MB). */
const MAX_TOTAL_BYTES = 0xffffffff - 64 * 1024 * 1024;

export async function createProtectedZip(files: readonly ProtectFile[], options: ProtectOptions): Promise<ProtectedZip> {
  validate(files, options);
  assertSecureRandom();
  const encryption = options.encryption ?? "aes256";
  const engine: ArchiveEngine = options.engine ?? "fast";
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

  const password = encryption === "zipcrypto" ? zipCryptoPasswordBytes(options.password) : encodeUtf8(options.password);
  try {
    if (engine === "reference") {
      const bytes = await writeWithReferenceEngine(inputs, encryption, password, date, onEntry);
      return { bytes, entries, encryption, engine };
    }
    try {
      const bytes = await writeAesZip(inputs, {
        password,
        encryption,
        sha1: pickSha1Backend(options.sha1Backend),
        date,
        keystream: options.keystream === undefined ? installedKeystreamPort() : options.keystream ?? undefined,
        onEntryBytes: (_index: number, done: number) => report(done),
        onEntry,
      });
      return { bytes, entries, encryption, engine: "fast" };
    } catch (err) {
      if (err instanceof ProtectError) throw err; // e.g. no secure random: never retried
      // The add-in bundles have no second engine: fail with the reason (the Send is blocked, the
      // attachments stay: src/outlook/protect-attachments.ts, failure kind "zip").
      if (!REFERENCE_ENGINE_AVAILABLE) throw new ArchiveWriteError("fast", err);
      entriesDone = 0;
      bytesBefore = 0;
      const bytes = await writeWithReferenceEngine(inputs, encryption, password, date, onEntry);
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
  if (engine === "reference" && !REFERENCE_ENGINE_AVAILABLE) {
    throw new ProtectInputError('engine "reference" (archiver-zip-encrypted) is not part of this bundle');
  }
}
