/**
 * The replacement flow on the simulated mailbox with the real handler: the happy path, the cases
 * the issue names, and a fault at EVERY Office call of the flow — after each, no file is lost
 * (attached with its bytes, or inside an attached archive that 7-Zip opens with the stored
 * password), and the next Sends finish the job without zipping anything twice.
 */
import type { Harness } from "./send-harness";
import { assertNothingLost, bytesOf, failOnCall, fileAttachment, memoryOf, PROTECT_POLICY, startProtectHarness, type TestFile } from "./protect-harness";
import { extractWith7z, pseudoRandomBytes, sameBytes } from "../../integration/protect/seven-zip";
import { zipWith7z } from "./protect-harness";
import type { ApiCallName } from "../../../src/playground/simulated-outlook";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const report: TestFile = { name: "見積書.pdf", bytes: pseudoRandomBytes(40_000, 1) };
const sheet: TestFile = { name: "list.csv", bytes: new TextEncoder().encode("id,name\n1,山田\n".repeat(200)) };
const empty: TestFile = { name: "empty.txt", bytes: new Uint8Array(0) };
const FILES = [report, sheet, empty];
/** Only this feature speaks: the alert holds 500 characters, and these tests read every line of ours. */
const QUIET_POLICY = { ...PROTECT_POLICY, personalData: { action: "off" }, supervisor: { when: "never" }, external: { confirm: false } };
const EXTERNAL = { to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage: "ja-JP" };

function open(zip: Uint8Array, password: string): Map<string, Buffer> {
  const x = extractWith7z(zip, password);
  expect(x.ok).toBe(true);
  return x.files;
}

describe("attachments into an encrypted ZIP at Send", () => {
  test("first Send: archive attached, originals removed, alert names files and archive (never the password); 7-Zip gives every byte back", async () => {
    h = startProtectHarness({ ...EXTERNAL, attachments: FILES.map((f) => fileAttachment(f)) });
    const out = await h.send();
    expect(out.allowed).toBe(false);
    const text = out.options?.errorMessage ?? "";
    expect(text).toContain("attachments.zip");
    expect(text).toContain("見積書.pdf");
    // Manual delivery: where the password is and what to do, never that the add-in sends it.
    expect(text).toContain("作業ウィンドウ");
    expect(text).toContain("［パスワードのメールを作成］");
    const memory = memoryOf(h.mailbox)!;
    expect(memory.password).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(text).not.toContain(memory.password);
    expect(out.options?.errorMessageMarkdown ?? "").not.toContain(memory.password);
    expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
    const files = open(bytesOf(h.mailbox, "attachments.zip")[0], memory.password);
    for (const f of FILES) expect(sameBytes(files.get(f.name), f.bytes)).toBe(true);
    expect(memory.notice?.to).toEqual(["suzuki@partner.co.jp"]);
    expect(memory.notice?.body).toContain(memory.password);
    expect(memory.notice?.body).toContain("お見積り");
    expect(memory.notice?.archiveName).toBe("attachments.zip");

    const second = await h.send();
    expect(second.allowed).toBe(true);
    expect(second.sentMessage?.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
    expect(h.mailbox.calls.filter((c) => c.call === "addFileAttachmentFromBase64Async")).toHaveLength(1);
    expect(memoryOf(h.mailbox)?.password).toBe(memory.password);
  });

  test("English UI: English alert; internal-only mail is not zipped under protect=external", async () => {
    h = startProtectHarness({ to: ["hanako@example.co.jp"], displayLanguage: "en-US", attachments: [fileAttachment(sheet)] });
    const out = await h.send();
    expect(out.allowed).toBe(true);
    expect(out.sentMessage?.attachments.map((a) => a.name)).toEqual([sheet.name]);
    expect(memoryOf(h.mailbox)).toBeUndefined();
    h.uninstall();
    h = startProtectHarness({ to: ["a@partner.com"], displayLanguage: "en-US", subject: "Quote", attachments: [fileAttachment(report)] });
    const ext = await h.send();
    expect(ext.options?.errorMessage).toContain(`Into the encrypted ZIP attachments.zip (AES-256): ${report.name}`);
    expect(ext.options?.errorMessage).toContain("press “Create password email” (not sent automatically)");
    expect(memoryOf(h.mailbox)?.notice?.lang).toBe("en");
  });

  test("inline image stays inline, cloud link and attached message are reported and left, an encrypted ZIP is left as it is", async () => {
    const png: TestFile = { name: "logo.png", bytes: pseudoRandomBytes(3000, 7) };
    const locked = { bytes: zipWith7z("secret.txt", "secret", "OtherPass123") };
    const lockedFile: TestFile = { name: "locked.zip", bytes: locked.bytes };
    h = startProtectHarness({
      ...EXTERNAL,
      displayLanguage: "en-US",
      attachments: [
        fileAttachment(png, { isInline: true, contentId: "logo" }),
        { name: "plan.docx", attachmentType: "cloud", url: "https://contoso.sharepoint.com/plan.docx" },
        { name: "fwd.eml", attachmentType: "item", eml: "Subject: hi\r\n\r\nhello" },
        fileAttachment(lockedFile),
        fileAttachment(report),
      ],
    }, QUIET_POLICY);
    const out = await h.send();
    const text = out.options?.errorMessage ?? "";
    expect(text).toContain("Cloud attachments (links) are not put in the ZIP and go as they are: plan.docx");
    expect(text).toContain("Attached messages are not put in the ZIP and go as they are: fwd.eml");
    expect(text).toContain("Already-encrypted ZIPs go as they are (not in attachments.zip): locked.zip");
    const names = h.mailbox.item.attachments.map((a) => a.name).sort();
    expect(names).toEqual(["attachments.zip", "fwd.eml", "locked.zip", "logo.png", "plan.docx"]);
    expect(h.mailbox.item.attachments.find((a) => a.name === "logo.png")?.isInline).toBe(true);
    expect(sameBytes(bytesOf(h.mailbox, "locked.zip")[0], locked.bytes)).toBe(true);
    const files = open(bytesOf(h.mailbox, "attachments.zip")[0], memoryOf(h.mailbox)!.password);
    expect([...files.keys()]).toEqual([report.name]);
  });

  test("duplicate names get distinct names inside; both files come back", async () => {
    const a: TestFile = { name: "data.csv", bytes: new TextEncoder().encode("a,1\n") };
    const b: TestFile = { name: "data.csv", bytes: new TextEncoder().encode("b,2\n") };
    h = startProtectHarness({ ...EXTERNAL, attachments: [fileAttachment(a), fileAttachment(b)] });
    await h.send();
    const files = open(bytesOf(h.mailbox, "attachments.zip")[0], memoryOf(h.mailbox)!.password);
    expect([...files.keys()].sort()).toEqual(["data (2).csv", "data.csv"]);
    expect(sameBytes(files.get("data.csv"), a.bytes)).toBe(true);
    expect(sameBytes(files.get("data (2).csv"), b.bytes)).toBe(true);
  });

  test("a file added after the first Send goes into a second archive with the same password; nothing is zipped twice", async () => {
    h = startProtectHarness({ ...EXTERNAL, attachments: [fileAttachment(report)] });
    await h.send();
    const memory = memoryOf(h.mailbox)!;
    h.mailbox.addAttachment(fileAttachment(sheet));
    const again = await h.send();
    expect(again.allowed).toBe(false);
    expect(again.options?.errorMessage).toContain("attachments-2.zip");
    expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip", "attachments-2.zip"]);
    const after = memoryOf(h.mailbox)!;
    expect(after.password).toBe(memory.password);
    expect([...open(bytesOf(h.mailbox, "attachments-2.zip")[0], memory.password).keys()]).toEqual([sheet.name]);
    expect([...open(bytesOf(h.mailbox, "attachments.zip")[0], memory.password).keys()]).toEqual([report.name]);
    expect(after.notice?.archiveName).toBe("attachments.zip, attachments-2.zip");
    expect(after.notice?.body).toContain("attachments.zip, attachments-2.zip");
    const third = await h.send();
    expect(third.allowed).toBe(true);
    expect(h.mailbox.calls.filter((c) => c.call === "addFileAttachmentFromBase64Async")).toHaveLength(2);
  });

  test("over Outlook's 25 MB: a clear line, every file stays attached, nothing added; blocked, never sent unencrypted (issue 10: fail closed)", async () => {
    const big: TestFile = { name: "video.mp4", bytes: pseudoRandomBytes(26 * 1024 * 1024, 3) };
    h = startProtectHarness({ ...EXTERNAL, displayLanguage: "en-US", attachments: [fileAttachment(big)] });
    const out = await h.send({ userChoice: "sendAnyway" });
    expect(out.allowed).toBe(false);
    expect(out.options?.sendModeOverride).toBeUndefined();
    expect(out.options?.errorMessage).toContain("No encrypted ZIP: it would be 26.0 MB+, over Outlook's 25 MB limit, so this message cannot be sent as it is.");
    expect(out.options?.errorMessage).toContain("share them through your company's file sharing");
    expect(h.mailbox.calls.some((c) => c.call === "addFileAttachmentFromBase64Async")).toBe(false);
    expect(assertNothingLost(h.mailbox, [big])).toEqual(["attached"]);
    // The user was told what to do instead: sending again does not send the file unencrypted.
    const again = await h.send({ userChoice: "sendAnyway" });
    expect(again.allowed).toBe(false);
    expect(h.mailbox.sent).toHaveLength(0);
  });
});

/** Every Office call of a first Send with external recipients and three files (the k-th call of each API). */
const FAULTS: Array<[keyof Office.MessageCompose | "sessionData", ApiCallName, number, string]> = [
  ["getAttachmentsAsync", "getAttachmentsAsync", 1, "reading the draft"],
  ["getAttachmentContentAsync", "getAttachmentContentAsync", 1, "reading file 1"],
  ["getAttachmentContentAsync", "getAttachmentContentAsync", 3, "reading file 3"],
  ["sessionData", "sessionData.setAsync", 1, "saving the password ahead"],
  ["sessionData", "sessionData.setAsync", 2, "the handler's own save after the flow"],
  ["addFileAttachmentFromBase64Async", "addFileAttachmentFromBase64Async", 1, "adding the archive"],
  ["getAttachmentsAsync", "getAttachmentsAsync", 2, "confirming the archive"],
  ["removeAttachmentAsync", "removeAttachmentAsync", 1, "removing original 1"],
  ["removeAttachmentAsync", "removeAttachmentAsync", 2, "removing original 2"],
  ["removeAttachmentAsync", "removeAttachmentAsync", 3, "removing original 3"],
];

describe("fault injection: zero lost attachments at every step", () => {
  test.each(FAULTS)("%s: call %s #%i fails (%s)", async (method, call, k) => {
    h = startProtectHarness({ ...EXTERNAL, displayLanguage: "en-US", attachments: FILES.map((f) => fileAttachment(f)) });
    if (method === "sessionData") failSessionSet(h, k);
    else failOnCall(h.mailbox, method, call, k);
    const first = await h.send();
    expect(first.allowed).toBe(false);
    assertNothingLost(h.mailbox, FILES);
    // The user presses Send again (twice at most): the job finishes, each file zipped once.
    for (let i = 0; i < 2 && h.mailbox.sent.length === 0; i++) {
      await h.send();
      assertNothingLost(h.mailbox, FILES);
    }
    expect(h.mailbox.sent).toHaveLength(1);
    expect(assertNothingLost(h.mailbox, FILES)).toEqual(["archived", "archived", "archived"]);
    const memory = memoryOf(h.mailbox)!;
    const members = memory.archives.flatMap((a) => a.members.map((m) => m.name)).sort();
    expect(members).toEqual(FILES.map((f) => f.name).sort());
    expect(h.mailbox.sent[0].attachments.map((a) => a.name)).toEqual(memory.archives.map((a) => a.name));
  });
});

/** sessionData.setAsync lives on item.sessionData, not on the item itself. */
function failSessionSet(harness: Harness, k: number): void {
  const sd = (globalThis as unknown as { Office: typeof Office }).Office.context.mailbox.item!.sessionData as unknown as Record<string, (...a: unknown[]) => unknown>;
  const original = sd.setAsync;
  let n = 0;
  sd.setAsync = function (this: unknown, ...args: unknown[]) {
    n += 1;
    if (n === k) harness.mailbox.failNext("sessionData.setAsync", "InternalServerError");
    return original.apply(this, args);
  };
}

// How long it takes is the bench's business (npm run bench); here: a 25 MB file goes through whole.
test("a whole Send with a 25 MB attachment on the simulated mailbox in Node archives it, losing nothing", async () => {
  const big: TestFile = { name: "video.bin", bytes: pseudoRandomBytes(25_000_000, 11) };
  h = startProtectHarness({ ...EXTERNAL, attachments: [fileAttachment(big)] });
  const out = await h.send();
  expect(out.allowed).toBe(false);
  expect(assertNothingLost(h.mailbox, [big])).toEqual(["archived"]);
}, 60_000);

test("personal data blocked in an attachment: nothing is zipped, and the second Send is still blocked (no way round by resending)", async () => {
  const customers: TestFile = { name: "customers.csv", bytes: new TextEncoder().encode("氏名,マイナンバー\n山田 太郎,123456789018\n") };
  h = startProtectHarness({ ...EXTERNAL, displayLanguage: "en-US", attachments: [fileAttachment(customers)] }, { ...QUIET_POLICY, personalData: { action: "block" } });
  const first = await h.send();
  expect(first.allowed).toBe(false);
  expect(first.options?.errorMessage).toMatch(/My Number .*customers\.csv/);
  expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["customers.csv"]);
  const second = await h.send();
  expect(second.allowed).toBe(false);
  expect(h.mailbox.sent).toHaveLength(0);
  expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["customers.csv"]);
});
