/**
 * Optional parallel help for AES-CTR and deflate. CTR blocks are independent, so other threads
 * can make the keystream of a later stretch of an entry while this thread encrypts an earlier one;
 * a deflate stream can be cut in two at a byte-aligned, non-final block boundary. core/ stays
 * pure: it never creates a Worker; the runtime that has them (the playground, the add-in's
 * launchevent page) passes a port in ProtectOptions.keystream or installs one once with
 * installKeystreamPort. Where there is none (classic Outlook's JS-only runtime) everything runs
 * here, unchanged.
 */

export interface KeystreamPort {
  /**
   * `blocks` blocks (16 bytes each) of WinZip AES-256-CTR keystream for `key`, starting at the
   * little-endian counter `firstCounter`. The key is used and forgotten by the helper.
   */
  keystream(key: Uint8Array, firstCounter: number, blocks: number): Promise<Uint8Array>;
  /** How many requests it can work on at once (its threads). */
  readonly parallelism: number;
  /**
   * Optional: a complete raw deflate stream (RFC 1951, level 6, ending in a final block) of `data`,
   * made on another thread. protect/ asks it for the LAST part of a large entry while this thread
   * deflates the first part without a final block (deflate-raw.ts), and joins the two.
   */
  deflateRaw?(data: Uint8Array): Promise<Uint8Array>;
}

let installed: KeystreamPort | undefined;

/** Installs (or with undefined removes) the port used when ProtectOptions.keystream is not given. */
export function installKeystreamPort(port: KeystreamPort | undefined): void {
  installed = port;
}

export function installedKeystreamPort(): KeystreamPort | undefined {
  return installed;
}
