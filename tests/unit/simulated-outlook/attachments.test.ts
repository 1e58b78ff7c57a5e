import { createSimulatedMailbox } from "../../../src/playground/simulated-outlook";
import { officeFor, result } from "./helpers";

const MAX_BASE64 = 34_865_152; // API reference: "The maximum length of the encoded string is 34,865,152 characters"

describe("attachments", () => {
  test("getAttachmentsAsync lists id, name, size, type, isInline", async () => {
    const mailbox = createSimulatedMailbox({
      attachments: [
        { name: "a.txt", contentBase64: "aGVsbG8=" },
        { name: "fwd.eml", attachmentType: "item", eml: "Subject: x\r\n\r\nbody" },
        { name: "plan.docx", attachmentType: "cloud", url: "https://contoso.sharepoint.com/plan.docx", size: 1234 },
        { name: "logo.png", contentBase64: "iVBORw==", isInline: true, contentId: "logo" },
      ],
    });
    const item = officeFor(mailbox).context.mailbox.item;
    const r = await result<Office.AttachmentDetailsCompose[]>((cb) => item.getAttachmentsAsync!(cb));
    expect(r.value.map((a) => [a.name, a.size, a.attachmentType, a.isInline])).toEqual([
      ["a.txt", 5, "file", false],
      ["fwd.eml", 18, "item", false],
      ["plan.docx", 1234, "cloud", false],
      ["logo.png", 4, "file", true],
    ]);
    expect(new Set(r.value.map((a) => a.id)).size).toBe(4);
  });

  test("getAttachmentContentAsync: Base64 for files, eml for items, url for cloud; unknown id fails", async () => {
    const mailbox = createSimulatedMailbox({
      attachments: [
        { id: "f", name: "a.txt", contentBase64: "aGVsbG8=" },
        { id: "i", name: "fwd.eml", attachmentType: "item", eml: "Subject: x" },
        { id: "c", name: "plan.docx", attachmentType: "cloud", url: "https://contoso/plan.docx" },
      ],
    });
    const item = officeFor(mailbox).context.mailbox.item;
    const get = (id: string) => result<Office.AttachmentContent>((cb) => item.getAttachmentContentAsync!(id, cb));
    expect((await get("f")).value).toEqual({ format: "base64", content: "aGVsbG8=" });
    expect((await get("i")).value).toEqual({ format: "eml", content: "Subject: x" });
    expect((await get("c")).value).toEqual({ format: "url", content: "https://contoso/plan.docx" });
    const missing = await get("nope");
    expect(missing.error).toMatchObject({ name: "InvalidAttachmentId", code: 9003 });
  });

  test("addFileAttachmentFromBase64Async accepts the documented maximum (25 MB before Base64)", async () => {
    const mailbox = createSimulatedMailbox();
    const item = officeFor(mailbox).context.mailbox.item;
    const r = await result<string>((cb) => item.addFileAttachmentFromBase64Async!("A".repeat(MAX_BASE64), "big.bin", { isInline: false }, cb));
    expect(r.status).toBe("succeeded");
    const added = mailbox.item.attachments.find((a) => a.id === r.value);
    expect(added?.size).toBe((MAX_BASE64 / 4) * 3);
    expect(added?.isInline).toBe(false);
  });

  test("one block more than the maximum: Office.js throws; documented style: AttachmentSizeExceeded", async () => {
    const tooBig = "A".repeat(MAX_BASE64 + 4);
    const thrower = createSimulatedMailbox();
    const item = officeFor(thrower).context.mailbox.item;
    const cb = jest.fn();
    expect(() => item.addFileAttachmentFromBase64Async!(tooBig, "big.bin", { isInline: false }, cb)).toThrow(/ArgumentOutOfRange[\s\S]*base64File/);
    expect(cb).not.toHaveBeenCalled();

    const documented = createSimulatedMailbox({ argumentErrors: "async" });
    const item2 = officeFor(documented).context.mailbox.item;
    const r = await result<string>((done) => item2.addFileAttachmentFromBase64Async!(tooBig, "big.bin", { isInline: false }, done));
    expect(r.error).toEqual({ name: "AttachmentSizeExceeded", code: 9000, message: "The attachment cannot be added because it is too big." });
    expect(documented.item.attachments).toHaveLength(0);
  });

  test("decoded size over the byte limit fails with AttachmentSizeExceeded", async () => {
    const mailbox = createSimulatedMailbox({ limits: { attachmentBytes: 3 } });
    const item = officeFor(mailbox).context.mailbox.item;
    const r = await result<string>((cb) => item.addFileAttachmentFromBase64Async!("aGVsbG8=", "hello.txt", { isInline: false }, cb));
    expect(r.error.name).toBe("AttachmentSizeExceeded");
  });

  test("names: 255 characters accepted, 256 throw, empty throws", async () => {
    const mailbox = createSimulatedMailbox();
    const item = officeFor(mailbox).context.mailbox.item;
    const ok = await result<string>((cb) => item.addFileAttachmentFromBase64Async!("aGk=", `${"n".repeat(251)}.txt`, { isInline: false }, cb));
    expect(ok.status).toBe("succeeded");
    expect(() => item.addFileAttachmentFromBase64Async!("aGk=", `${"n".repeat(252)}.txt`, { isInline: false })).toThrow(/attachmentName/);
    expect(() => item.addFileAttachmentFromBase64Async!("aGk=", "", { isInline: false })).toThrow(/Sys.ArgumentException/);
  });

  test("removeAttachmentAsync removes a file, keeps inline ones, fails on an unknown id", async () => {
    const mailbox = createSimulatedMailbox({
      attachments: [
        { id: "f", name: "a.txt", contentBase64: "aGVsbG8=" },
        { id: "img", name: "logo.png", contentBase64: "iVBORw==", isInline: true },
      ],
    });
    const item = officeFor(mailbox).context.mailbox.item;
    expect((await result((cb) => item.removeAttachmentAsync("f", cb))).status).toBe("succeeded");
    expect((await result((cb) => item.removeAttachmentAsync("img", cb))).status).toBe("succeeded");
    expect(mailbox.item.attachments.map((a) => a.id)).toEqual(["img"]);
    const missing = await result((cb) => item.removeAttachmentAsync("f", cb));
    expect(missing.error.name).toBe("InvalidAttachmentId");
  });
});
