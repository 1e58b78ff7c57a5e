/**
 * Our AES-256 (T-tables, WinZip little-endian CTR) against FIPS-197's vectors and against
 * @noble/ciphers (audited; the reference) and aes-js (independent) on random keys and data.
 */
import { ecb } from "@noble/ciphers/aes";
import aesjs from "aes-js";
import { winZipAesCtrKernel } from "../../../src/core/protect/aes256-ctr-le";
import { CTR_PIECE, encryptWinZipCtrInPlace } from "../../../src/core/protect/ctr-encrypt";
import type { KeystreamPort } from "../../../src/core/protect/keystream-port";
import { secureRandomBytes } from "../../../src/core/protect/secure-random";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const unhex = (s: string) => new Uint8Array(Buffer.from(s, "hex"));
const kernel = winZipAesCtrKernel();

function encryptOne(key: Uint8Array, block: Uint8Array): Uint8Array {
  const io = new Int32Array(4);
  const v = new DataView(block.buffer, block.byteOffset, 16);
  for (let i = 0; i < 4; i++) io[i] = v.getInt32(4 * i, false);
  kernel.encryptBlock(kernel.expandKey(key), io);
  const out = new Uint8Array(16);
  const o = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) o.setInt32(4 * i, io[i], false);
  return out;
}

/** noble ECB over little-endian counter blocks, then XOR: the keystream WinZip specifies. */
function nobleWinZipCtr(key: Uint8Array, data: Uint8Array, firstCounter = 1): Uint8Array {
  const blocks = Math.ceil(data.length / 16);
  const counters = new Uint8Array(blocks * 16);
  const v = new DataView(counters.buffer);
  for (let b = 0; b < blocks; b++) v.setUint32(16 * b, firstCounter + b, true);
  const ks = ecb(key, { disablePadding: true }).encrypt(counters);
  return data.map((x, i) => x ^ ks[i]);
}

describe("AES-256 block (FIPS-197)", () => {
  test("Appendix C.3 example vector", () => {
    const key = unhex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    expect(hex(encryptOne(key, unhex("00112233445566778899aabbccddeeff")))).toBe("8ea2b7ca516745bfeafc49904b496089");
  });

  test("Appendix A.3 key expansion: first and last round-key words", () => {
    const rk = kernel.expandKey(unhex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"));
    const w = (i: number) => (rk[i] >>> 0).toString(16).padStart(8, "0");
    expect([w(8), w(9), w(56), w(57), w(58), w(59)]).toEqual(["9ba35411", "8e6925af", "fe4890d1", "e6188d0b", "046df344", "706c631e"]);
  });

  test("equals noble's AES-256 on random keys and blocks", () => {
    for (let i = 0; i < 200; i++) {
      const key = secureRandomBytes(32);
      const block = secureRandomBytes(16);
      expect(hex(encryptOne(key, block))).toBe(hex(ecb(key, { disablePadding: true }).encrypt(block)));
    }
  });

  test("refuses a key that is not 32 bytes", () => {
    expect(() => kernel.expandKey(new Uint8Array(16))).toThrow(/32-byte/);
  });
});

describe("WinZip CTR keystream, in place", () => {
  const key = secureRandomBytes(32);

  test.each([0, 1, 15, 16, 17, 255 * 16 + 3, 70_001])("equals noble ECB-over-counters for %d bytes at odd offsets", (n) => {
    const backing = secureRandomBytes(n + 7);
    const data = backing.subarray(3, 3 + n); // unaligned view
    const expected = nobleWinZipCtr(key, data);
    kernel.xorKeystream(kernel.expandKey(key), 1, backing, 3, 3 + n);
    expect(hex(data)).toBe(hex(expected));
  });

  test("touches nothing outside [from, to)", () => {
    const buf = new Uint8Array(100);
    kernel.xorKeystream(kernel.expandKey(key), 1, buf, 10, 43);
    expect([...buf.subarray(0, 10), ...buf.subarray(43)].every((b) => b === 0)).toBe(true);
    expect(buf.subarray(10, 43).some((b) => b !== 0)).toBe(true);
  });

  test("a later counter continues the stream (as a helper thread's piece starts), and counters past 2^24 carry", () => {
    const data = secureRandomBytes(48);
    const whole = nobleWinZipCtr(key, new Uint8Array(64));
    const ks = new Uint8Array(48);
    kernel.keystream(kernel.expandKey(key), 2, 3, ks);
    expect(hex(ks)).toBe(hex(whole.subarray(16, 64)));
    const far = nobleWinZipCtr(key, data, 0xffffff);
    const mine = data.slice();
    kernel.xorKeystream(kernel.expandKey(key), 0xffffff, mine, 0, 48);
    expect(hex(mine)).toBe(hex(far));
  });

  test("equals aes-js CTR with WinZip's little-endian counter (independent implementation)", () => {
    const data = secureRandomBytes(5000);
    const counter = new aesjs.Counter(new Uint8Array(16));
    const c = counter as unknown as { _counter: Uint8Array; increment(): void };
    c._counter[0] = 1;
    c.increment = function () {
      for (let i = 0; i < 16; i++) {
        if (this._counter[i] === 255) this._counter[i] = 0;
        else {
          this._counter[i]++;
          break;
        }
      }
    };
    const expected = new aesjs.ModeOfOperation.ctr(key, counter).encrypt(data);
    const mine = data.slice();
    kernel.xorKeystream(kernel.expandKey(key), 1, mine, 0, mine.length);
    expect(hex(mine)).toBe(hex(expected));
  });
});

describe("encryptWinZipCtrInPlace with a keystream port", () => {
  const key = secureRandomBytes(32);
  const size = 5 * CTR_PIECE + 12_345;

  function localPort(behaviour: "good" | "fails" | "short" | "never"): KeystreamPort & { asked: number } {
    const k = winZipAesCtrKernel();
    const port = {
      asked: 0,
      parallelism: 1,
      keystream(portKey: Uint8Array, first: number, blocks: number): Promise<Uint8Array> {
        port.asked++;
        if (behaviour === "fails") return Promise.reject(new Error("worker died"));
        if (behaviour === "never") return new Promise<Uint8Array>(() => undefined);
        const out = new Uint8Array(16 * blocks);
        k.keystream(k.expandKey(portKey), first, blocks, out);
        return Promise.resolve(behaviour === "short" ? out.subarray(0, 16) : out);
      },
    };
    return port;
  }

  test.each(["good", "fails", "short"] as const)("a %s port: same bytes as noble's keystream", async (behaviour) => {
    const data = secureRandomBytes(size);
    const expected = nobleWinZipCtr(key, data);
    const port = localPort(behaviour);
    let last = 0;
    await encryptWinZipCtrInPlace(key, data, { port, onBytes: (d) => (last = d) });
    expect(port.asked).toBeGreaterThan(0);
    expect(Buffer.compare(Buffer.from(data), Buffer.from(expected))).toBe(0);
    expect(last).toBe(size);
  });

  test("without a port, in 1 MiB pieces: same bytes", async () => {
    const data = secureRandomBytes(size);
    const expected = nobleWinZipCtr(key, data);
    await encryptWinZipCtrInPlace(key, data);
    expect(Buffer.compare(Buffer.from(data), Buffer.from(expected))).toBe(0);
  });

  test("a port that never answers: its pieces are done here after the timeout", async () => {
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
    try {
      const data = secureRandomBytes(size);
      const expected = nobleWinZipCtr(key, data);
      const run = encryptWinZipCtrInPlace(key, data, { port: localPort("never") });
      await jest.advanceTimersByTimeAsync(60_000);
      await run;
      expect(Buffer.compare(Buffer.from(data), Buffer.from(expected))).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});
