/**
 * Issue 13: the .eml limits (src/core/message/eml-limits.ts). Text parts are cut at the budget,
 * attachments never (--apply zips their bytes); encoded-words are counted without decoding.
 */
import { draftFromEml, EmlLimitError } from "../../../src/core/message/eml-draft";
import { MAX_SCANNED_BODY_CHARS, MAX_TEXT_PART_BYTES } from "../../../src/core/message/eml-limits";
import { countEncodedWords } from "../../../src/core/message/parse-email";

const HEAD = "From: a@example.co.jp\r\nTo: b@partner.co.jp\r\nSubject: s\r\nMIME-Version: 1.0\r\n";

test("a 3 MB body is cut at the text budget; an 8bit text attachment after it stays whole", async () => {
  const body = "line of body text 0123456789\r\n".repeat(100_000);
  const csv = "id,name\r\n" + "1,yamada taro\r\n".repeat(20_000);
  const eml = `${HEAD}Content-Type: multipart/mixed; boundary="X"\r\n\r\n--X\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}--X\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename="list.csv"\r\n\r\n${csv}\r\n--X--\r\n`;
  const parsed = await draftFromEml(new TextEncoder().encode(eml));
  expect(parsed.limits[0]).toMatchObject({ code: "text_not_parsed", limit: MAX_TEXT_PART_BYTES });
  expect(parsed.draft.body.length).toBeLessThanOrEqual(MAX_SCANNED_BODY_CHARS);
  expect(parsed.email.text!.length).toBeLessThanOrEqual(MAX_TEXT_PART_BYTES);
  expect(new TextDecoder().decode(parsed.files[0].bytes)).toBe(csv.replace(/\r\n/g, "\n") + "\n");
});

test("a small message: no limits, the whole body", async () => {
  const parsed = await draftFromEml(`${HEAD}Content-Type: text/plain\r\n\r\nhello\r\n`);
  expect(parsed.limits).toEqual([]);
  expect(parsed.draft.body).toBe("hello\n");
});

test("encoded-words are counted, not decoded; past the limit the file is refused", async () => {
  const words = (n: number) => Array(n).fill("=?UTF-8?B?44GC?=").join(" ");
  expect(countEncodedWords(new TextEncoder().encode(`Subject: ${words(3)} =?x =?utf-8?Q?a?=`), 100)).toBe(4);
  await expect(draftFromEml(`${HEAD}X-Bomb: ${words(5001)}\r\n\r\nx`)).rejects.toBeInstanceOf(EmlLimitError);
});
