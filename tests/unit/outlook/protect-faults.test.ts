/**
 * The faults a call that "succeeds" can hide, through the real handler on the simulated mailbox
 * (test-only faults of src/playground/simulated-outlook): an add that reports success but leaves
 * no attachment, a read-back that lists the archive other than it was added, a save that fails
 * after the add, and BCC that does not take the recipients it was given. Each test names the
 * guard it proves; `npm run mutate` (tests/tools/mutations.js) breaks that guard and expects the
 * test to fail.
 */
import type { Harness } from "./send-harness";
import { addresses, startHarness } from "./send-harness";
import { assertNothingLost, bytesOf, fileAttachment, memoryOf, PROTECT_POLICY, startProtectHarness, type TestFile } from "./protect-harness";
import { pseudoRandomBytes } from "../../integration/protect/seven-zip";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const report: TestFile = { name: "見積書.pdf", bytes: pseudoRandomBytes(30_000, 3) };
const sheet: TestFile = { name: "list.csv", bytes: new TextEncoder().encode("id,name\n1,山田\n".repeat(100)) };
const FILES = [report, sheet];
const QUIET_POLICY = { ...PROTECT_POLICY, personalData: { action: "off" }, supervisor: { when: "never" }, external: { confirm: false } };
const EXTERNAL = { to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage: "en-US" };

function start(): Harness {
  return startProtectHarness({ ...EXTERNAL, attachments: FILES.map((f) => fileAttachment(f)) }, QUIET_POLICY);
}

/** Every original is still attached with its own bytes. */
function originalsAttached(hh: Harness): void {
  for (const f of FILES) expect(bytesOf(hh.mailbox, f.name)).toHaveLength(1);
  expect(assertNothingLost(hh.mailbox, FILES)).toEqual(["attached", "attached"]);
}

/** Press Send until the message leaves (at most three times); then every file is in the archive. */
async function sendUntilSent(hh: Harness): Promise<void> {
  for (let i = 0; i < 3 && hh.mailbox.sent.length === 0; i++) {
    await hh.send();
    assertNothingLost(hh.mailbox, FILES);
  }
  expect(hh.mailbox.sent).toHaveLength(1);
  expect(assertNothingLost(hh.mailbox, FILES)).toEqual(["archived", "archived"]);
  expect(hh.mailbox.sent[0].attachments.map((a) => a.name)).toEqual(memoryOf(hh.mailbox)!.archives.map((a) => a.name));
}

describe("the archive is confirmed on the message before any original is removed", () => {
  test("add reports success but attaches nothing: originals stay, the Send is blocked and says it could not confirm; the next Send finishes", async () => {
    h = start();
    h.mailbox.succeedWithoutEffectNext("addFileAttachmentFromBase64Async");
    const first = await h.send();
    expect(first.allowed).toBe(false);
    expect(first.effectiveOptions.sendModeOverride).toBeUndefined();
    expect(first.options?.errorMessage).toContain("attachments.zip");
    expect(h.mailbox.item.attachments.map((a) => a.name).sort()).toEqual(FILES.map((f) => f.name).sort());
    originalsAttached(h);
    await sendUntilSent(h);
  });

  test("the read-back lists the new archive under another name: not taken as confirmed, originals stay; the next Send finishes", async () => {
    h = start();
    // The archive is attached, but Outlook lists the last attachment as something else.
    const item = (globalThis as unknown as { Office: typeof Office }).Office.context.mailbox.item as unknown as Record<string, (...a: unknown[]) => unknown>;
    const add = item.addFileAttachmentFromBase64Async;
    item.addFileAttachmentFromBase64Async = function (this: unknown, ...args: unknown[]) {
      h!.mailbox.misreportNext({ name: "attachments (1).zip" });
      return add.apply(this, args);
    };
    const first = await h.send();
    expect(first.allowed).toBe(false);
    originalsAttached(h);
    expect(h.mailbox.calls.filter((c) => c.call === "removeAttachmentAsync")).toHaveLength(0);
    await sendUntilSent(h);
  });

  test("the read-back lists an archive of that name under another id and size (not ours as added): not confirmed, originals stay", async () => {
    h = start();
    const item = (globalThis as unknown as { Office: typeof Office }).Office.context.mailbox.item as unknown as Record<string, (...a: unknown[]) => unknown>;
    const add = item.addFileAttachmentFromBase64Async;
    item.addFileAttachmentFromBase64Async = function (this: unknown, ...args: unknown[]) {
      h!.mailbox.misreportNext({ id: "renumbered-1", sizeDelta: -1000 });
      return add.apply(this, args);
    };
    const first = await h.send();
    expect(first.allowed).toBe(false);
    originalsAttached(h);
    expect(h.mailbox.calls.filter((c) => c.call === "removeAttachmentAsync")).toHaveLength(0);
    await sendUntilSent(h);
  });
});

describe("the password is saved ahead of the add and kept when a save after the add fails", () => {
  test("the save ahead of the add fails: no archive is added (its password would be nowhere), originals stay, the Send is blocked", async () => {
    h = start();
    h.mailbox.failNext("sessionData.setAsync", "InternalServerError");
    const first = await h.send();
    expect(first.allowed).toBe(false);
    expect(h.mailbox.calls.filter((c) => c.call === "addFileAttachmentFromBase64Async")).toHaveLength(0);
    originalsAttached(h);
    await sendUntilSent(h);
  });

  test("the save after the add fails: the password of the attached archive is still in the state, the archive opens with it, and the next Send goes", async () => {
    h = start();
    // sessionData.setAsync #1 is the write-ahead save, #2 the handler's save after the flow.
    const sd = (globalThis as unknown as { Office: typeof Office }).Office.context.mailbox.item!.sessionData as unknown as Record<string, (...a: unknown[]) => unknown>;
    const set = sd.setAsync;
    let n = 0;
    let addsBefore = -1;
    sd.setAsync = function (this: unknown, ...args: unknown[]) {
      n += 1;
      if (n === 2) {
        addsBefore = h!.mailbox.calls.filter((c) => c.call === "addFileAttachmentFromBase64Async").length;
        h!.mailbox.failNext("sessionData.setAsync", "InternalServerError");
      }
      return set.apply(this, args);
    };
    const first = await h.send();
    expect(addsBefore).toBe(1);
    expect(first.allowed).toBe(false);
    // Whatever is on the message now, its archive opens with the password the state holds.
    expect(assertNothingLost(h.mailbox, FILES)).toEqual(["archived", "archived"]);
    await sendUntilSent(h);
  });
});

describe("the password notice is stored before the archive may leave", () => {
  test("the notice queue cannot be saved on the Send that would let the archive go: blocked without Send anyway; the next Send queues it and goes", async () => {
    h = start();
    const first = await h.send();
    expect(first.allowed).toBe(false);
    const password = memoryOf(h.mailbox)!.password;
    h.mailbox.failNext("roamingSettings.saveAsync", "GenericSettingsError");
    const second = await h.send({ userChoice: "sendAnyway" });
    expect(second.allowed).toBe(false);
    expect(h.mailbox.sent).toHaveLength(0);
    expect(second.effectiveOptions.sendModeOverride).toBeUndefined();
    await sendUntilSent(h);
    expect(JSON.stringify(h.mailbox.roamingServer.settings)).toContain(password);
  });
});

/** Every call of `method` (for the attachment with this name, when given) fails, on every Send. */
function alwaysFail(hh: Harness, method: "getAttachmentContentAsync" | "removeAttachmentAsync" | "getAttachmentsAsync", fileName?: string): void {
  const item = (globalThis as unknown as { Office: typeof Office }).Office.context.mailbox.item as unknown as Record<string, (...a: unknown[]) => unknown>;
  const original = item[method];
  item[method] = function (this: unknown, ...args: unknown[]) {
    const target = fileName === undefined || hh.mailbox.item.attachments.some((a) => a.id === args[0] && a.name === fileName);
    if (target) hh.mailbox.failNext(method, "InternalServerError");
    return original.apply(this, args);
  };
}

describe("a file the policy wants encrypted and still on the message unprotected blocks every Send, with no Send anyway", () => {
  async function neverLeaves(hh: Harness): Promise<void> {
    for (let i = 0; i < 3; i++) {
      const out = await hh.send({ userChoice: "sendAnyway" });
      expect(out.allowed).toBe(false);
      expect(out.effectiveOptions.sendModeOverride).toBeUndefined();
    }
    expect(hh.mailbox.sent).toHaveLength(0);
    expect(bytesOf(hh.mailbox, sheet.name)).toHaveLength(1);
    assertNothingLost(hh.mailbox, FILES);
  }

  test("Outlook never hands over one file: it stays attached and no Send lets it go", async () => {
    h = start();
    alwaysFail(h, "getAttachmentContentAsync", sheet.name);
    await neverLeaves(h);
  });

  test("one original can never be removed beside its confirmed archive: no Send lets it go", async () => {
    h = start();
    alwaysFail(h, "removeAttachmentAsync", sheet.name);
    await neverLeaves(h);
    expect(memoryOf(h.mailbox)!.archives.every((a) => a.confirmed)).toBe(true);
  });

  test("the attachment list cannot be read at all: the failing check counts the files as at risk; no Send lets them go", async () => {
    h = start();
    alwaysFail(h, "getAttachmentsAsync");
    for (let i = 0; i < 3; i++) {
      const out = await h.send({ userChoice: "sendAnyway" });
      expect(out.allowed).toBe(false);
      expect(out.effectiveOptions.sendModeOverride).toBeUndefined();
    }
    expect(h.mailbox.sent).toHaveLength(0);
    originalsAttached(h);
  });
});

describe("move to BCC reads BCC back before it rewrites To and CC", () => {
  const FIX = {
    internalDomains: ["example.co.jp"],
    external: { confirm: false },
    personalData: { action: "off" },
    attachments: { protect: "never" },
    misdirection: { bccOmission: { action: "fix" } },
  };

  test("bcc.addAsync reports success but adds nobody: To and CC are left as they were, the Send is blocked", async () => {
    h = startHarness({ to: ["a@alpha.co.jp", "b@beta.co.jp"], cc: ["c@gamma.com"], displayLanguage: "en-US" }, FIX);
    h.mailbox.succeedWithoutEffectNext("bcc.addAsync");
    const out = await h.send();
    expect(out.allowed).toBe(false);
    expect(addresses(h.mailbox.item.to)).toEqual(["a@alpha.co.jp", "b@beta.co.jp"]);
    expect(addresses(h.mailbox.item.cc)).toEqual(["c@gamma.com"]);
    expect(h.mailbox.calls.some((c) => c.call === "to.setAsync" || c.call === "cc.setAsync")).toBe(false);
    // The next Send finishes the move: everyone is still a recipient.
    await h.send();
    expect(addresses(h.mailbox.item.bcc).sort()).toEqual(["a@alpha.co.jp", "b@beta.co.jp", "c@gamma.com"]);
  });
});
