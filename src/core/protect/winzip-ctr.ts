/**
 * AES-256 in WinZip's counter mode: the 16-byte counter block is a little-endian integer that
 * starts at 1 (WebCrypto's AES-CTR counts big-endian, so it cannot make this keystream). The
 * block cipher is @noble/ciphers' audited AES, used through its public ECB mode on a buffer of
 * counter blocks; the keystream is then XORed onto the data. No AES is implemented here.
 */
import { ecb } from "@noble/ciphers/aes";

/** Bytes per keystream batch. A multiple of 16 (AES block) and of 4 (Uint32 XOR). */
export const CTR_BATCH = 1 << 20;
const BLOCK = 16;

export class WinZipCtr {
  private nextCounter: number;
  private readonly key: Uint8Array;
  private readonly counters = new Uint8Array(CTR_BATCH);
  private readonly counters32 = new Uint32Array(this.counters.buffer);
  private finished = false;

  /** `firstCounter` > 1 starts the keystream at a later block (to split one entry across workers). */
  constructor(key: Uint8Array, firstCounter = 1) {
    if (key.length !== 32) throw new Error("WinZip AES-256 needs a 32-byte key");
    this.key = key;
    this.nextCounter = firstCounter;
  }

  /**
   * Encrypts (or decrypts: CTR is symmetric) `src` into `dst`, continuing the keystream.
   * Every call but the last must be a multiple of 16 bytes. `dst` must start on a 4-byte boundary;
   * `src` may be anywhere and may be `dst` itself.
   */
  process(src: Uint8Array, dst: Uint8Array): void {
    if (this.finished) throw new Error("WinZipCtr: keystream already ended on a partial block");
    if (dst.length !== src.length) throw new Error("WinZipCtr: dst and src differ in length");
    if (dst.byteOffset % 4 !== 0) throw new Error("WinZipCtr: dst must be 4-byte aligned");
    for (let offset = 0; offset < src.length; offset += CTR_BATCH) {
      const length = Math.min(CTR_BATCH, src.length - offset);
      const keystream = this.keystream(length);
      const out = dst.subarray(offset, offset + length);
      if (out !== src) out.set(src.subarray(offset, offset + length));
      xorInPlace(out, keystream);
    }
    if (src.length % BLOCK !== 0) this.finished = true;
  }

  /** The next `length` bytes of keystream (length ≤ CTR_BATCH), as a view of an internal buffer. */
  private keystream(length: number): Uint8Array {
    const blocks = Math.ceil(length / BLOCK);
    const c = this.counters32;
    let n = this.nextCounter;
    for (let b = 0, w = 0; b < blocks; b++, w += 4) {
      // Little-endian 128-bit counter; entries are < 4 GiB, so the high 96 bits stay 0.
      c[w] = n >>> 0;
      c[w + 1] = 0;
      c[w + 2] = 0;
      c[w + 3] = 0;
      n++;
    }
    this.nextCounter = n;
    const view = this.counters.subarray(0, blocks * BLOCK);
    ecb(this.key, { disablePadding: true }).encrypt(view, view);
    return view.subarray(0, length);
  }
}

/** dst ^= ks, dst 4-byte aligned, ks from the (aligned) counter buffer. */
function xorInPlace(dst: Uint8Array, ks: Uint8Array): void {
  const words = dst.length >>> 2;
  const d32 = new Uint32Array(dst.buffer, dst.byteOffset, words);
  const k32 = new Uint32Array(ks.buffer, ks.byteOffset, words);
  for (let i = 0; i < words; i++) d32[i] ^= k32[i];
  for (let i = words << 2; i < dst.length; i++) dst[i] ^= ks[i];
}
