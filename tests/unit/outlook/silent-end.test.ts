/**
 * A silent process end between any two calls: Outlook's runtime stops mid-Send (no callback, no
 * event.completed), and a fresh runtime runs the next Send on the same item state. For EVERY call
 * position N of a Send with attachments and recipients to move to BCC, the runtime ends right
 * after call N reached the host; then Send is pressed again until the message leaves. At each stop
 * and at the end:
 *
 * - no file lost: every original is attached with its bytes, or is inside an attached archive
 *   whose password the item's state holds (and 7-Zip opens it with that password);
 * - no archive of unknown password on the message (an archive attached before its password was
 *   saved could never be opened by the recipient);
 * - nobody lost from the recipients (To ∪ CC ∪ BCC keeps everyone).
 *
 * The test-only fault is `mailbox.haltAfterCalls` (src/playground/simulated-outlook/mailbox.ts).
 * What Outlook does with an add-in that became unavailable depends on the send mode (SoftBlock
 * sends the item: https://learn.microsoft.com/office/dev/add-ins/outlook/smart-alerts-onmessagesend-walkthrough#available-send-mode-options),
 * which is why the invariants must hold at each stop, not only at the end.
 */
import type { Harness } from "./send-harness";
import { assertNothingLost, bytesOf, fileAttachment, memoryOf, PROTECT_POLICY, startProtectHarness, type TestFile } from "./protect-harness";
import { extractWith7z, pseudoRandomBytes } from "../../integration/protect/seven-zip";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const report: TestFile = { name: "見積書.pdf", bytes: pseudoRandomBytes(20_000, 5) };
const sheet: TestFile = { name: "list.csv", bytes: new TextEncoder().encode("id,name\n1,山田\n".repeat(50)) };
const FILES = [report, sheet];
const POLICY = {
  ...PROTECT_POLICY,
  personalData: { action: "off" },
  supervisor: { when: "never" },
  external: { confirm: false },
  misdirection: { bccOmission: { action: "fix" } },
};
const MESSAGE = { to: ["a@alpha.co.jp", "b@beta.co.jp"], cc: ["hanako@example.co.jp", "c@gamma.com"], subject: "お見積り", displayLanguage: "en-US" };
const EVERYONE = [...MESSAGE.to, ...MESSAGE.cc].sort();

function start(): Harness {
  return startProtectHarness({ ...MESSAGE, attachments: FILES.map((f) => fileAttachment(f)) }, POLICY);
}

function recipients(hh: Harness): string[] {
  const i = hh.mailbox.item;
  return [...new Set([...i.to, ...i.cc, ...i.bcc].map((r) => r.emailAddress.toLowerCase()))];
}

/** The invariants after a stop or a finished Send; throws naming what broke. */
function checkInvariants(hh: Harness): void {
  assertNothingLost(hh.mailbox, FILES);
  const memory = memoryOf(hh.mailbox);
  const ours = new Set((memory?.archives ?? []).map((a) => a.name));
  const originals = new Set(FILES.map((f) => f.name));
  for (const a of hh.mailbox.item.attachments) {
    if (originals.has(a.name)) continue;
    if (!ours.has(a.name) || !memory?.password) throw new Error(`STRAY: ${a.name} is on the message but no saved password opens it`);
    for (const zip of bytesOf(hh.mailbox, a.name)) {
      if (!extractWith7z(zip, memory.password).ok) throw new Error(`STRAY: ${a.name} does not open with the saved password`);
    }
  }
  const now = recipients(hh);
  const lost = EVERYONE.filter((r) => !now.includes(r));
  if (lost.length > 0) throw new Error(`RECIPIENT LOST: ${lost.join(", ")}`);
}

/** Presses Send (restarting the runtime after a silent end) until the message leaves. */
async function sendUntilSent(hh: Harness, where: string, pauseAfterRestartMs = 0): Promise<number> {
  let presses = 0;
  let halts = 0;
  while (hh.mailbox.sent.length === 0) {
    if (++presses > 5) throw new Error(`${where}: not sent after 5 presses`);
    const out = await hh.send();
    checkInvariants(hh);
    if (out.halted) {
      halts += 1;
      hh.restart();
      // Time for the ended runtime's deadlines to come due, had they survived its end.
      if (pauseAfterRestartMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseAfterRestartMs));
    }
  }
  return halts;
}

/** The end state: sent once, every file inside our archive(s), the password in the state and in the notice. */
function checkFinished(hh: Harness): void {
  expect(hh.mailbox.sent).toHaveLength(1);
  expect(assertNothingLost(hh.mailbox, FILES)).toEqual(["archived", "archived"]);
  const memory = memoryOf(hh.mailbox)!;
  expect(hh.mailbox.sent[0].attachments.map((a) => a.name)).toEqual(memory.archives.map((a) => a.name));
  expect(memory.notice?.body).toContain(memory.password);
  const sent = hh.mailbox.sent[0];
  const all = [...sent.to, ...sent.cc, ...sent.bcc].map((r) => r.emailAddress.toLowerCase());
  for (const r of EVERYONE) expect(all).toContain(r);
}

let total = 0;

test("without a fault: the Sends until the message leaves make a known number of calls", async () => {
  h = start();
  await sendUntilSent(h, "clean run");
  checkFinished(h);
  total = h.mailbox.calls.length;
  expect(total).toBeGreaterThan(10);
  expect(h.mailbox.calls.map((c) => c.call)).toEqual(expect.arrayContaining(["addFileAttachmentFromBase64Async", "removeAttachmentAsync", "bcc.addAsync", "to.setAsync"]));
});

test("the runtime ends silently after each call N = 1..total in turn: at every stop and at the end, no file and nobody is lost", async () => {
  expect(total).toBeGreaterThan(10);
  const broken: string[] = [];
  const stopped: number[] = [];
  for (let n = 1; n <= total; n++) {
    h?.uninstall();
    h = start();
    h.mailbox.haltAfterCalls(n);
    let callName = "?";
    try {
      if ((await sendUntilSent(h, `after call ${n}`)) === 1) stopped.push(n);
      callName = h.mailbox.calls[n - 1]?.call ?? "?";
      checkFinished(h);
    } catch (err) {
      callName = h.mailbox.calls[n - 1]?.call ?? "?";
      broken.push(`after call ${n} (${callName}): ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`);
    }
  }
  expect(broken).toEqual([]);
  // Every position really stopped the runtime once (the calls before N are those of the clean run).
  expect(stopped).toHaveLength(total);
}, 600_000);

test("an ended runtime never wakes up: with 40 ms call deadlines, the runtime that ended at call N does not act on the next runtime's message when its deadlines come due", async () => {
  // In Outlook an ended runtime runs nothing again; its deadline timers must die with it
  // (call-deadlines.ts endRuntimeTimers). Found when a loaded machine stretched the 20 s run.
  expect(total).toBeGreaterThan(10);
  const broken: string[] = [];
  for (let n = 1; n <= total; n++) {
    h?.uninstall();
    h = start();
    h.setTiming({ smallCallMs: 40, bytesBaseMs: 40, bytesPerMiBMs: 0, bytesMaxMs: 40 });
    h.mailbox.haltAfterCalls(n);
    try {
      await sendUntilSent(h, `after call ${n}`, 150);
      checkFinished(h);
    } catch (err) {
      broken.push(`after call ${n} (${h.mailbox.calls[n - 1]?.call ?? "?"}): ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`);
    }
  }
  expect(broken).toEqual([]);
}, 600_000);
