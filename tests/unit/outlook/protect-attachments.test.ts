import type { Harness } from "./send-harness";
import { assertNothingLost, startProtectHarness, bytesOf, fileAttachment, memoryOf, PROTECT_POLICY, type TestFile } from "./protect-harness";
import { extractWith7z, pseudoRandomBytes, sameBytes } from "../../integration/protect/seven-zip";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const report: TestFile = { name: "見積書.pdf", bytes: pseudoRandomBytes(40_000, 1) };
const sheet: TestFile = { name: "list.csv", bytes: new TextEncoder().encode("id,name\n1,山田\n".repeat(200)) };

describe("attachments into an encrypted ZIP at Send", () => {
  test("first Send: archive attached, originals removed, alert names files and archive; 7-Zip gives the bytes back", async () => {
    h = startProtectHarness({ to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage: "ja-JP", attachments: [fileAttachment(report), fileAttachment(sheet)] });
    const out = await h.send();
    expect(out.allowed).toBe(false);
    const text = out.options?.errorMessage ?? "";
    expect(text).toContain("attachments.zip");
    expect(text).toContain("見積書.pdf");
    expect(text).toContain("別のメール");
    const memory = memoryOf(h.mailbox)!;
    expect(text).not.toContain(memory.password);
    expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
    const zip = bytesOf(h.mailbox, "attachments.zip")[0];
    const x = extractWith7z(zip, memory.password);
    expect(x.ok).toBe(true);
    expect(sameBytes(x.files.get("見積書.pdf"), report.bytes)).toBe(true);
    expect(sameBytes(x.files.get("list.csv"), sheet.bytes)).toBe(true);
    expect(memory.notice?.to).toEqual(["suzuki@partner.co.jp"]);
    expect(memory.notice?.body).toContain(memory.password);

    const second = await h.send();
    if (!second.allowed) console.log(second.options?.errorMessage);
    expect(second.allowed).toBe(true);
    expect(second.sentMessage?.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
    expect(h.mailbox.calls.filter((c) => c.call === "addFileAttachmentFromBase64Async")).toHaveLength(1);
  });
});
