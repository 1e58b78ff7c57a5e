/**
 * The add-in bundles resolve require('crypto') to node-crypto-random-only.ts (webpack.config.js,
 * bundleResolve({ addin: true })). Here generate-password is given that same module, so the
 * password it makes is drawn from crypto.getRandomValues through plain Uint8Arrays.
 */
jest.mock("crypto", () => jest.requireActual("../../../src/core/protect/node-crypto-random-only"));

import { generateArchivePassword } from "../../../src/core/protect/password";
import { createHmac, pbkdf2Sync, randomBytes } from "../../../src/core/protect/node-crypto-random-only";
import { SecureRandomUnavailableError } from "../../../src/core/protect/errors";

describe("the add-in bundles' crypto: random bytes only", () => {
  test("generate-password draws its bytes from crypto.getRandomValues through it", () => {
    const spy = jest.spyOn(globalThis.crypto, "getRandomValues");
    try {
      const p = generateArchivePassword(24);
      expect(p).toMatch(/^[A-Za-z0-9]{24}$/);
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  test("randomBytes gives a plain Uint8Array of the size asked, sync and by callback", () => {
    const bytes = randomBytes(48) as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(bytes)).toBe(false);
    expect(bytes).toHaveLength(48);
    let got: Uint8Array | undefined;
    randomBytes(7, (err, buf) => {
      expect(err).toBeNull();
      got = buf;
    });
    expect(got).toHaveLength(7);
  });

  describe("without crypto.getRandomValues", () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, "crypto")!;
    beforeEach(() => Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true, writable: true }));
    afterEach(() => Object.defineProperty(globalThis, "crypto", original));

    test("it fails closed, sync and by callback", () => {
      expect(() => randomBytes(16)).toThrow(SecureRandomUnavailableError);
      let failed: Error | null = null;
      randomBytes(16, (err) => (failed = err));
      expect(failed).toBeInstanceOf(SecureRandomUnavailableError);
    });
  });

  test("the reference engine's functions say they are not there instead of answering wrongly", () => {
    expect(() => pbkdf2Sync()).toThrow(/crypto\.pbkdf2Sync is not in the add-in bundles/);
    expect(() => createHmac()).toThrow(/crypto\.createHmac is not in the add-in bundles/);
  });
});
