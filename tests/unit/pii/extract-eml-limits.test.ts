/**
 * An .eml attached to a message (or given to `outbound-guard scan`) is read under the same limits
 * as a reviewed .eml (src/core/message/eml-limits.ts): postal-mime's cost grows faster than the
 * number of RFC 2047 encoded-words (100,000 never finished), and a huge text part would be decoded
 * whole. Such a file is "too complex" (its contents unchecked, so the user is asked), never a hang.
 */
import { strToU8 } from "fflate";
import { extractText } from "../../../src/core/pii/extract";
import { unreadableLine } from "../../../src/core/pii/labels";
import { MAX_ENCODED_WORDS, MAX_TEXT_PART_BYTES } from "../../../src/core/message/eml-limits";

const header = (subject: string) => ["From: a@example.com", "To: b@example.com", `Subject: ${subject}`, "Content-Type: text/plain; charset=utf-8", "", ""].join("\r\n");

describe("an .eml inside extractText keeps the .eml limits", () => {
  test(`more than ${MAX_ENCODED_WORDS} encoded-words: refused before parsing, with a reason in both languages`, async () => {
    const words = Array.from({ length: MAX_ENCODED_WORDS + 1 }, () => "=?UTF-8?B?5bGx55Sw?=").join(" ");
    const r = await extractText(strToU8(header(words) + "本文 090-1234-5678\r\n"), "fwd.eml");
    expect(r).toEqual({ unreadable: "too_complex" });
    expect(unreadableLine("fwd.eml", "too_complex", "ja")).toContain("複雑");
    expect(unreadableLine("fwd.eml", "too_complex", "en")).toContain("too complex");
  });

  test("a few encoded-words are still read", async () => {
    const r = await extractText(strToU8(header("=?UTF-8?B?5bGx55Sw?=") + "電話 090-1234-5678\r\n"), "fwd.eml");
    expect(r).toEqual({ text: expect.stringContaining("090-1234-5678") });
  });

  test(`a text part over ${MAX_TEXT_PART_BYTES} bytes is read up to the cap, not whole`, async () => {
    const line = "0123456789".repeat(7) + "\r\n"; // 72 bytes
    const body = line.repeat(Math.ceil((MAX_TEXT_PART_BYTES * 3) / line.length));
    const r = await extractText(strToU8(header("big") + body), "big.eml", { maxBytes: 64 * 1024 * 1024 });
    if (!("text" in r)) throw new Error(`unreadable: ${r.unreadable}`);
    expect(r.text.length).toBeGreaterThan(MAX_TEXT_PART_BYTES / 2);
    expect(r.text.length).toBeLessThanOrEqual(MAX_TEXT_PART_BYTES + 1024);
  });
});
