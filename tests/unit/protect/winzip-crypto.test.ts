import { createHmac, pbkdf2Sync } from "node:crypto";
import aesjs from "aes-js";
import { WinZipCtr, CTR_BATCH } from "../../../src/core/protect/winzip-ctr";
import { nobleSha1Backend, pickSha1Backend } from "../../../src/core/protect/sha1-backend";
import { aesExtraField, encryptWinZipAes, AES256_SALT_LENGTH } from "../../../src/core/protect/winzip-aes-entry";
import { secureRandomBytes } from "../../../src/core/protect/secure-random";
import { SecureRandomUnavailableError } from "../../../src/core/protect/errors";

/** Independent reference: aes-js CTR with its counter made little-endian, as WinZip counts. */
function referenceWinZipCtr(key: Uint8Array, data: Uint8Array): Uint8Array {
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
  return new aesjs.ModeOfOperation.ctr(key, counter).encrypt(data);
}

describe("WinZipCtr (little-endian AES-256-CTR)", () => {
  const key = secureRandomBytes(32);

  test.each([0, 1, 15, 16, 17, 4095, 70_001, CTR_BATCH + 33])("matches the reference for %d bytes", (n) => {
    const data = secureRandomBytes(n);
    const out = new Uint8Array(n);
    new WinZipCtr(key).process(data, out);
    expect(Buffer.from(out).equals(Buffer.from(referenceWinZipCtr(key, data)))).toBe(true);
  });

  test("the counter crosses a byte boundary (block 256 -> 257) the WinZip way", () => {
    const n = 16 * 300;
    const data = new Uint8Array(n);
    const out = new Uint8Array(n);
    new WinZipCtr(key).process(data, out);
    expect(Buffer.from(out).equals(Buffer.from(referenceWinZipCtr(key, data)))).toBe(true);
  });

  test("split into calls (multiples of 16) gives the same stream; unaligned source is fine", () => {
    const backing = secureRandomBytes(50_008); // 50,005 bytes of data: the last call ends on a partial block
    const data = backing.subarray(3); // byteOffset 3: unaligned
    const whole = new Uint8Array(data.length);
    new WinZipCtr(key).process(data, whole);
    const parts = new Uint8Array(data.length);
    const ctr = new WinZipCtr(key);
    ctr.process(data.subarray(0, 16 * 100), parts.subarray(0, 16 * 100));
    ctr.process(data.subarray(16 * 100), parts.subarray(16 * 100));
    expect(Buffer.from(parts).equals(Buffer.from(whole))).toBe(true);
    expect(() => ctr.process(data.subarray(0, 16), parts.subarray(0, 16))).toThrow(/partial block/);
  });

  test("in place, and decrypts back", () => {
    const data = secureRandomBytes(10_000);
    const buf = data.slice();
    new WinZipCtr(key).process(buf, buf);
    expect(Buffer.from(buf).equals(Buffer.from(data))).toBe(false);
    new WinZipCtr(key).process(buf, buf);
    expect(Buffer.from(buf).equals(Buffer.from(data))).toBe(true);
  });
});

describe("SHA-1 backends", () => {
  const password = new TextEncoder().encode("Pa55wordXyz");
  const salt = secureRandomBytes(16);

  test.each([
    ["wasm", pickSha1Backend()],
    ["webcrypto", pickSha1Backend("webcrypto")],
    ["noble", nobleSha1Backend],
  ])("%s PBKDF2 and HMAC equal Node's crypto", async (name, backend) => {
    expect(backend.name).toBe(name);
    const km = await backend.pbkdf2Sha1(password, salt, 1000, 66);
    expect(Buffer.from(km).equals(pbkdf2Sync(password, salt, 1000, 66, "sha1"))).toBe(true);
    const data = secureRandomBytes(300_000);
    const h = backend.createHmacSha1(km.subarray(32, 64));
    h.update(data.subarray(0, 100_000));
    h.update(data.subarray(100_000));
    const mac = await h.digest();
    expect(Buffer.from(mac).equals(createHmac("sha1", km.subarray(32, 64)).update(data).digest())).toBe(true);
  });
});

describe("encryptWinZipAes", () => {
  test("layout: salt ‖ verifier, ciphertext, HMAC-SHA1-80 of the ciphertext; fresh salt each time", async () => {
    const password = new TextEncoder().encode("abcDEF2345");
    const payload = secureRandomBytes(5000);
    const a = await encryptWinZipAes(payload, password, { backend: pickSha1Backend() });
    const b = await encryptWinZipAes(payload, password, { backend: nobleSha1Backend });
    expect(a.header).toHaveLength(18);
    expect(a.mac).toHaveLength(10);
    expect(Buffer.from(a.header.subarray(0, 16)).equals(Buffer.from(b.header.subarray(0, 16)))).toBe(false);
    const salt = a.header.subarray(0, AES256_SALT_LENGTH);
    const km = pbkdf2Sync(password, salt, 1000, 66, "sha1");
    expect(Buffer.from(a.header.subarray(16)).equals(km.subarray(64))).toBe(true);
    expect(Buffer.from(a.mac).equals(createHmac("sha1", km.subarray(32, 64)).update(a.ciphertext).digest().subarray(0, 10))).toBe(true);
    expect(Buffer.from(a.ciphertext).equals(Buffer.from(referenceWinZipCtr(new Uint8Array(km.subarray(0, 32)), payload)))).toBe(true);
  });

  test("AE-2 extra field", () => {
    expect(Buffer.from(aesExtraField(8)).toString("hex")).toBe("0199070002004145030800");
    expect(Buffer.from(aesExtraField(0)).toString("hex")).toBe("0199070002004145030000");
  });

  test("fails closed without getRandomValues", async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, "crypto");
    Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true, writable: true });
    try {
      expect(() => secureRandomBytes(16)).toThrow(SecureRandomUnavailableError);
      await expect(encryptWinZipAes(new Uint8Array(3), new Uint8Array(3), { backend: nobleSha1Backend })).rejects.toThrow(
        SecureRandomUnavailableError,
      );
    } finally {
      if (original) Object.defineProperty(globalThis, "crypto", original);
    }
  });
});
