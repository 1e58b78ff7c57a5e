/**
 * The fast engine: an archiver format plugin (registered with `archiver.registerFormat`, the way
 * archiver-zip-encrypted plugs in) whose zip-stream engine writes WinZip AE-2 entries.
 *
 * archiver still does the ZIP writing — local headers, UTF-8 names (bit 11), central directory,
 * end record — through zip-stream/compress-commons; this engine only replaces how an entry's
 * bytes become its stored data: deflate (native CompressionStream or fflate) unless told to
 * store, then AES-256-CTR(LE) + HMAC-SHA1 over the whole buffer at once (no per-chunk streams),
 * with PBKDF2 and HMAC from WebCrypto where it exists.
 */
import Zip from "archiver/lib/plugins/zip";
import ZipStream, { type ZipArchiveEntry } from "zip-stream";
import { appendToArchiverBuffer, toArchiverBuffer } from "./buffer-bridge";
import { deflateRaw } from "./deflate-raw";
import type { Sha1Backend } from "./sha1-backend";
import { aesExtraField, encryptWinZipAes } from "./winzip-aes-entry";

export const FAST_FORMAT_NAME = "outbound-guard-aes256-fast";

const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
const METHOD_AES = 99;
const VERSION_AES = 51;

export interface FastFormatOptions {
  /** The password as UTF-8 bytes. */
  password: Uint8Array;
  sha1: Sha1Backend;
  deflate?: "native" | "fflate";
  /** Progress inside the entry being written: bytes encrypted so far. */
  onEntryBytes?: (name: string, done: number) => void;
  /** Never set by callers: zip-stream's options. */
  [key: string]: unknown;
}

type Callback = (err: Error | null, ae?: ZipArchiveEntry) => void;

export class FastAesZipStream extends ZipStream {
  private readonly fast: FastFormatOptions;

  constructor(options: FastFormatOptions) {
    super(options);
    this.fast = options;
  }

  override _appendBuffer(ae: ZipArchiveEntry, source: Buffer, callback: Callback): void {
    this.encryptEntry(ae, source).then(
      () => callback(null, ae),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
    );
  }

  override _appendStream(_ae: ZipArchiveEntry, _source: unknown, callback: Callback): void {
    callback(new Error("the fast AES engine takes in-memory buffers only"));
  }

  private async encryptEntry(ae: ZipArchiveEntry, source: Buffer): Promise<void> {
    const plain = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
    let method = ae.getMethod() === METHOD_DEFLATED && plain.length > 0 ? METHOD_DEFLATED : METHOD_STORED;
    let payload = plain;
    if (method === METHOD_DEFLATED) {
      const deflated = await deflateRaw(plain, this.fast.deflate);
      if (deflated.length < plain.length) payload = deflated;
      else method = METHOD_STORED; // deflate did not help: store, as 7-Zip does
    }
    const name = ae.getName();
    const parts = await encryptWinZipAes(payload, this.fast.password, {
      backend: this.fast.sha1,
      onBytes: this.fast.onEntryBytes ? (done) => this.fast.onEntryBytes!(name, done) : undefined,
    });

    const gpb = ae.getGeneralPurposeBit();
    gpb.useEncryption(true);
    gpb.useDataDescriptor(false); // sizes are known before the header is written
    ae.setMethod(METHOD_AES);
    ae.setVersionNeededToExtract(VERSION_AES);
    ae.setExtra(appendToArchiverBuffer(ae.getExtra(), aesExtraField(method)));
    ae.setCrc(0); // AE-2
    ae.setSize(plain.length);
    ae.setCompressedSize(parts.header.length + parts.ciphertext.length + parts.mac.length);

    this._writeLocalFileHeader(ae);
    this.write(toArchiverBuffer(parts.header));
    if (parts.ciphertext.length > 0) this.write(toArchiverBuffer(parts.ciphertext));
    this.write(toArchiverBuffer(parts.mac));
    this._afterAppend(ae);
  }
}

/** The format module archiver instantiates: archiver's own zip plugin with our engine inside. */
export class FastAesZipFormat extends Zip {
  constructor(options: FastFormatOptions) {
    super(options);
    this.engine = new FastAesZipStream(this.options as FastFormatOptions);
  }
}
