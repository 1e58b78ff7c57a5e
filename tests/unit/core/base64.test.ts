import { Base64Error, decodeBase64, encodeBase64 } from "../../../src/core/bytes/base64";

describe("base64", () => {
  test.each([0, 1, 2, 3, 4, 5, 255, 256, 257, 70_000])("round-trips %i bytes and matches Node's encoder", (n) => {
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) bytes[i] = (i * 131 + 7) & 0xff;
    const text = encodeBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString("base64"));
    expect(Buffer.from(decodeBase64(text)).equals(Buffer.from(bytes))).toBe(true);
  });
  test("line breaks in the input are ignored (MIME wraps at 76)", () => {
    expect(Buffer.from(decodeBase64("aGVs\r\nbG8=")).toString()).toBe("hello");
  });
  test("garbage is refused with a clear error", () => {
    expect(() => decodeBase64("ab$d")).toThrow(Base64Error);
    expect(() => decodeBase64("abcde")).toThrow(/not valid Base64/);
  });
});
