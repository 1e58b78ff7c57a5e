import { Utf8Decoder, Utf8Encoder } from "../../../src/launchevent/text-codec-shim";

const samples = ["", "plain ASCII", "日本語のメール本文", "emoji 📎 and ß", "\u0000\u007f\u0080\u07ff\u0800\uffff"];

describe("the UTF-8 TextEncoder/TextDecoder stand-ins for DOM-less runtimes", () => {
  test.each(samples)("encode matches the platform encoder: %j", (text) => {
    expect(Buffer.from(new Utf8Encoder().encode(text)).equals(Buffer.from(new TextEncoder().encode(text)))).toBe(true);
  });
  test.each(samples)("decode round-trips: %j", (text) => {
    expect(new Utf8Decoder().decode(new TextEncoder().encode(text))).toBe(text);
  });
  test("a long text decodes whole (chunked internally)", () => {
    const text = "あ".repeat(50_000) + "end";
    expect(new Utf8Decoder().decode(new TextEncoder().encode(text))).toBe(text);
  });
  test("invalid bytes become U+FFFD, or throw when fatal, like the platform decoder", () => {
    const bad = new Uint8Array([0x61, 0xff, 0x62, 0xe3, 0x81]);
    expect(new Utf8Decoder().decode(bad)).toBe(new TextDecoder().decode(bad));
    expect(() => new Utf8Decoder("utf-8", { fatal: true }).decode(bad)).toThrow(TypeError);
  });
  test("the BOM is dropped unless ignoreBOM", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]);
    expect(new Utf8Decoder().decode(withBom)).toBe("A");
    expect(new Utf8Decoder("utf-8", { ignoreBOM: true }).decode(withBom)).toBe("\ufeffA");
  });
  test("another encoding is refused with RangeError, as by a decoder that lacks it", () => {
    expect(() => new Utf8Decoder("shift_jis")).toThrow(RangeError);
  });
});

test("decodes arbitrary bytes exactly as the platform decoder does (5,000 generated inputs)", () => {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  for (let n = 0; n < 5000; n++) {
    const bytes = new Uint8Array(1 + (n % 12));
    for (let i = 0; i < bytes.length; i++) bytes[i] = n % 3 === 0 ? 0x80 | (next() & 0x7f) : next();
    expect(new Utf8Decoder().decode(bytes)).toBe(new TextDecoder().decode(bytes));
  }
});
