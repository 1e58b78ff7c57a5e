/**
 * The message's protection record (item.sessionData, Mailbox 1.11) can be read — but Outlook
 * answers every read with an ORDINARY error (not a timeout): InternalServerError on getAsync and
 * on getAllAsync. The reference documents no error for a key never set
 * (https://learn.microsoft.com/javascript/api/outlook/office.sessiondata, getAsync / getAllAsync),
 * so a failed read is not "no record" unless getAllAsync, the list of every key, says the key is
 * absent. A record that could not be read may hold the password of an archive already attached:
 *
 * - it is never saved over (no empty record, no second password for the same archive);
 * - the Send is blocked, no "Send anyway", with a plain line saying the record could not be read
 *   and that no attachment was changed;
 * - attach time leaves everything as it is for the Send;
 * - once reads work again, the message leaves with every file in an archive the saved password
 *   opens, and the notice carries that password.
 */
import type { Harness } from "./send-harness";
import { assertNothingLost, fileAttachment, memoryOf, PROTECT_POLICY, startProtectHarness, type TestFile } from "./protect-harness";
import { attach, checkInvariants } from "./attach-harness";
import { pseudoRandomBytes } from "../../integration/protect/seven-zip";
import type { ApiCallName, SendOutcome } from "../../../src/playground/simulated-outlook";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const report: TestFile = { name: "見積書.pdf", bytes: pseudoRandomBytes(15_000, 21) };
const sheet: TestFile = { name: "list.csv", bytes: new TextEncoder().encode("id,name\n1,山田\n".repeat(40)) };
const later: TestFile = { name: "追加資料.pdf", bytes: pseudoRandomBytes(9_000, 22) };
const POLICY = { ...PROTECT_POLICY, personalData: { action: "off" }, supervisor: { when: "never" }, external: { confirm: false } };
const MESSAGE = { to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage: "en-US" };

const READS: ApiCallName[] = ["sessionData.getAsync", "sessionData.getAllAsync"];

/** Every call of `calls` from now on fails with an ordinary Outlook error, until the returned function is called. */
function failEvery(hh: Harness, calls: readonly ApiCallName[]): () => void {
  const kernel = hh.mailbox.kernel as { call: (...a: unknown[]) => void };
  const original = kernel.call;
  let on = true;
  kernel.call = (...args: unknown[]) => {
    if (on && calls.includes(args[0] as ApiCallName)) hh.mailbox.failNext(args[0] as ApiCallName, "InternalServerError");
    return original.apply(kernel, args);
  };
  return () => void (on = false);
}

function alertText(out: SendOutcome): string {
  return `${out.options?.errorMessage ?? ""}\n${String(out.options?.errorMessageMarkdown ?? "")}`;
}

/** Presses Send until the message leaves: every file archived, the notice carries the saved password. */
async function sendUntilSent(hh: Harness, files: readonly TestFile[]): Promise<void> {
  for (let i = 0; i < 4 && hh.mailbox.sent.length === 0; i++) {
    await hh.send();
    checkInvariants(hh.mailbox, files);
  }
  expect(hh.mailbox.sent).toHaveLength(1);
  expect(checkInvariants(hh.mailbox, files).every((x) => x === "archived")).toBe(true);
  expect(hh.mailbox.sent[0].attachments.every((a) => a.name.endsWith(".zip"))).toBe(true);
  const memory = memoryOf(hh.mailbox)!;
  expect(memory.notice?.body).toContain(memory.password);
}

describe("Send path", () => {
  test("the record of an attached archive cannot be read (ordinary error, every time): never saved over, blocked with the line that says so, no 'Send anyway'; the next Send with reads working sends with the same password", async () => {
    h = startProtectHarness({ ...MESSAGE, attachments: [report, sheet].map((f) => fileAttachment(f)) }, POLICY);
    await h.send(); // the archive attached, its password saved
    const before = memoryOf(h.mailbox);
    expect(before?.password).toBeDefined();
    expect(checkInvariants(h.mailbox, [report, sheet])).toEqual(["archived", "archived"]);
    const raw = h.mailbox.item.sessionData.get("outboundGuard.state");

    const stop = failEvery(h, READS);
    for (let i = 0; i < 3; i++) {
      const out = await h.send();
      expect(h.mailbox.item.sessionData.get("outboundGuard.state")).toBe(raw);
      expect(h.mailbox.sent).toHaveLength(0);
      expect(out.allowed).toBe(false);
      expect(out.effectiveOptions.sendModeOverride).toBeUndefined();
      expect(alertText(out)).toContain("could not read this message's protection record");
      expect(alertText(out)).toContain("No attachment was changed");
      checkInvariants(h.mailbox, [report, sheet]);
    }
    stop();
    await sendUntilSent(h, [report, sheet]);
    expect(memoryOf(h.mailbox)?.password).toBe(before!.password);
  });

  test("in Japanese", async () => {
    h = startProtectHarness({ ...MESSAGE, displayLanguage: "ja-JP", attachments: [report].map((f) => fileAttachment(f)) }, POLICY);
    await h.send();
    failEvery(h, READS);
    const out = await h.send();
    expect(out.allowed).toBe(false);
    expect(alertText(out)).toContain("保護の記録を Outlook から読み取れなかった");
    expect(alertText(out)).toContain("添付ファイルは変更していません");
  });

  test("no record yet and every read fails: no password is made, nothing is zipped or removed, blocked", async () => {
    h = startProtectHarness({ ...MESSAGE, attachments: [report, sheet].map((f) => fileAttachment(f)) }, POLICY);
    failEvery(h, READS);
    const out = await h.send();
    expect(out.allowed).toBe(false);
    expect(alertText(out)).toContain("could not read this message's protection record");
    expect(h.mailbox.item.sessionData.get("outboundGuard.state")).toBeUndefined();
    expect(assertNothingLost(h.mailbox, [report, sheet])).toEqual(["attached", "attached"]);
    expect(h.mailbox.calls.filter((c) => c.call === "addFileAttachmentFromBase64Async" || c.call === "removeAttachmentAsync")).toHaveLength(0);
  });

  test("getAsync fails with an ordinary error but getAllAsync answers without the key (a client that reports a key never set as an error): no record yet, the Send goes on as usual", async () => {
    h = startProtectHarness({ ...MESSAGE, attachments: [report, sheet].map((f) => fileAttachment(f)) }, POLICY);
    const stop = failEvery(h, ["sessionData.getAsync"]);
    await h.send();
    stop();
    expect(h.mailbox.calls.some((c) => c.call === "sessionData.getAllAsync")).toBe(true);
    expect(checkInvariants(h.mailbox, [report, sheet])).toEqual(["archived", "archived"]);
    await sendUntilSent(h, [report, sheet]);
  });
});

describe("attach-time path", () => {
  test("a file attached beside our archive while the record cannot be read: no second password, the record untouched, the file left for the Send; then one password for both archives", async () => {
    h = startProtectHarness(MESSAGE, POLICY);
    await attach(h, report, sheet);
    expect(checkInvariants(h.mailbox, [report, sheet])).toEqual(["archived", "archived"]);
    const password = memoryOf(h.mailbox)!.password;
    const raw = h.mailbox.item.sessionData.get("outboundGuard.state");

    const stop = failEvery(h, READS);
    await attach(h, later);
    expect(h.mailbox.item.sessionData.get("outboundGuard.state")).toBe(raw);
    expect(checkInvariants(h.mailbox, [report, sheet, later])).toEqual(["archived", "archived", "attached"]);
    stop();
    await sendUntilSent(h, [report, sheet, later]);
    expect(memoryOf(h.mailbox)!.password).toBe(password);
  });
});
