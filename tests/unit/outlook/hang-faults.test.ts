/**
 * A hang at EVERY Office.js call: the call reaches Outlook and its callback never comes while the
 * runtime lives on (mailbox.hangNext, test-only; reported for getAttachmentContentAsync in
 * office-js#5845, #4868, #5060, for uploads in #1130, #3614, for saveAsync in #3382). Under
 * SoftBlock Outlook would hold the user at "taking longer than expected" and then time out at
 * about five minutes with no way to send
 * (https://learn.microsoft.com/office/dev/add-ins/outlook/onmessagesend-onappointmentsend-events).
 *
 * For the Send path and for the attach-time path, at each call N in turn:
 * - the event is completed (the Send answers; the attach events settle) — never left waiting;
 * - a Send that is stopped names, in its alert, the Outlook call that did not answer;
 * - no file is lost at any stop (an original is removed only beside its confirmed archive), no
 *   archive is on the message that the saved password does not open, nobody leaves the recipients;
 * - one password for the message: once an archive is attached, its password never changes;
 * - the presses of Send that follow send every file encrypted.
 * The host still acts on a hung call by default (the answer is what is lost); the calls that
 * change something are also tried hanging with no effect at all.
 * Deadlines are milliseconds here (harness setTiming); nothing measures speed.
 */
import { startHarness, type Harness } from "./send-harness";
import { assertNothingLost, fileAttachment, memoryOf, PROTECT_POLICY, startProtectHarness, type TestFile } from "./protect-harness";
import { attach, checkInvariants, settle } from "./attach-harness";
import { pseudoRandomBytes } from "../../integration/protect/seven-zip";
import { userAttach, type ApiCallName, type SendOutcome } from "../../../src/playground/simulated-outlook";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const report: TestFile = { name: "見積書.pdf", bytes: pseudoRandomBytes(15_000, 7) };
const sheet: TestFile = { name: "list.csv", bytes: new TextEncoder().encode("id,name\n1,山田\n".repeat(40)) };
const FILES = [report, sheet];
const POLICY = {
  ...PROTECT_POLICY,
  personalData: { action: "off" },
  supervisor: { when: "never" },
  external: { confirm: false },
  misdirection: { bccOmission: { action: "fix" } },
};
const SEND_MESSAGE = { to: ["a@alpha.co.jp", "b@beta.co.jp"], cc: ["hanako@example.co.jp", "c@gamma.com"], subject: "お見積り", displayLanguage: "en-US" };
const EVERYONE = [...SEND_MESSAGE.to, ...SEND_MESSAGE.cc].sort();
const ATTACH_MESSAGE = { to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage: "en-US" };

/** Calls that change the item or its state: also tried hanging without any effect. */
const CHANGING = new Set<string>(["addFileAttachmentFromBase64Async", "removeAttachmentAsync", "sessionData.setAsync", "bcc.addAsync", "to.setAsync", "cc.setAsync", "roamingSettings.saveAsync", "internetHeaders.setAsync"]);

/** Short deadlines, and a Send budget far above them (the budget has its own test below). */
const TIMING = { smallCallMs: 60, bytesBaseMs: 60, bytesPerMiBMs: 0, bytesMaxMs: 60, sendBudgetMs: 15_000, eventBudgetMs: 15_000 };
/** The simulated Outlook's own limit for one Send (Outlook's is about 5 minutes). */
const OUTLOOK_LIMIT_MS = 20_000;

function startSend(): Harness {
  const hh = startProtectHarness({ ...SEND_MESSAGE, attachments: FILES.map((f) => fileAttachment(f)) }, POLICY);
  hh.setTiming(TIMING);
  return hh;
}

function startAttach(): Harness {
  const hh = startProtectHarness(ATTACH_MESSAGE, POLICY);
  hh.setTiming(TIMING);
  return hh;
}

/** Before the n-th call (1-based) of this runtime from now, queue `inject(callName)`. */
function atCall(hh: Harness, n: number, inject: (call: ApiCallName) => void): void {
  const kernel = hh.mailbox.kernel as { call: (...a: unknown[]) => void };
  const original = kernel.call.bind(kernel);
  let count = 0;
  kernel.call = (...args: unknown[]) => {
    count += 1;
    if (count === n) inject(args[0] as ApiCallName);
    return original(...args);
  };
}

/** Fails (instead of waiting for ever) when `p` has not settled after `ms`: the sign of a hang left unhandled. */
function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: never completed`)), ms)));
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

function recipientsKept(hh: Harness, everyone: readonly string[]): void {
  const i = hh.mailbox.item;
  const now = new Set([...i.to, ...i.cc, ...i.bcc].map((r) => r.emailAddress.toLowerCase()));
  const lost = everyone.filter((r) => !now.has(r));
  if (lost.length > 0) throw new Error(`RECIPIENT LOST: ${lost.join(", ")}`);
}

/** Tracks the message's password: once an archive of ours is attached, it may never change. */
function passwordTracker(hh: Harness): () => void {
  let first: string | undefined;
  return () => {
    const memory = memoryOf(hh.mailbox);
    const attached = (memory?.archives ?? []).some((a) => hh.mailbox.item.attachments.some((x) => x.name === a.name));
    if (!attached) return;
    if (first === undefined) first = memory!.password;
    else if (memory!.password !== first) throw new Error("SECOND PASSWORD: the archive's password changed");
  };
}

function alertText(out: SendOutcome): string {
  return `${out.options?.errorMessage ?? ""}\n${String(out.options?.errorMessageMarkdown ?? "")}`;
}

/**
 * Presses Send until the message leaves, checking at each stop. Returns the first outcome.
 * `hungCall`, when given, is the call that hangs during the first press.
 */
async function sendUntilSent(hh: Harness, hungCall?: string, everyone: readonly string[] = EVERYONE): Promise<SendOutcome> {
  const samePassword = passwordTracker(hh);
  let first: SendOutcome | undefined;
  for (let i = 0; i < 4 && hh.mailbox.sent.length === 0; i++) {
    const out = await hh.send({ timeoutMs: OUTLOOK_LIMIT_MS });
    first ??= out;
    if (out.halted) throw new Error("the runtime ended (not a fault of this test)");
    checkInvariants(hh.mailbox, FILES);
    recipientsKept(hh, everyone);
    samePassword();
  }
  if (hh.mailbox.sent.length !== 1) throw new Error("not sent after 4 presses");
  const how = assertNothingLost(hh.mailbox, FILES);
  if (how.some((x) => x !== "archived")) throw new Error(`sent with a file unencrypted: ${how.join(", ")}`);
  const sent = hh.mailbox.sent[0];
  if (sent.attachments.some((a) => !a.name.endsWith(".zip"))) throw new Error(`sent with ${sent.attachments.map((a) => a.name).join(", ")}`);
  const memory = memoryOf(hh.mailbox)!;
  if (!memory.notice?.body.includes(memory.password)) throw new Error("the password notice does not carry the archive's password");
  if (hungCall && first && !first.allowed && !alertText(first).includes(hungCall)) {
    throw new Error(`the alert does not name ${hungCall}: ${first.options?.errorMessage}`);
  }
  return first!;
}

describe("Send path", () => {
  let names: string[] = [];

  test("without a fault: the first Send makes a known list of calls", async () => {
    h = startSend();
    await h.send({ timeoutMs: OUTLOOK_LIMIT_MS });
    names = h.mailbox.calls.map((c) => c.call);
    expect(names).toEqual(expect.arrayContaining(["getAttachmentContentAsync", "sessionData.setAsync", "addFileAttachmentFromBase64Async", "getAttachmentsAsync", "removeAttachmentAsync", "bcc.addAsync"]));
    expect(names.length).toBeGreaterThan(10);
  });

  async function hangAt(n: number, acts: boolean): Promise<string | undefined> {
    h?.uninstall();
    h = startSend();
    let hung = "";
    atCall(h, n, (call) => {
      hung = call;
      h!.mailbox.hangNext(call, { acts });
    });
    try {
      await sendUntilSent(h, names[n - 1]);
      if (!h.mailbox.calls.some((c) => c.outcome?.includes("no callback: hang") || c.outcome?.startsWith("hang:"))) throw new Error("the hang was never injected");
      return undefined;
    } catch (err) {
      return `hang${acts ? "" : " without effect"} at call ${n} (${hung || names[n - 1]}): ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`;
    }
  }

  test("every call N of the first Send hangs in turn (the host acts, no answer): the Send answers naming the call; nothing lost; one password; the next Sends send every file encrypted", async () => {
    expect(names.length).toBeGreaterThan(10);
    const broken: string[] = [];
    for (let n = 1; n <= names.length; n++) {
      const problem = await hangAt(n, true);
      if (problem) broken.push(problem);
    }
    expect(broken).toEqual([]);
  }, 600_000);

  test("every call of the first Send that changes something hangs with no effect at all: the same holds", async () => {
    const broken: string[] = [];
    let tried = 0;
    for (let n = 1; n <= names.length; n++) {
      if (!CHANGING.has(names[n - 1])) continue;
      tried += 1;
      const problem = await hangAt(n, false);
      if (problem) broken.push(problem);
    }
    expect(broken).toEqual([]);
    expect(tried).toBeGreaterThan(4);
  }, 600_000);
});

describe("Send path, named steps", () => {
  test("adding the archive hangs (and Outlook attached it): blocked, the alert names addFileAttachmentFromBase64Async, the originals stay; the next Send finishes", async () => {
    h = startSend();
    h.mailbox.hangNext("addFileAttachmentFromBase64Async");
    const first = await h.send({ timeoutMs: OUTLOOK_LIMIT_MS });
    expect(first.allowed).toBe(false);
    expect(first.effectiveOptions.sendModeOverride).toBeUndefined();
    expect(first.options?.errorMessage).toContain("Outlook did not answer in time: attaching the encrypted ZIP (addFileAttachmentFromBase64Async)");
    expect(h.mailbox.calls.filter((c) => c.call === "removeAttachmentAsync")).toHaveLength(0);
    expect(assertNothingLost(h.mailbox, FILES)).toEqual(["attached", "attached"]);
    await sendUntilSent(h);
  });

  test("the read-back of the attachments hangs: nothing removed, blocked naming getAttachmentsAsync", async () => {
    h = startSend();
    const item = (globalThis as unknown as { Office: typeof Office }).Office.context.mailbox.item as unknown as Record<string, (...a: unknown[]) => unknown>;
    const add = item.addFileAttachmentFromBase64Async;
    item.addFileAttachmentFromBase64Async = function (this: unknown, ...args: unknown[]) {
      h!.mailbox.hangNext("getAttachmentsAsync");
      return add.apply(this, args);
    };
    const first = await h.send({ timeoutMs: OUTLOOK_LIMIT_MS });
    expect(first.allowed).toBe(false);
    expect(first.options?.errorMessage).toContain("getAttachmentsAsync");
    expect(h.mailbox.calls.filter((c) => c.call === "removeAttachmentAsync")).toHaveLength(0);
    expect(assertNothingLost(h.mailbox, FILES)).toEqual(["attached", "attached"]);
    item.addFileAttachmentFromBase64Async = add;
    await sendUntilSent(h);
  });

  test("removing an original hangs: blocked naming removeAttachmentAsync, every file still attached or in the confirmed archive", async () => {
    h = startSend();
    h.mailbox.hangNext("removeAttachmentAsync", { acts: false });
    const first = await h.send({ timeoutMs: OUTLOOK_LIMIT_MS });
    expect(first.allowed).toBe(false);
    expect(first.options?.errorMessage).toContain("removeAttachmentAsync");
    assertNothingLost(h.mailbox, FILES);
    expect(memoryOf(h.mailbox)!.archives.every((a) => a.confirmed)).toBe(true);
    await sendUntilSent(h);
  });

  test("reading this message's record hangs at every read: no new password over the old archive's; never sent unencrypted", async () => {
    h = startSend();
    const first = await h.send({ timeoutMs: OUTLOOK_LIMIT_MS }); // archive attached, password saved
    expect(first.allowed).toBe(false);
    const password = memoryOf(h.mailbox)?.password;
    expect(password).toBeDefined();
    h.mailbox.hangNext("sessionData.getAsync", { count: 50 });
    for (let i = 0; i < 3; i++) {
      const out = await h.send({ timeoutMs: OUTLOOK_LIMIT_MS });
      expect(memoryOf(h.mailbox)?.password).toBe(password);
      checkInvariants(h.mailbox, FILES);
      if (!out.allowed) expect(alertText(out)).toContain("sessionData.getAsync");
    }
  });

  test("when calls keep hanging past the Send's budget, the handler answers itself: blocked, no Send anyway, naming what Outlook had not answered", async () => {
    h = startSend();
    // Every call's deadline far beyond the budget: only the budget can end this Send.
    h.setTiming({ smallCallMs: 1_000, bytesBaseMs: 1_000, bytesMaxMs: 1_000, sendBudgetMs: 150 });
    h.mailbox.hangNext("getAttachmentsAsync", { count: 2 });
    // The driver listens long enough to see the handler's own, later answer: a second completed() fails the Send.
    const out = await h.send({ timeoutMs: OUTLOOK_LIMIT_MS, settleMs: 4_000 });
    expect(out.allowed).toBe(false);
    expect(out.effectiveOptions.sendModeOverride).toBeUndefined();
    expect(out.options?.errorMessage).toContain("could not finish checking this message in time");
    expect(out.options?.errorMessage).toContain("getAttachmentsAsync");
    expect(h.mailbox.sent).toHaveLength(0);
    expect(assertNothingLost(h.mailbox, FILES)).toEqual(["attached", "attached"]);
  });

  test("the budget's answer in Japanese", async () => {
    h = startProtectHarness({ ...SEND_MESSAGE, displayLanguage: "ja-JP", attachments: FILES.map((f) => fileAttachment(f)) }, POLICY);
    h.setTiming({ smallCallMs: 1_000, bytesBaseMs: 1_000, bytesMaxMs: 1_000, sendBudgetMs: 150 });
    h.mailbox.hangNext("getAttachmentsAsync", { count: 2 });
    const out = await h.send({ timeoutMs: OUTLOOK_LIMIT_MS, settleMs: 4_000 });
    expect(out.allowed).toBe(false);
    expect(out.options?.errorMessage).toContain("時間内に確認を終えられなかった");
    expect(out.options?.errorMessage).toContain("添付ファイル一覧の確認 (getAttachmentsAsync)");
  });
});

describe("the budget's answer and the handler's own, later one", () => {
  test("an alert the user never saw (the budget answered first) confirms nothing: the next Send asks again", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], subject: "ご連絡", displayLanguage: "en-US" });
    // The audit header (optional: its failure never stops the Send) hangs past the budget; the
    // handler then finishes with its own confirmation alert, which is dropped.
    h.setTiming({ smallCallMs: 1_000, sendBudgetMs: 100 });
    h.mailbox.hangNext("internetHeaders.setAsync");
    const first = await h.send({ timeoutMs: OUTLOOK_LIMIT_MS, settleMs: 3_000 });
    expect(first.options?.errorMessage).toContain("could not finish checking this message in time");
    h.setTiming({ sendBudgetMs: 15_000 });
    const second = await h.send({ timeoutMs: OUTLOOK_LIMIT_MS });
    expect(second.allowed).toBe(false);
    expect(second.options?.errorMessage).toContain("partner.co.jp");
  });
});

describe("attach-time path", () => {
  let names: string[] = [];

  test("without a fault: the attach-time run makes a known list of calls", async () => {
    h = startAttach();
    await attach(h, ...FILES);
    names = h.mailbox.calls.map((c) => c.call);
    expect(names).toEqual(expect.arrayContaining(["getAttachmentContentAsync", "sessionData.setAsync", "addFileAttachmentFromBase64Async", "getAttachmentsAsync", "removeAttachmentAsync"]));
    expect(checkInvariants(h.mailbox, FILES)).toEqual(["archived", "archived"]);
  });

  async function hangAt(n: number, acts: boolean): Promise<string | undefined> {
    h?.uninstall();
    h = startAttach();
    atCall(h, n, (call) => h!.mailbox.hangNext(call, { acts }));
    try {
      userAttach(h.mailbox, ...FILES.map((f) => fileAttachment(f)));
      await within(settle(h.mailbox), OUTLOOK_LIMIT_MS, "the attach events");
      if (h.mailbox.launchEvents.some((e) => !e.completed)) throw new Error("an attach event was never completed");
      checkInvariants(h.mailbox, FILES);
      await sendUntilSent(h, undefined, ATTACH_MESSAGE.to);
      return undefined;
    } catch (err) {
      return `hang${acts ? "" : " without effect"} at call ${n} (${names[n - 1]}): ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`;
    }
  }

  test("every call N of the attach-time run hangs in turn: every event completes; nothing lost; one password; the Sends that follow send every file encrypted", async () => {
    expect(names.length).toBeGreaterThan(10);
    const broken: string[] = [];
    for (let n = 1; n <= names.length; n++) {
      const problem = await hangAt(n, true);
      if (problem) broken.push(problem);
      if (!CHANGING.has(names[n - 1])) continue;
      const noEffect = await hangAt(n, false);
      if (noEffect) broken.push(noEffect);
    }
    expect(broken).toEqual([]);
  }, 600_000);
});
