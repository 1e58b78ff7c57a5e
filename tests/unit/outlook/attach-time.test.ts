/**
 * Attach-time protection (issue 11) through the real handlers on the simulated mailbox: files are
 * replaced by the encrypted ZIP when attached (OnMessageAttachmentsChanged) or when an external
 * recipient arrives (OnMessageRecipientsChanged), and the Send then only checks — it reads no
 * attachment content. A client that raises no such event keeps the Send-time path.
 */
import type { Harness } from "./send-harness";
import { fileAttachment, memoryOf, PROTECT_POLICY, startProtectHarness, type TestFile } from "./protect-harness";
import { attach, callsSince, checkInvariants, setTo, settle } from "./attach-harness";
import { userAttach, userRemoveAttachment } from "../../../src/playground/simulated-outlook";
import { pseudoRandomBytes } from "../../integration/protect/seven-zip";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const report: TestFile = { name: "見積書.pdf", bytes: pseudoRandomBytes(20_000, 7) };
const sheet: TestFile = { name: "list.csv", bytes: new TextEncoder().encode("id,name\n1,山田\n".repeat(50)) };
const customers: TestFile = { name: "customers.csv", bytes: new TextEncoder().encode("名前,電話番号\n山田 太郎,090-1234-5678\n鈴木 花子,080-2345-6789\n") };
const QUIET = { ...PROTECT_POLICY, personalData: { action: "off" }, supervisor: { when: "never" }, external: { confirm: false } };
const EXTERNAL = { to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage: "en-US" };

/** Presses Send until the message leaves (at most three times); returns the index of the last Send's first call. */
async function sendUntilSent(hh: Harness, files: readonly TestFile[]): Promise<number> {
  let from = 0;
  for (let i = 0; i < 3 && hh.mailbox.sent.length === 0; i++) {
    from = hh.mailbox.calls.length;
    await hh.send();
    checkInvariants(hh.mailbox, files);
  }
  expect(hh.mailbox.sent).toHaveLength(1);
  return from;
}

describe("attach time: the files are replaced when attached", () => {
  test("two files attached to a message with an external recipient: one AES-256 archive replaces them before any Send, the password saved, the info bar says so", async () => {
    h = startProtectHarness(EXTERNAL, QUIET);
    await attach(h, report, sheet);
    expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
    expect(checkInvariants(h.mailbox, [report, sheet])).toEqual(["archived", "archived"]);
    const memory = memoryOf(h.mailbox)!;
    expect(memory.archives).toHaveLength(1);
    expect(memory.archives[0]).toMatchObject({ name: "attachments.zip", encryption: "aes256", confirmed: true });
    expect(memory.archives[0].attachTime).toBeDefined();
    // The progress bar first, then the result.
    const bars = h.mailbox.calls.filter((c) => c.call === "notificationMessages.replaceAsync").map((c) => c.args[1] as Office.NotificationMessageDetails);
    expect(bars[0]).toMatchObject({ type: "progressIndicator", message: "Protecting attachments…" });
    expect(h.mailbox.item.notifications.get("outboundGuardProtect")).toMatchObject({ type: "informationalMessage" });
    expect(h.mailbox.item.notifications.get("outboundGuardProtect")!.message).toContain("2 file(s) moved into attachments.zip (AES-256)");
    // The events were the documented ones, and each completed.
    expect(h.mailbox.launchEvents.map((e) => [e.event, e.args.attachmentStatus, e.completed])).toEqual([
      ["OnMessageAttachmentsChanged", "added", true],
      ["OnMessageAttachmentsChanged", "added", true],
    ]);
  });

  test("the Send after attach-time protection only verifies: no attachment content is read, the archive leaves, the password notice is queued", async () => {
    h = startProtectHarness(EXTERNAL, QUIET);
    await attach(h, report, sheet);
    const password = memoryOf(h.mailbox)!.password;
    const from = await sendUntilSent(h, [report, sheet]);
    const calls = callsSince(h.mailbox, from);
    expect(calls).not.toContain("getAttachmentContentAsync");
    expect(calls).not.toContain("addFileAttachmentFromBase64Async");
    expect(calls).not.toContain("removeAttachmentAsync");
    expect(h.mailbox.sent[0].attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
    expect(memoryOf(h.mailbox)!.notice?.body).toContain(password);
    expect(JSON.stringify(h.mailbox.roamingServer.settings)).toContain(password);
  });

  test("a file attached later goes into a second archive with the same password; the Send still reads nothing", async () => {
    h = startProtectHarness(EXTERNAL, QUIET);
    await attach(h, report);
    const password = memoryOf(h.mailbox)!.password;
    await attach(h, sheet);
    expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip", "attachments-2.zip"]);
    expect(memoryOf(h.mailbox)!.password).toBe(password);
    expect(checkInvariants(h.mailbox, [report, sheet])).toEqual(["archived", "archived"]);
    const from = await sendUntilSent(h, [report, sheet]);
    expect(callsSince(h.mailbox, from)).not.toContain("getAttachmentContentAsync");
    expect(memoryOf(h.mailbox)!.notice?.body).toContain("attachments-2.zip");
  });

  test("removing our archive clears its record and the password", async () => {
    h = startProtectHarness(EXTERNAL, QUIET);
    await attach(h, report);
    expect(memoryOf(h.mailbox)).toBeDefined();
    userRemoveAttachment(h.mailbox, h.mailbox.item.attachments[0].id);
    await settle(h.mailbox);
    expect(h.mailbox.launchEvents.at(-1)?.args).toMatchObject({ type: "olkAttachmentsChanged", attachmentStatus: "removed", attachmentDetails: { name: "attachments.zip" } });
    expect(memoryOf(h.mailbox)).toBeUndefined();
  });

  test("no external recipient yet (protect: external): nothing happens at attach; the external recipient's arrival protects them", async () => {
    h = startProtectHarness({ to: ["hanako@example.co.jp"], displayLanguage: "en-US" }, QUIET);
    await attach(h, report, sheet);
    expect(h.mailbox.item.attachments.map((a) => a.name).sort()).toEqual([report.name, sheet.name].sort());
    expect(memoryOf(h.mailbox)).toBeUndefined();
    await setTo(h, ["hanako@example.co.jp", "suzuki@partner.co.jp"]);
    expect(h.mailbox.launchEvents.at(-1)?.args).toMatchObject({ type: "olkRecipientsChanged", changedRecipientFields: { to: true, cc: false, bcc: false } });
    expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
    expect(checkInvariants(h.mailbox, [report, sheet])).toEqual(["archived", "archived"]);
  });

  test("protect: always protects at attach with no recipient at all; recipients later all internal: the archive stays", async () => {
    h = startProtectHarness({ displayLanguage: "ja-JP" }, { ...QUIET, attachments: { protect: "always" } });
    await attach(h, report);
    expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
    expect(h.mailbox.item.notifications.get("outboundGuardProtect")!.message).toContain("1 件のファイルを attachments.zip (AES-256) にまとめました");
    await setTo(h, ["hanako@example.co.jp"]);
    expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
    expect(checkInvariants(h.mailbox, [report])).toEqual(["archived"]);
  });

  test("several files attached at once (their events overlap): one run at a time, every file protected exactly once", async () => {
    h = startProtectHarness(EXTERNAL, QUIET);
    const files = [report, sheet, customers];
    userAttach(h.mailbox, ...files.map((f) => fileAttachment(f)));
    await settle(h.mailbox);
    const memory = memoryOf(h.mailbox)!;
    const members = memory.archives.flatMap((a) => a.members.map((m) => m.name)).sort();
    expect(members).toEqual(files.map((f) => f.name).sort());
    expect(checkInvariants(h.mailbox, files)).toEqual(["archived", "archived", "archived"]);
    expect(h.mailbox.concurrency.overLimit).toEqual([]);
  });
});

describe("personal data found at attach time is still reported at Send", () => {
  const WARN = { ...QUIET, personalData: { action: "warn" } };

  test("a phone list zipped when attached: the Send (reading nothing) shows the masked findings once; the next Send goes", async () => {
    h = startProtectHarness(EXTERNAL, WARN);
    await attach(h, customers);
    expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
    // Kept without the values: no phone number in clear in the session state.
    expect(h.mailbox.item.sessionData.get("outboundGuard.state")).not.toContain("090-1234-5678");
    const from = h.mailbox.calls.length;
    const first = await h.send();
    expect(callsSince(h.mailbox, from)).not.toContain("getAttachmentContentAsync");
    expect(first.allowed).toBe(false);
    expect(first.options?.errorMessage).toContain("customers.csv");
    expect(first.options?.errorMessage).not.toContain("090-1234-5678");
    await sendUntilSent(h, [customers]);
  });

  test("personalData.action block: the carried findings block the Send as a fresh scan would", async () => {
    h = startProtectHarness(EXTERNAL, { ...QUIET, personalData: { action: "block" } });
    await attach(h, customers);
    const out = await h.send();
    expect(out.allowed).toBe(false);
    expect(out.dialog?.buttons).not.toContain("Send Anyway");
    expect(h.mailbox.sent).toHaveLength(0);
  });
});

describe("clients without the events keep the Send-time path", () => {
  test('changeEvents: "never": attaching changes nothing until Send, which reads, zips and replaces the files as before', async () => {
    h = startProtectHarness({ ...EXTERNAL, changeEvents: "never" }, QUIET);
    await attach(h, report, sheet);
    expect(h.mailbox.launchEvents).toEqual([]);
    expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual([report.name, sheet.name]);
    const from = h.mailbox.calls.length;
    await sendUntilSent(h, [report, sheet]);
    expect(callsSince(h.mailbox, from)).toContain("getAttachmentContentAsync");
    expect(h.mailbox.sent[0].attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
  });

  test("the events need Mailbox 1.11: a 1.12 client raises them (Microsoft's table; the issue's 1.13 was wrong)", async () => {
    h = startProtectHarness({ ...EXTERNAL, mailboxVersion: "1.12" }, QUIET);
    await attach(h, report);
    expect(h.mailbox.launchEvents).toHaveLength(1);
    expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
  });
});

describe("the Send path stays as safe as before", () => {
  test("a ZipCrypto archive made for a ZipCrypto-only partner, then a recipient who needs AES-256 is added: the Send is blocked, nothing removed", async () => {
    const policy = { ...QUIET, attachments: { protect: "external", encryption: "zipcrypto", zipcryptoDomains: ["old-partner.co.jp"] } };
    h = startProtectHarness({ to: ["sato@old-partner.co.jp"], displayLanguage: "en-US" }, policy);
    await attach(h, report);
    expect(memoryOf(h.mailbox)!.archives[0].encryption).toBe("zipcrypto");
    await setTo(h, ["sato@old-partner.co.jp", "suzuki@partner.co.jp"]);
    expect(h.mailbox.item.notifications.get("outboundGuardProtect")!.message).toContain("needs AES-256".replace("needs", "now need"));
    const out = await h.send({ userChoice: "sendAnyway" });
    expect(out.allowed).toBe(false);
    expect(out.options?.errorMessage).toContain("made with ZipCrypto");
    expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
  });

  test("a file attached while an attach-time run is going on and the Send pressed at once: the Send waits for the run and leaves nothing unprotected", async () => {
    h = startProtectHarness(EXTERNAL, QUIET);
    userAttach(h.mailbox, fileAttachment(report), fileAttachment(sheet));
    // Send pressed before the events have even been delivered.
    await sendUntilSent(h, [report, sheet]);
    await settle(h.mailbox);
    expect(h.mailbox.sent[0].attachments.every((a) => a.name.endsWith(".zip"))).toBe(true);
    expect(checkInvariants(h.mailbox, [report, sheet])).toEqual(["archived", "archived"]);
  });
});
