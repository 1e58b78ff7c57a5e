/**
 * Reading a file's bytes: a read Outlook reports as Succeeded but that is empty (office-js#6098)
 * or far short of the listed size (office-js#6155, read while uploading) never stands for the
 * file. Exchange's size counts the attachment's properties too (MS-OXCMSG PidTagAttachSize), so a
 * complete read may be slightly smaller: up to SIZE_SLACK_BYTES.
 */
import { createSimulatedMailbox, installSimulatedOffice } from "../../../src/playground/simulated-outlook";
import { AttachmentIncompleteError, isCompleteRead, readAttachmentBytes, SIZE_SLACK_BYTES } from "../../../src/outlook/attachment-content";
import { readAttachments } from "../../../src/outlook/read-draft";

const bytes = new Uint8Array(10_000).fill(65);
const base64 = Buffer.from(bytes).toString("base64");

function setUp(size?: number) {
  const mailbox = createSimulatedMailbox({ attachments: [{ name: "a.csv", contentBase64: base64, ...(size !== undefined ? { size } : {}) }] });
  const installation = installSimulatedOffice(globalThis, mailbox);
  const item = Office.context.mailbox.item as Office.MessageCompose;
  return { mailbox, item, uninstall: () => installation.uninstall() };
}

test("complete when the sizes match, or the read is smaller by no more than the properties' slack; empty only when the listed size is 0", () => {
  expect(isCompleteRead(10_000, 10_000)).toBe(true);
  expect(isCompleteRead(10_000 - SIZE_SLACK_BYTES, 10_000)).toBe(true);
  expect(isCompleteRead(10_000 - SIZE_SLACK_BYTES - 1, 10_000)).toBe(false);
  expect(isCompleteRead(0, 200)).toBe(false);
  expect(isCompleteRead(0, 0)).toBe(true);
});

test("getAttachmentContentAsync succeeds with empty content (office-js#6098): refused by name, with the byte counts", async () => {
  const s = setUp();
  try {
    s.mailbox.emptyContentNext();
    const [info] = await readAttachments(s.item);
    await expect(readAttachmentBytes(s.item, info)).rejects.toThrow(AttachmentIncompleteError);
    await expect(readAttachmentBytes(s.item, info)).resolves.toHaveLength(10_000);
  } finally {
    s.uninstall();
  }
});

test("a read far short of the listed size (still uploading, office-js#6155) is refused; one within the slack is taken", async () => {
  const short = setUp(10_000 + SIZE_SLACK_BYTES + 1);
  try {
    const [info] = await readAttachments(short.item);
    await expect(readAttachmentBytes(short.item, info)).rejects.toThrow(/handed over 10000 of 14097 bytes/);
  } finally {
    short.uninstall();
  }
  const slack = setUp(10_000 + 300);
  try {
    const [info] = await readAttachments(slack.item);
    await expect(readAttachmentBytes(slack.item, info)).resolves.toHaveLength(10_000);
  } finally {
    slack.uninstall();
  }
});
