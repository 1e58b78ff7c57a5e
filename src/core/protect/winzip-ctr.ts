/**
 * AES-256 in WinZip's counter mode as a stream object: the 16-byte counter block is a
 * little-endian integer that starts at 1 (WebCrypto's AES-CTR counts big-endian, so it cannot
 * make this keystream). The cipher is our T-table kernel (aes256-ctr-le.ts), which the tests hold
 * to FIPS-197, @noble/ciphers and aes-js. The fast engine calls the kernel directly
 * (ctr-encrypt.ts); this class serves encryptWinZipAes and decrypting in tests.
 */
import { bestAesCtrKernel } from "./aes256-ctr-wasm";

/** Bytes per piece processed at once (kept for callers that step by it). */
export const CTR_BATCH = 1 << 20;
const BLOCK = 16;

export class WinZipCtr {
  private nextCounter: number;
  private readonly rk: Int32Array;
  private finished = false;

  /** `firstCounter` > 1 starts the keystream at a later block. */
  constructor(key: Uint8Array, firstCounter = 1) {
    if (key.length !== 32) throw new Error("WinZip AES-256 needs a 32-byte key");
    this.rk = bestAesCtrKernel().expandKey(key);
    this.nextCounter = firstCounter;
  }

  /**
   * Encrypts (or decrypts: CTR is symmetric) `src` into `dst`, continuing the keystream.
   * Every call but the last must be a multiple of 16 bytes. `src` may be `dst` itself.
   */
  process(src: Uint8Array, dst: Uint8Array): void {
    if (this.finished) throw new Error("WinZipCtr: keystream already ended on a partial block");
    if (dst.length !== src.length) throw new Error("WinZipCtr: dst and src differ in length");
    if (dst !== src) dst.set(src);
    bestAesCtrKernel().xorKeystream(this.rk, this.nextCounter, dst, 0, dst.length);
    this.nextCounter += Math.ceil(dst.length / BLOCK);
    if (src.length % BLOCK !== 0) this.finished = true;
  }
}
