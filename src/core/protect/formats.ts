/**
 * The archiver format protect/ writes with (archiver-zip-encrypted, under a name of our own), and
 * the one place that makes an archiver instance. archiver's core is used directly instead of its
 * package entry: the entry also loads the tar and json formats (tar-stream, streamx, ...) that
 * protect/ never uses, and its process-wide format registry is not needed for one fixed format.
 * (The fast AES engine no longer goes through archiver: aes-zip-writer.ts.)
 */
import Archiver, { type Archive } from "archiver/lib/core";
import ZipEncrypted from "archiver-zip-encrypted";
import type { FormatModule } from "archiver";

/** archiver-zip-encrypted: the reference AES path (AE-1, aes-js) and the only ZipCrypto path. */
export const REFERENCE_FORMAT_NAME = "outbound-guard-zip-encrypted";

const FORMATS: ReadonlyMap<string, FormatModule> = new Map<string, FormatModule>([
  [REFERENCE_FORMAT_NAME, ZipEncrypted],
]);

/** What archiver's own `archiver.create(format, options)` does, for our two formats. */
export function createArchive(format: string, options: Record<string, unknown>): Archive {
  const Format = FORMATS.get(format);
  if (!Format) throw new Error(`protect: unknown archive format "${format}"`);
  const archive = new Archiver(format, options);
  archive.setFormat(format);
  archive.setModule(new Format(options));
  return archive;
}
