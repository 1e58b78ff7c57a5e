import { shouldStore, sampleEntropy, isAlreadyCompressedType } from "../../../src/core/protect/compression-choice";
import { secureRandomBytes } from "../../../src/core/protect/secure-random";

describe("shouldStore", () => {
  const text = new TextEncoder().encode("お見積りの件、添付のとおりお送りします。Lorem ipsum dolor sit amet. ".repeat(2000));

  test.each(["a.xlsx", "b.DOCX", "c.pptx", "d.pdf", "e.jpg", "f.PNG", "g.zip", "h.mp4", "i.7z"])("%s is stored (already compressed)", (name) => {
    expect(isAlreadyCompressedType(name)).toBe(true);
    expect(shouldStore(name, text)).toBe(true);
  });

  test("text is deflated", () => {
    expect(shouldStore("notes.txt", text)).toBe(false);
    expect(shouldStore("data.csv", text)).toBe(false);
    expect(sampleEntropy(text)).toBeLessThan(6);
  });

  test("random-looking bytes with an unknown extension are stored", () => {
    const random = secureRandomBytes(200_000);
    expect(sampleEntropy(random)).toBeGreaterThan(7.9);
    expect(shouldStore("blob.bin", random)).toBe(true);
    expect(shouldStore("noextension", random)).toBe(true);
  });

  test("0-byte files are stored; tiny files are deflated", () => {
    expect(shouldStore("empty.txt", new Uint8Array(0))).toBe(true);
    expect(shouldStore("tiny.bin", secureRandomBytes(100))).toBe(false);
  });
});
