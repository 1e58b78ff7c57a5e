/**
 * AES-256 encryption (FIPS-197, the classic four-T-table formulation, written here) specialised
 * for WinZip's counter mode: the counter block is a little-endian integer starting at 1, the
 * keystream is XORed onto the data in place, and no keystream buffer is made.
 *
 * Why not @noble/ciphers' ECB on a buffer of counters (what we did before): that costs a counter
 * buffer, a keystream pass and an XOR pass per MiB, and noble's merged 64K-entry tables miss the
 * L1 cache. Noble stays the reference in the tests (tests/unit/protect/aes256-ctr-le.test.ts),
 * beside FIPS-197's own vectors and aes-js.
 *
 * Everything the cipher needs is built inside `winZipAesCtrKernel()` and the function refers to
 * nothing outside itself, so a Worker can be made from its source text (see KeystreamPort):
 * one implementation for the main thread and the workers.
 */

export interface AesCtrKernel {
  /** AES-256 round keys (60 big-endian words) from a 32-byte key. */
  expandKey(key: Uint8Array): Int32Array;
  /** One block: encrypts the 4 big-endian words in `io` (in place). */
  encryptBlock(rk: Int32Array, io: Int32Array): void;
  /**
   * data[from, to) ^= WinZip keystream, where `from` is byte 0 of counter block `counter`
   * (counter ≥ 1, < 2^32). `to` may end on a partial block.
   */
  xorKeystream(rk: Int32Array, counter: number, data: Uint8Array, from: number, to: number): void;
  /** `blocks` blocks of keystream starting at `counter`, into `out` (length ≥ 16 · blocks). */
  keystream(rk: Int32Array, counter: number, blocks: number, out: Uint8Array): void;
  /** The S-box (FIPS-197 §5.1.1), for the WebAssembly kernel's tables (aes256-ctr-wasm.ts). */
  readonly sbox: Uint8Array;
}

export function winZipAesCtrKernel(): AesCtrKernel {
  // S-box from the multiplicative inverse in GF(2^8) and the affine map (FIPS-197 §5.1.1).
  const S = new Uint8Array(256);
  const mul2 = (x: number) => ((x << 1) ^ (x & 0x80 ? 0x11b : 0)) & 0xff;
  {
    const exp = new Uint8Array(256);
    const log = new Uint8Array(256);
    for (let i = 0, x = 1; i < 255; i++) {
      exp[i] = x;
      log[x] = i;
      x ^= mul2(x); // x·3 generates GF(2^8)*
    }
    for (let a = 0; a < 256; a++) {
      const inv = a === 0 ? 0 : exp[(255 - log[a]) % 255];
      let s = inv;
      let r = inv;
      for (let k = 0; k < 4; k++) {
        r = ((r << 1) | (r >>> 7)) & 0xff;
        s ^= r;
      }
      S[a] = s ^ 0x63;
    }
  }
  // Te0[x] = [2·S, S, S, 3·S] as a big-endian word; Te1..Te3 are its byte rotations.
  const Te0 = new Int32Array(256);
  const Te1 = new Int32Array(256);
  const Te2 = new Int32Array(256);
  const Te3 = new Int32Array(256);
  for (let x = 0; x < 256; x++) {
    const s = S[x];
    const s2 = mul2(s);
    const w = (s2 << 24) | (s << 16) | (s << 8) | (s2 ^ s);
    Te0[x] = w;
    Te1[x] = (w >>> 8) | (w << 24);
    Te2[x] = (w >>> 16) | (w << 16);
    Te3[x] = (w >>> 24) | (w << 8);
  }

  function expandKey(key: Uint8Array): Int32Array {
    if (key.length !== 32) throw new Error("AES-256 needs a 32-byte key");
    const w = new Int32Array(60);
    for (let i = 0; i < 8; i++) w[i] = (key[4 * i] << 24) | (key[4 * i + 1] << 16) | (key[4 * i + 2] << 8) | key[4 * i + 3];
    let rcon = 1;
    for (let i = 8; i < 60; i++) {
      let t = w[i - 1];
      if (i % 8 === 0) {
        // SubWord(RotWord(t)) ^ Rcon
        t = (S[(t >>> 16) & 255] << 24) | (S[(t >>> 8) & 255] << 16) | (S[t & 255] << 8) | S[t >>> 24];
        t ^= rcon << 24;
        rcon = mul2(rcon);
      } else if (i % 8 === 4) {
        t = (S[t >>> 24] << 24) | (S[(t >>> 16) & 255] << 16) | (S[(t >>> 8) & 255] << 8) | S[t & 255];
      }
      w[i] = w[i - 8] ^ t;
    }
    return w;
  }

  // The state of the last encryptBlock call, kept in closure variables (no object per block).
  let o0 = 0;
  let o1 = 0;
  let o2 = 0;
  let o3 = 0;

  function encrypt(rk: Int32Array, a0: number, a1: number, a2: number, a3: number): void {
    let s0 = a0 ^ rk[0];
    let s1 = a1 ^ rk[1];
    let s2 = a2 ^ rk[2];
    let s3 = a3 ^ rk[3];
    // 13 full rounds: six pairs, then one (two per turn: fewer moves between temporaries).
    for (let k = 4; k < 52; k += 8) {
      const t0 = Te0[s0 >>> 24] ^ Te1[(s1 >>> 16) & 255] ^ Te2[(s2 >>> 8) & 255] ^ Te3[s3 & 255] ^ rk[k];
      const t1 = Te0[s1 >>> 24] ^ Te1[(s2 >>> 16) & 255] ^ Te2[(s3 >>> 8) & 255] ^ Te3[s0 & 255] ^ rk[k + 1];
      const t2 = Te0[s2 >>> 24] ^ Te1[(s3 >>> 16) & 255] ^ Te2[(s0 >>> 8) & 255] ^ Te3[s1 & 255] ^ rk[k + 2];
      const t3 = Te0[s3 >>> 24] ^ Te1[(s0 >>> 16) & 255] ^ Te2[(s1 >>> 8) & 255] ^ Te3[s2 & 255] ^ rk[k + 3];
      s0 = Te0[t0 >>> 24] ^ Te1[(t1 >>> 16) & 255] ^ Te2[(t2 >>> 8) & 255] ^ Te3[t3 & 255] ^ rk[k + 4];
      s1 = Te0[t1 >>> 24] ^ Te1[(t2 >>> 16) & 255] ^ Te2[(t3 >>> 8) & 255] ^ Te3[t0 & 255] ^ rk[k + 5];
      s2 = Te0[t2 >>> 24] ^ Te1[(t3 >>> 16) & 255] ^ Te2[(t0 >>> 8) & 255] ^ Te3[t1 & 255] ^ rk[k + 6];
      s3 = Te0[t3 >>> 24] ^ Te1[(t0 >>> 16) & 255] ^ Te2[(t1 >>> 8) & 255] ^ Te3[t2 & 255] ^ rk[k + 7];
    }
    const t0 = Te0[s0 >>> 24] ^ Te1[(s1 >>> 16) & 255] ^ Te2[(s2 >>> 8) & 255] ^ Te3[s3 & 255] ^ rk[52];
    const t1 = Te0[s1 >>> 24] ^ Te1[(s2 >>> 16) & 255] ^ Te2[(s3 >>> 8) & 255] ^ Te3[s0 & 255] ^ rk[53];
    const t2 = Te0[s2 >>> 24] ^ Te1[(s3 >>> 16) & 255] ^ Te2[(s0 >>> 8) & 255] ^ Te3[s1 & 255] ^ rk[54];
    const t3 = Te0[s3 >>> 24] ^ Te1[(s0 >>> 16) & 255] ^ Te2[(s1 >>> 8) & 255] ^ Te3[s2 & 255] ^ rk[55];
    s0 = t0;
    s1 = t1;
    s2 = t2;
    s3 = t3;
    // Last round: SubBytes and ShiftRows only.
    o0 = ((S[s0 >>> 24] << 24) | (S[(s1 >>> 16) & 255] << 16) | (S[(s2 >>> 8) & 255] << 8) | S[s3 & 255]) ^ rk[56];
    o1 = ((S[s1 >>> 24] << 24) | (S[(s2 >>> 16) & 255] << 16) | (S[(s3 >>> 8) & 255] << 8) | S[s0 & 255]) ^ rk[57];
    o2 = ((S[s2 >>> 24] << 24) | (S[(s3 >>> 16) & 255] << 16) | (S[(s0 >>> 8) & 255] << 8) | S[s1 & 255]) ^ rk[58];
    o3 = ((S[s3 >>> 24] << 24) | (S[(s0 >>> 16) & 255] << 16) | (S[(s1 >>> 8) & 255] << 8) | S[s2 & 255]) ^ rk[59];
  }

  /** The counter block's first word, big-endian, from the little-endian counter's low 32 bits. */
  const counterWord = (n: number) => ((n & 255) << 24) | (((n >>> 8) & 255) << 16) | (((n >>> 16) & 255) << 8) | (n >>> 24);

  function encryptBlock(rk: Int32Array, io: Int32Array): void {
    encrypt(rk, io[0], io[1], io[2], io[3]);
    io[0] = o0;
    io[1] = o1;
    io[2] = o2;
    io[3] = o3;
  }

  // The hot loop: the cipher written out again with every value in a local (no call, no
  // closure slot per block); encryptBlock above is the readable form and the tests hold both to
  // the same vectors.
  function xorKeystream(rk: Int32Array, counter: number, data: Uint8Array, from: number, to: number): void {
    const k0 = rk[0];
    const k1 = rk[1];
    const k2 = rk[2];
    const k3 = rk[3];
    const whole = from + ((to - from) & ~15);
    const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
    let n = counter;
    let p = from;
    for (; p < whole; p += 16, n++) {
      encrypt(rk, counterWord(n), 0, 0, 0);
      const w0 = o0;
      const w1 = o1;
      const w2 = o2;
      const w3 = o3;
      // Big-endian words onto the bytes in order; DataView handles any alignment (V8 inlines it).
      dv.setInt32(p, dv.getInt32(p) ^ w0);
      dv.setInt32(p + 4, dv.getInt32(p + 4) ^ w1);
      dv.setInt32(p + 8, dv.getInt32(p + 8) ^ w2);
      dv.setInt32(p + 12, dv.getInt32(p + 12) ^ w3);
    }
    if (p < to) {
      encrypt(rk, counterWord(n), 0, 0, 0);
      const ks = [o0, o1, o2, o3];
      for (let i = 0; p < to; i++, p++) data[p] ^= ks[i >>> 2] >>> (24 - 8 * (i & 3));
    }
  }

  function keystream(rk: Int32Array, counter: number, blocks: number, out: Uint8Array): void {
    out.fill(0, 0, blocks * 16);
    xorKeystream(rk, counter, out, 0, blocks * 16);
  }

  return { expandKey, encryptBlock, xorKeystream, keystream, sbox: S };
}

let shared: AesCtrKernel | undefined;

/** The main thread's kernel, built on first use (tables: 4 KiB × 4 + 256 B). */
export function aesCtrKernel(): AesCtrKernel {
  return (shared ??= winZipAesCtrKernel());
}
