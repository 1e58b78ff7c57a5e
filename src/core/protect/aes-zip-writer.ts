/**
 * The fast engine: a WinZip AE-2 ZIP (APPNOTE 6.3.x; WinZip "AES Encryption Information") written
 * straight into ONE preallocated buffer. Per entry: deflate (native CompressionStream or fflate)
 * unless told to store; the local header; salt ‖ verifier; the payload copied into place and
 * encrypted in the same pass, piece by piece (AES-256-CTR, little-endian counter); HMAC-SHA1-80 over that ciphertext view;
 * then the central directory and the end record.
 *
 * Why not archiver's streams (the engine before issue 11): every entry went through Buffer
 * wrapping, stream chunks and a final concatenation — two extra copies of the archive — and a
 * separate ciphertext buffer. Here the input is read once into the archive and nothing else of
 * its size is allocated (WebCrypto's HMAC copies its input internally; the JS HMAC does not).
 *
 * AE-2 writes CRC-32 = 0 and authenticates with the HMAC alone, so no CRC is computed; 7-Zip
 * reads it so (and writes AE-2 itself). Field layout mirrors what zip-stream wrote for us before,
 * so listings look the same: UNIX "made by" 4.5, mode 0644, DOS time in UTC.
 *
 * With `encryption: "zipcrypto"` the same writer makes PKWARE traditional encryption instead
 * (zipcrypto-entry.ts): method 0/8 as is, version 2.0, the real CRC-32, no extra field, and the
 * 12-byte encryption header before the encrypted payload.
 */
import { encodeUtf8 } from "../bytes/utf8";
import { deflateRaw } from "./deflate-raw";
import { encryptWinZipCtrInPlace } from "./ctr-encrypt";
import type { KeystreamPort } from "./keystream-port";
import type { Sha1Backend } from "./sha1-backend";
import { secureRandomBytes } from "./secure-random";
import { AES256_SALT_LENGTH, MAC_LENGTH, VERIFIER_LENGTH, aesExtraField, deriveWinZipAesKeys } from "./winzip-aes-entry";
import { ZIPCRYPTO_HEADER_LENGTH, crc32Of, encryptZipCryptoInPlace } from "./zipcrypto-entry";

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
const METHOD_AES = 99;
const VERSION_AES = 51;
/** Deflate and traditional encryption: PKZIP 2.0. */
const VERSION_ZIPCRYPTO = 20;
const MADE_BY_UNIX_45 = (3 << 8) | 45;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8 = 0x0800;
/** S_IFREG | 0644 in the high half, MS-DOS "archive" in the low half (what zip-stream wrote). */
const EXTERNAL_ATTRIBUTES = ((0o100644 << 16) | 0x20) >>> 0;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
const AES_EXTRA = 11;

export interface AesZipEntryInput {
  /** Already made safe (entry-names.ts). */
  name: string;
  bytes: Uint8Array;
  /** Method 0 instead of deflate. */
  store: boolean;
}

export interface AesZipOptions {
  /** The password as UTF-8 bytes (ZipCrypto: printable ASCII, see zipCryptoPasswordBytes). */
  password: Uint8Array;
  /** Default "aes256" (WinZip AE-2); "zipcrypto": PKWARE traditional encryption. */
  encryption?: "aes256" | "zipcrypto";
  sha1: Sha1Backend;
  date: Date;
  deflate?: "native" | "fflate";
  keystream?: KeystreamPort;
  /** Input bytes of entry `index` encrypted so far. */
  onEntryBytes?: (index: number, done: number) => void;
  /** Entry `index` is complete. */
  onEntry?: (index: number) => void;
}

interface Planned {
  name: Uint8Array;
  flags: number;
  method: number;
  payload: Uint8Array;
  /** Payload bytes (deflated or stored), before encryption. */
  payloadLength: number;
  size: number;
  offset: number;
  /** ZipCrypto only (AE-2 writes 0): CRC-32 of the uncompressed bytes. */
  crc: number;
  zipcrypto: boolean;
}

export async function writeAesZip(entries: readonly AesZipEntryInput[], options: AesZipOptions): Promise<Uint8Array> {
  // 1. What each entry's payload is (deflated payloads are the only new buffers, and small).
  const planned: Planned[] = [];
  let offset = 0;
  let centralSize = 0;
  const zipcrypto = options.encryption === "zipcrypto";
  const extraLength = zipcrypto ? 0 : AES_EXTRA;
  for (const e of entries) {
    let method = !e.store && e.bytes.length > 0 ? METHOD_DEFLATED : METHOD_STORED;
    let payload = e.bytes;
    if (method === METHOD_DEFLATED) {
      const deflated = await deflateRaw(e.bytes, options.deflate, options.keystream);
      if (deflated.length < e.bytes.length) payload = deflated;
      else method = METHOD_STORED; // deflate did not help: store, as 7-Zip does
    }
    const name = encodeUtf8(e.name);
    const flags = FLAG_ENCRYPTED | (name.some((b) => b >= 0x80) ? FLAG_UTF8 : 0);
    const crc = zipcrypto ? crc32Of(e.bytes) : 0;
    const p: Planned = { name, flags, method, payload, payloadLength: payload.length, size: e.bytes.length, offset, crc, zipcrypto };
    planned.push(p);
    offset += LOCAL_HEADER + name.length + extraLength + encryptedSize(p);
    centralSize += CENTRAL_HEADER + name.length + extraLength;
  }
  const centralOffset = offset;
  const out = new Uint8Array(centralOffset + centralSize + END_RECORD);
  const view = new DataView(out.buffer);
  const dos = dosDateTime(options.date);

  // 2. Each entry: header, salt ‖ verifier, payload encrypted in place, MAC.
  for (let index = 0; index < planned.length; index++) {
    const p = planned[index];
    let at = p.offset;
    at = writeHeaderFields(view, out, at, SIG_LOCAL, null, p, dos);
    const dataStart = at;
    if (p.zipcrypto) {
      const target = out.subarray(dataStart, dataStart + ZIPCRYPTO_HEADER_LENGTH + p.payload.length);
      target.set(p.payload, ZIPCRYPTO_HEADER_LENGTH);
      const scale = p.payload.length > 0 ? p.size / p.payload.length : 0;
      encryptZipCryptoInPlace(
        options.password,
        p.crc,
        target,
        options.onEntryBytes ? (done) => options.onEntryBytes!(index, Math.round(done * scale)) : undefined,
      );
      if (p.payload !== entries[index].bytes) p.payload = new Uint8Array(0);
      options.onEntry?.(index);
      continue;
    }
    const salt = secureRandomBytes(AES256_SALT_LENGTH);
    const keys = await deriveWinZipAesKeys(options.password, salt, options.sha1);
    try {
      out.set(salt, dataStart);
      out.set(keys.verifier, dataStart + AES256_SALT_LENGTH);
      const cStart = dataStart + AES256_SALT_LENGTH + VERIFIER_LENGTH;
      const ciphertext = out.subarray(cStart, cStart + p.payload.length);
      const scale = p.payload.length > 0 ? p.size / p.payload.length : 0;
      // The payload is read once: each piece is copied into place and encrypted in one pass.
      await encryptWinZipCtrInPlace(keys.aesKey, ciphertext, {
        source: p.payload,
        port: options.keystream,
        onBytes: options.onEntryBytes ? (done) => options.onEntryBytes!(index, Math.round(done * scale)) : undefined,
      });
      const mac = options.sha1.createHmacSha1(keys.hmacKey);
      mac.update(ciphertext);
      out.set((await mac.digest()).subarray(0, MAC_LENGTH), cStart + p.payload.length);
    } finally {
      keys.wipe();
    }
    if (p.payload !== entries[index].bytes) p.payload = new Uint8Array(0); // let the deflated copy go
    options.onEntry?.(index);
  }

  // 3. Central directory and end record.
  let at = centralOffset;
  for (const p of planned) at = writeHeaderFields(view, out, at, SIG_CENTRAL, p.offset, p, dos);
  view.setUint32(at, SIG_END, true);
  view.setUint16(at + 8, planned.length, true);
  view.setUint16(at + 10, planned.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, centralOffset, true);
  return out;
}

/** AE-2: salt, verifier, ciphertext, MAC. ZipCrypto: the 12-byte header, then the ciphertext. */
function encryptedSize(p: Planned): number {
  if (p.zipcrypto) return ZIPCRYPTO_HEADER_LENGTH + p.payloadLength;
  return AES256_SALT_LENGTH + VERIFIER_LENGTH + p.payloadLength + MAC_LENGTH;
}

/**
 * A local header (localOffset null) or a central header; returns where its name+extra end.
 * The sizes in a local header are known in advance, so no data descriptor is written.
 */
function writeHeaderFields(
  v: DataView,
  out: Uint8Array,
  at: number,
  signature: number,
  localOffset: number | null,
  p: Planned,
  dos: number,
): number {
  const central = localOffset !== null;
  v.setUint32(at, signature, true);
  let q = at + 4;
  if (central) {
    v.setUint16(q, MADE_BY_UNIX_45, true);
    q += 2;
  }
  v.setUint16(q, p.zipcrypto ? VERSION_ZIPCRYPTO : VERSION_AES, true);
  v.setUint16(q + 2, p.flags, true);
  v.setUint16(q + 4, p.zipcrypto ? p.method : METHOD_AES, true);
  v.setUint32(q + 6, dos, true);
  v.setUint32(q + 10, p.crc, true); // CRC-32: 0 in AE-2
  v.setUint32(q + 14, encryptedSize(p), true);
  v.setUint32(q + 18, p.size, true);
  v.setUint16(q + 22, p.name.length, true);
  v.setUint16(q + 24, p.zipcrypto ? 0 : AES_EXTRA, true);
  q += 26;
  if (central) {
    // comment length, disk number, internal attributes: 0
    v.setUint32(q + 6, EXTERNAL_ATTRIBUTES, true);
    v.setUint32(q + 10, localOffset, true);
    q += 14;
  }
  out.set(p.name, q);
  if (p.zipcrypto) return q + p.name.length;
  out.set(aesExtraField(p.method), q + p.name.length);
  return q + p.name.length + AES_EXTRA;
}

/** MS-DOS date and time (UTC, as zip-stream wrote them), clamped to 1980..2043. */
export function dosDateTime(d: Date): number {
  const year = d.getUTCFullYear();
  if (year < 1980) return 0x00210000; // 1980-01-01 00:00:00
  if (year >= 2044) return 0x7f9fbf7d; // 2043-12-31 23:59:58
  return (
    (((year - 1980) << 25) |
      ((d.getUTCMonth() + 1) << 21) |
      (d.getUTCDate() << 16) |
      (d.getUTCHours() << 11) |
      (d.getUTCMinutes() << 5) |
      (d.getUTCSeconds() >> 1)) >>>
    0
  );
}
