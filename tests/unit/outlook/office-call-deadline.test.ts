/**
 * Every Office.js call is bounded (src/outlook/office-call.ts, call-deadlines.ts): a callback that
 * never comes — reported for getAttachmentContentAsync (office-js#5845, #4868, #5060),
 * attachment uploads (#1130, #3614) and saveAsync (#3382) — becomes an OfficeCallTimeout naming
 * the call; its slot is given back once; a late callback resolves nothing and frees nothing.
 * Deadlines are shortened through setCallTiming: nothing here measures speed.
 */
import { officeCall, OfficeCallError, OfficeCallTimeout, watchTimeouts, callsWaiting } from "../../../src/outlook/office-call";
import { officeCallSlots } from "../../../src/outlook/call-slots";
import { deadlineFor, resetCallTiming, setCallTiming, DEFAULT_CALL_TIMING } from "../../../src/outlook/call-deadlines";

type Cb<T> = (r: Office.AsyncResult<T>) => void;
const g = globalThis as unknown as { Office?: unknown };
const ok = <T>(value: T) => ({ status: "succeeded", value }) as unknown as Office.AsyncResult<T>;
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeAll(() => {
  g.Office = { AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" } };
});
afterAll(() => {
  delete g.Office;
});
beforeEach(() => setCallTiming({ smallCallMs: 40, bytesBaseMs: 40, bytesPerMiBMs: 0, bytesMaxMs: 40 }));
afterEach(() => resetCallTiming());

test("a call whose callback never comes rejects with a Timeout that names the call", async () => {
  const watch = watchTimeouts();
  const err = await officeCall<string>("sessionData.setAsync", () => undefined).catch((e: unknown) => e);
  watch.stop();
  expect(err).toBeInstanceOf(OfficeCallTimeout);
  expect(err).toBeInstanceOf(OfficeCallError);
  expect((err as OfficeCallError).officeName).toBe("Timeout");
  expect((err as OfficeCallError).call).toBe("sessionData.setAsync");
  expect((err as Error).message).toContain("sessionData.setAsync");
  expect(watch.calls).toEqual(["sessionData.setAsync"]);
  expect(callsWaiting()).toEqual([]);
});

test("three hung calls give their slots back at the deadline: a fourth call, queued behind them, runs and answers", async () => {
  const hung = [1, 2, 3].map(() => officeCall<void>("to.getAsync", () => undefined).catch((e: unknown) => e));
  let started = false;
  const fourth = officeCall<string>("subject.getAsync", (cb) => {
    started = true;
    setTimeout(() => cb(ok("件名")), 0);
  });
  expect(started).toBe(false); // all three slots taken
  expect(await fourth).toBe("件名");
  for (const e of await Promise.all(hung)) expect(e).toBeInstanceOf(OfficeCallTimeout);
  await tick();
  expect(officeCallSlots.inFlight).toBe(0);
});

test("a late callback after the deadline resolves nothing and frees no second slot", async () => {
  let late: Cb<string> | undefined;
  const settled: string[] = [];
  const p = officeCall<string>("getAttachmentContentAsync", (cb) => void (late = cb)).then(
    () => settled.push("resolved"),
    (e: unknown) => settled.push(e instanceof OfficeCallTimeout ? "timeout" : "other"),
  );
  await p;
  await tick();
  expect(officeCallSlots.inFlight).toBe(0);
  // Three calls now hold every slot; the late answer must not free one of theirs.
  const holders: Array<Cb<void>> = [];
  const held = [1, 2, 3].map(() => officeCall<void>("cc.getAsync", (cb) => void holders.push(cb)));
  expect(officeCallSlots.inFlight).toBe(3);
  late!(ok("late content"));
  late!(ok("and again"));
  await tick();
  expect(officeCallSlots.inFlight).toBe(3);
  expect(settled).toEqual(["timeout"]);
  holders.forEach((cb) => cb(ok(undefined)));
  await Promise.all(held);
});

test("an answer before the deadline wins: no Timeout afterwards", async () => {
  const watch = watchTimeouts();
  const value = await officeCall<string>("body.getAsync", (cb) => cb(ok("本文")));
  await new Promise((r) => setTimeout(r, 60)); // past the deadline of 40 ms
  watch.stop();
  expect(value).toBe("本文");
  expect(watch.calls).toEqual([]);
});

test("deadlines: small calls fixed; calls that move a file grow with its size, up to the cap", () => {
  resetCallTiming();
  const d = DEFAULT_CALL_TIMING;
  expect(deadlineFor("to.getAsync")).toBe(d.smallCallMs);
  expect(deadlineFor("getAttachmentContentAsync", 0)).toBe(d.bytesBaseMs);
  expect(deadlineFor("getAttachmentContentAsync", 5 * 1024 * 1024)).toBe(d.bytesBaseMs + 5 * d.bytesPerMiBMs);
  expect(deadlineFor("addFileAttachmentFromBase64Async", 25 * 1024 * 1024)).toBe(d.bytesMaxMs);
  // The whole Send answers well before Outlook's ~300 s, with room for a byte call and the failure path after it.
  expect(d.sendBudgetMs).toBeLessThan(300_000);
  expect(d.sendBudgetMs).toBeGreaterThanOrEqual(d.bytesMaxMs + 4 * d.smallCallMs);
});
