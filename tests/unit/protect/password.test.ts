import { generateArchivePassword } from "../../../src/core/protect/password";
import { SecureRandomUnavailableError, ProtectInputError } from "../../../src/core/protect/errors";

const LOOKALIKES = /[ilLIoO0|`]/;

describe("generateArchivePassword", () => {
  test("default: 16 letters and digits, every class present, no look-alikes", () => {
    for (let i = 0; i < 200; i++) {
      const p = generateArchivePassword();
      expect(p).toHaveLength(16);
      expect(p).toMatch(/^[A-Za-z0-9]+$/);
      expect(p).toMatch(/[a-z]/);
      expect(p).toMatch(/[A-Z]/);
      expect(p).toMatch(/[0-9]/);
      expect(p).not.toMatch(LOOKALIKES);
    }
  });

  test("policy length is honoured", () => {
    expect(generateArchivePassword(8)).toHaveLength(8);
    expect(generateArchivePassword(64)).toHaveLength(64);
  });

  test("passwords differ", () => {
    const seen = new Set(Array.from({ length: 500 }, () => generateArchivePassword(16)));
    expect(seen.size).toBe(500);
  });

  test("out-of-range length is refused", () => {
    expect(() => generateArchivePassword(4)).toThrow(ProtectInputError);
    expect(() => generateArchivePassword(16.5)).toThrow(ProtectInputError);
    expect(() => generateArchivePassword(1000)).toThrow(ProtectInputError);
  });

  describe("without crypto.getRandomValues", () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, "crypto");
    beforeEach(() => {
      Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true, writable: true });
    });
    afterEach(() => {
      if (original) Object.defineProperty(globalThis, "crypto", original);
    });

    test("fails closed with a clear error (never a weak fallback)", () => {
      expect(() => generateArchivePassword(16)).toThrow(SecureRandomUnavailableError);
      expect(() => generateArchivePassword(16)).toThrow(/crypto\.getRandomValues/);
    });

    test("a crypto object without getRandomValues also fails closed", () => {
      Object.defineProperty(globalThis, "crypto", { value: { subtle: {} }, configurable: true, writable: true });
      expect(() => generateArchivePassword(16)).toThrow(SecureRandomUnavailableError);
    });
  });
});
