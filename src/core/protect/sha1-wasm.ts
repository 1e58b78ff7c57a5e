/**
 * HMAC-SHA1 (RFC 2104) over the SHA-1 compression function of aes-sha1-kernels.wat: streaming
 * (the ciphertext goes through the module's memory in 64 KiB pieces — no copy of the whole entry,
 * unlike WebCrypto's sign, which takes one buffer and copies it), and native-speed where
 * classic Outlook's runtime has no crypto.subtle and @noble/hashes would be the only choice.
 * Checked against @noble/hashes on first use; undefined where the module cannot be had.
 */
import { hmac } from "@noble/hashes/hmac";
import { sha1 } from "@noble/hashes/legacy";
import { sharedProtectKernels, WASM_LAYOUT, type ProtectKernels } from "./aes-sha1-kernels-wasm";
import type { HmacSha1 } from "./sha1-backend";

const { SHA1_H, DATA, DATA_BYTES } = WASM_LAYOUT;
const IV = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];

/** SHA-1 state h (5 words) ← compression of bytes[from, from + 64·blocks). */
function compress(m: ProtectKernels, h: Int32Array, bytes: Uint8Array, from: number, blocks: number): void {
  const { mem8, mem32 } = m;
  mem32.set(h, SHA1_H / 4);
  for (let done = 0; done < blocks; ) {
    const n = Math.min(blocks - done, DATA_BYTES / 64);
    const at = from + done * 64;
    mem8.set(bytes.subarray(at, at + n * 64), DATA);
    m.sha1(n);
    done += n;
  }
  h.set(mem32.subarray(SHA1_H / 4, SHA1_H / 4 + 5));
}

/** The last block(s) of a message whose `tail` (< 64 bytes) follows `before` bytes already hashed. */
function finish(m: ProtectKernels, h: Int32Array, tail: Uint8Array, before: number): Uint8Array {
  const total = before + tail.length;
  const blocks = tail.length < 56 ? 1 : 2;
  const last = new Uint8Array(64 * blocks);
  last.set(tail);
  last[tail.length] = 0x80;
  const bits = total * 8;
  const v = new DataView(last.buffer);
  v.setUint32(last.length - 8, Math.floor(bits / 0x100000000));
  v.setUint32(last.length - 4, bits >>> 0);
  compress(m, h, last, 0, blocks);
  const out = new Uint8Array(20);
  const o = new DataView(out.buffer);
  for (let i = 0; i < 5; i++) o.setInt32(4 * i, h[i]);
  return out;
}

interface SyncHmacSha1 extends HmacSha1 {
  digestSync(): Uint8Array;
}

function createHmac(m: ProtectKernels, key: Uint8Array): SyncHmacSha1 {
  const k0 = new Uint8Array(64);
  k0.set(key.length > 64 ? sha1(key) : key);
  const pad = (x: number) => k0.map((b) => b ^ x);
  const h = Int32Array.from(IV);
  compress(m, h, pad(0x36), 0, 1);
  const buffer = new Uint8Array(64);
  let buffered = 0;
  let hashed = 64; // the inner pad
  const self: SyncHmacSha1 = {
    update(chunk: Uint8Array) {
      let at = 0;
      if (buffered > 0) {
        const take = Math.min(64 - buffered, chunk.length);
        buffer.set(chunk.subarray(0, take), buffered);
        buffered += take;
        at = take;
        if (buffered < 64) return;
        compress(m, h, buffer, 0, 1);
        hashed += 64;
        buffered = 0;
      }
      const blocks = Math.floor((chunk.length - at) / 64);
      compress(m, h, chunk, at, blocks);
      hashed += blocks * 64;
      at += blocks * 64;
      buffer.set(chunk.subarray(at), 0);
      buffered = chunk.length - at;
    },
    digestSync() {
      const inner = finish(m, h, buffer.subarray(0, buffered), hashed);
      const outer = Int32Array.from(IV);
      compress(m, outer, pad(0x5c), 0, 1);
      const mac = finish(m, outer, inner, 64);
      k0.fill(0);
      h.fill(0);
      return mac;
    },
    digest: async () => self.digestSync(),
  };
  return self;
}

let checked: ((key: Uint8Array) => HmacSha1) | null | undefined;

/** A streaming HMAC-SHA1 over WebAssembly, or undefined where there is none (or it is wrong). */
export function wasmHmacSha1Factory(): ((key: Uint8Array) => HmacSha1) | undefined {
  if (checked === undefined) {
    const m = sharedProtectKernels();
    checked = m && selfCheck(m) ? (key) => createHmac(m, key) : null;
  }
  return checked ?? undefined;
}

/** The module's HMAC equals @noble/hashes' on lengths around the block and padding edges. */
function selfCheck(m: ProtectKernels): boolean {
  try {
    const key = new Uint8Array(20).map((_, i) => i * 13 + 1);
    const data = new Uint8Array(200).map((_, i) => (i * 7) ^ 0x5a);
    for (const n of [0, 55, 56, 64, 119, 200]) {
      const ours = createHmac(m, key);
      ours.update(data.subarray(0, Math.min(n, 30)));
      ours.update(data.subarray(Math.min(n, 30), n));
      const mac = ours.digestSync();
      const want = hmac(sha1, key, data.subarray(0, n));
      for (let i = 0; i < 20; i++) if (mac[i] !== want[i]) return false;
    }
    return true;
  } catch {
    return false;
  }
}
