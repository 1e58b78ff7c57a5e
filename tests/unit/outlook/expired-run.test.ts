/**
 * A run whose budget expired makes no further Office.js call.
 *
 * At its budget the handler answers itself (answer-in-time.ts): the Send is blocked with "could
 * not finish in time", the attach event is completed. Outlook treats a completed event as over
 * (completed() "indicates that the add-in has completed processing and will automatically be
 * closed": https://learn.microsoft.com/javascript/api/office/office.addincommands.event), yet the
 * browser runtime of web / new Outlook / Mac (https://learn.microsoft.com/office/dev/add-ins/testing/runtimes)
 * is not torn down at that instant and may serve later events, so the run's promise chain goes on
 * when a call it was waiting for answers late. Without a stop, that run would then zip,
 * attach and remove files on a message whose user was told it was stopped, or race the next run.
 *
 * Here one Office.js call is held (its answer comes only when the test releases it, after the
 * budget has expired, well before the call's own deadline). After the release: no call of that run
 * reaches the item; the attachments are as they were, or complete (an archive the saved password
 * opens, every original attached or inside it); one password; the next Send sends every file
 * encrypted. The run's end is awaited through takeTurn (the next run's turn comes only after it).
 */
import type { Harness } from "./send-harness";
import { assertNothingLost, fileAttachment, memoryOf, PROTECT_POLICY, startProtectHarness, type TestFile } from "./protect-harness";
import { checkInvariants, settle } from "./attach-harness";
import { pseudoRandomBytes } from "../../integration/protect/seven-zip";
import { userAttach } from "../../../src/playground/simulated-outlook";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const report: TestFile = { name: "見積書.pdf", bytes: pseudoRandomBytes(15_000, 31) };
const sheet: TestFile = { name: "list.csv", bytes: new TextEncoder().encode("id,name\n1,山田\n".repeat(40)) };
const FILES = [report, sheet];
const POLICY = { ...PROTECT_POLICY, personalData: { action: "off" }, supervisor: { when: "never" }, external: { confirm: false } };
const MESSAGE = { to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage: "en-US" };

/** Every call's deadline far above the budget: only the budget ends the run; the held call is released before its deadline. */
const SHORT_BUDGET = { smallCallMs: 5_000, bytesBaseMs: 5_000, bytesPerMiBMs: 0, bytesMaxMs: 5_000, sendBudgetMs: 150, eventBudgetMs: 150 };
const NORMAL = { smallCallMs: 2_000, bytesBaseMs: 2_000, bytesMaxMs: 2_000, sendBudgetMs: 15_000, eventBudgetMs: 15_000 };

/**
 * The first call of the item's `method` from now reaches Outlook (which acts at once), but its
 * answer is held until `release()`: a call that answers late.
 */
function holdAnswer(method: string): { release: () => void; held: () => boolean } {
  const item = (globalThis as unknown as { Office: typeof Office }).Office.context.mailbox.item as unknown as Record<string, (...a: unknown[]) => unknown>;
  const original = item[method];
  let answer: (() => void) | undefined;
  let taken = false;
  item[method] = function (this: unknown, ...args: unknown[]) {
    if (taken) return original.apply(this, args);
    taken = true;
    const at = args.findIndex((a) => typeof a === "function");
    const callback = args[at] as (r: unknown) => void;
    args[at] = (result: unknown) => void (answer = () => callback(result));
    return original.apply(this, args);
  };
  return {
    held: () => answer !== undefined,
    release: () => {
      item[method] = original;
      answer?.();
    },
  };
}

/** Resolves once every run of this runtime queued so far has ended (the next run's turn). */
async function runsOver(): Promise<void> {
  const { takeTurn } = require("../../../src/launchevent/attach-protection") as typeof import("../../../src/launchevent/attach-protection");
  (await takeTurn())();
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error("the held call never came");
}

/** Presses Send (deadlines back to normal) until the message leaves: every file archived, one password. */
async function sendUntilSent(hh: Harness, password?: string): Promise<void> {
  hh.setTiming(NORMAL);
  for (let i = 0; i < 4 && hh.mailbox.sent.length === 0; i++) {
    await hh.send();
    checkInvariants(hh.mailbox, FILES);
    if (password !== undefined) expect(memoryOf(hh.mailbox)?.password).toBe(password);
  }
  expect(hh.mailbox.sent).toHaveLength(1);
  expect(checkInvariants(hh.mailbox, FILES)).toEqual(["archived", "archived"]);
  const memory = memoryOf(hh.mailbox)!;
  expect(memory.notice?.body).toContain(memory.password);
}

describe("Send path", () => {
  test("reading a file answers only after the budget expired: that run makes no further call (nothing zipped, saved, attached or removed); the next Send sends every file encrypted", async () => {
    h = startProtectHarness({ ...MESSAGE, attachments: FILES.map((f) => fileAttachment(f)) }, POLICY);
    h.setTiming(SHORT_BUDGET);
    const read = holdAnswer("getAttachmentContentAsync");
    const out = await h.send({ settleMs: 300 });
    expect(out.allowed).toBe(false);
    expect(out.options?.errorMessage).toContain("could not finish checking this message in time");
    expect(read.held()).toBe(true);

    const from = h.mailbox.calls.length;
    read.release();
    await runsOver();
    await settle(h.mailbox);
    expect(h.mailbox.calls.slice(from).map((c) => c.call)).toEqual([]);
    expect(assertNothingLost(h.mailbox, FILES)).toEqual(["attached", "attached"]);
    expect(h.mailbox.item.attachments).toHaveLength(2);
    expect(memoryOf(h.mailbox)).toBeUndefined();
    await sendUntilSent(h);
  });

  test("adding the archive answers only after the budget expired (Outlook attached it): no read-back, no removal by that run; archive and originals both stay, the saved password opens it; the next Send finishes with that password", async () => {
    h = startProtectHarness({ ...MESSAGE, attachments: FILES.map((f) => fileAttachment(f)) }, POLICY);
    h.setTiming(SHORT_BUDGET);
    const add = holdAnswer("addFileAttachmentFromBase64Async");
    const out = await h.send({ settleMs: 10 });
    // The budget may expire before the add is reached on a slow machine: wait for it.
    await until(() => add.held());
    expect(out.allowed).toBe(false);

    const from = h.mailbox.calls.length;
    add.release();
    await runsOver();
    await settle(h.mailbox);
    expect(h.mailbox.calls.slice(from).map((c) => c.call)).toEqual([]);
    expect(checkInvariants(h.mailbox, FILES)).toEqual(["attached", "attached"]);
    const password = memoryOf(h.mailbox)?.password;
    expect(password).toBeDefined();
    expect(h.mailbox.item.attachments.map((a) => a.name).sort()).toEqual(["attachments.zip", "list.csv", "見積書.pdf"]);
    await sendUntilSent(h, password);
  });
});

describe("attach-time path", () => {
  test("reading a file answers only after the event's budget expired: that run makes no further call; the files stay for the Send, which sends them encrypted", async () => {
    h = startProtectHarness(MESSAGE, POLICY);
    h.setTiming(SHORT_BUDGET);
    const read = holdAnswer("getAttachmentContentAsync");
    userAttach(h.mailbox, ...FILES.map((f) => fileAttachment(f)));
    await settle(h.mailbox);
    expect(h.mailbox.launchEvents.every((e) => e.completed)).toBe(true);
    await until(() => read.held());

    const from = h.mailbox.calls.length;
    read.release();
    await runsOver();
    await settle(h.mailbox);
    expect(h.mailbox.calls.slice(from).map((c) => c.call)).toEqual([]);
    expect(assertNothingLost(h.mailbox, FILES)).toEqual(["attached", "attached"]);
    expect(memoryOf(h.mailbox)).toBeUndefined();
    await sendUntilSent(h);
  });

  test("a file attached after the queued run's budget expired is not dropped behind it: its own run protects every file once the stopped runs are over", async () => {
    h = startProtectHarness(MESSAGE, POLICY);
    h.setTiming(SHORT_BUDGET);
    const read = holdAnswer("getAttachmentContentAsync");
    userAttach(h.mailbox, ...FILES.map((f) => fileAttachment(f)));
    await settle(h.mailbox);
    await until(() => read.held());

    // The first run waits on the held read; the second event's run queued behind it has expired too.
    h.setTiming(NORMAL);
    const third: TestFile = { name: "追加.pdf", bytes: pseudoRandomBytes(8_000, 32) };
    userAttach(h.mailbox, fileAttachment(third));
    read.release();
    await settle(h.mailbox);
    await runsOver();
    await settle(h.mailbox);
    expect(h.mailbox.launchEvents.every((e) => e.completed)).toBe(true);
    expect(checkInvariants(h.mailbox, [...FILES, third])).toEqual(["archived", "archived", "archived"]);
  });
});
