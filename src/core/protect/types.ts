/** Plain data in and out of protect/. */
import type { EntryName } from "./entry-names";
import type { KeystreamPort } from "./keystream-port";
import type { Sha1BackendName } from "./sha1-backend";

export interface ProtectFile {
  name: string;
  bytes: Uint8Array;
}

export type ArchiveEncryption = "aes256" | "zipcrypto";
export type ArchiveEngine = "fast" | "reference";

export interface ProtectProgress {
  entriesDone: number;
  entriesTotal: number;
  /** Input bytes fully or partly processed so far. */
  bytesDone: number;
  bytesTotal: number;
}

export interface ProtectOptions {
  /** The archive password (see generateArchivePassword). Never logged. */
  password: string;
  /** Default "aes256". "zipcrypto" is breakable: only for recipients that can open nothing else. */
  encryption?: ArchiveEncryption;
  /**
   * "fast" (default): aes-zip-writer.ts, WinZip AE-2 or ZipCrypto. "reference":
   * archiver-zip-encrypted (AE-1, or its zip20 ZipCrypto), only where it is bundled (Node, CLI,
   * bench, tests; not the add-in bundles: reference-engine-absent.ts). Where it is, it also writes
   * the archive again if the fast engine fails unexpectedly (see ProtectedZip.fallbackReason);
   * where it is not, that failure is an ArchiveWriteError with the reason.
   */
  engine?: ArchiveEngine;
  /** Modification time written for every entry (default: now). */
  date?: Date;
  onProgress?: (progress: ProtectProgress) => void;
  /**
   * AES-256 fast engine: threads that make part of the AES keystream (a Worker pool supplied by
   * the page). Default: the port installed with installKeystreamPort, if any; null: none.
   */
  keystream?: KeystreamPort | null;
  /** Tests and benchmarks: force the JS HMAC/PBKDF2 even where WebCrypto exists. */
  sha1Backend?: Sha1BackendName;
}

export interface ProtectedZip {
  bytes: Uint8Array;
  /** One per input file, same order: the name given and the name inside the archive. */
  entries: EntryName[];
  encryption: ArchiveEncryption;
  /** The engine that wrote `bytes`. */
  engine: ArchiveEngine;
  /** Set when the fast engine failed and the reference engine wrote the archive instead. */
  fallbackReason?: string;
}
