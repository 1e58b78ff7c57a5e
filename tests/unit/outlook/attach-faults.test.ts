/**
 * Never lose a file at attach time: a fault at EVERY Office.js call of the attach-time run
 * (OnMessageAttachmentsChanged), in three kinds, through the simulator's own fault API:
 *
 * - the call fails (mailbox.failNext: InternalServerError);
 * - the call reports success but changes nothing (mailbox.succeedWithoutEffectNext, test-only:
 *   an add that attaches nothing, a save that keeps nothing, a removal that removes nothing);
 * - the runtime ends silently right after the call reached the host (mailbox.haltAfterCalls,
 *   test-only), and a fresh runtime runs the Send.
 *
 * At each stop and after the Sends that follow: every original is attached with its bytes or is
 * inside an attached archive that 7-Zip opens with the saved password, and no archive is on the
 * message whose password is not saved. The message then leaves with every file encrypted.
 */
import type { Harness } from "./send-harness";
import { memoryOf, PROTECT_POLICY, startProtectHarness, type TestFile } from "./protect-harness";
import { attach, checkInvariants, settle } from "./attach-harness";
import { pseudoRandomBytes } from "../../integration/protect/seven-zip";
import type { ApiCallName } from "../../../src/playground/simulated-outlook";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const report: TestFile = { name: "見積書.pdf", bytes: pseudoRandomBytes(15_000, 11) };
const sheet: TestFile = { name: "list.csv", bytes: new TextEncoder().encode("id,name\n1,山田\n".repeat(40)) };
const FILES = [report, sheet];
const POLICY = { ...PROTECT_POLICY, personalData: { action: "off" }, supervisor: { when: "never" }, external: { confirm: false } };
const MESSAGE = { to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage: "en-US" };

/** Calls that change the item or its state: the ones a no-effect success can hide. */
const CHANGING = new Set<string>(["addFileAttachmentFromBase64Async", "removeAttachmentAsync", "sessionData.setAsync"]);

function start(): Harness {
  return startProtectHarness(MESSAGE, POLICY);
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

/** Presses Send (after a restart when the runtime ended) until the message leaves, checking at each stop. */
async function sendUntilSent(hh: Harness): Promise<void> {
  for (let i = 0; i < 4 && hh.mailbox.sent.length === 0; i++) {
    if (hh.mailbox.halted) hh.restart();
    await hh.send();
    checkInvariants(hh.mailbox, FILES);
  }
  if (hh.mailbox.sent.length !== 1) throw new Error("not sent after 4 presses");
  const how = checkInvariants(hh.mailbox, FILES);
  if (how.some((x) => x !== "archived")) throw new Error(`sent with a file unencrypted: ${how.join(", ")}`);
  const sentNames = hh.mailbox.sent[0].attachments.map((a) => a.name);
  if (sentNames.some((n) => !n.endsWith(".zip"))) throw new Error(`sent with ${sentNames.join(", ")}`);
  if (!memoryOf(hh.mailbox)?.notice?.body.includes(memoryOf(hh.mailbox)!.password)) throw new Error("no password notice");
}

let total = 0;
let names: string[] = [];

test("without a fault: the attach-time run makes a known list of calls, and the files are replaced", async () => {
  h = start();
  await attach(h, ...FILES);
  names = h.mailbox.calls.map((c) => c.call);
  total = names.length;
  expect(names).toEqual(expect.arrayContaining(["getAttachmentContentAsync", "sessionData.setAsync", "addFileAttachmentFromBase64Async", "getAttachmentsAsync", "removeAttachmentAsync", "notificationMessages.replaceAsync"]));
  expect(checkInvariants(h.mailbox, FILES)).toEqual(["archived", "archived"]);
  // The write-ahead save comes before the add.
  expect(names.indexOf("sessionData.setAsync")).toBeLessThan(names.indexOf("addFileAttachmentFromBase64Async"));
});

type Kind = "fails" | "succeeds without effect" | "runtime ends after it";

async function oneFault(kind: Kind, n: number): Promise<string | undefined> {
  h?.uninstall();
  h = start();
  if (kind === "runtime ends after it") h.mailbox.haltAfterCalls(n);
  else
    atCall(h, n, (call) => {
      if (kind === "fails") h!.mailbox.failNext(call, "InternalServerError");
      else h!.mailbox.succeedWithoutEffectNext(call);
    });
  try {
    await attach(h, ...FILES);
    await settle(h.mailbox);
    checkInvariants(h.mailbox, FILES);
    await sendUntilSent(h);
    return undefined;
  } catch (err) {
    return `${kind} at call ${n} (${names[n - 1]}): ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`;
  }
}

test.each<Kind>(["fails", "succeeds without effect", "runtime ends after it"])(
  "every call N = 1..total of the attach-time run %s in turn: no file lost, no archive without its saved password, and the Sends that follow send every file encrypted",
  async (kind) => {
    expect(total).toBeGreaterThan(10);
    const broken: string[] = [];
    let tried = 0;
    for (let n = 1; n <= total; n++) {
      if (kind === "succeeds without effect" && !CHANGING.has(names[n - 1])) continue;
      tried += 1;
      const problem = await oneFault(kind, n);
      if (problem) broken.push(problem);
    }
    expect(broken).toEqual([]);
    expect(tried).toBeGreaterThan(kind === "succeeds without effect" ? 3 : 10);
  },
  600_000,
);
