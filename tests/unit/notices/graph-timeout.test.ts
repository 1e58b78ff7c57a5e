/**
 * Graph delivery inside its time budget even when nothing answers: a token call that never
 * resolves, a fetch that never resolves, a body that never arrives. The Send handler must not wait
 * until Outlook cuts it off; the notice falls back to the manual queue with the right reason —
 * "uncertain" (never resent automatically) once the POST may have reached Graph.
 */
import { deliverNotice, NoticeQueue, realClock, SEND_BUDGET_MS, type GraphPort, type KeyValueStore } from "../../../src/notices";
import { makeNotice } from "./notice-fixture";
import { startHarness, type Harness } from "../outlook/send-harness";
import { makeRuntimeStorage } from "../../../src/playground/simulated-outlook";

const BUDGET = 300;
const SLACK = 400;
const never = <T>() => new Promise<T>(() => undefined);

function memory(): KeyValueStore {
  const map = new Map<string, string>();
  return { get: async (k) => map.get(k) ?? null, set: async (k, v) => void map.set(k, v), remove: async (k) => void map.delete(k) };
}

function setup(port: Partial<GraphPort>) {
  const queue = new NoticeQueue(memory());
  let fetches = 0;
  const full: GraphPort = {
    baseUrl: "http://127.0.0.1:9/v1.0",
    getToken: async () => "token",
    fetch: () => {
      fetches++;
      return never();
    },
    clock: realClock,
    budgetMs: BUDGET,
    ...port,
  };
  const notice = makeNotice({}, Date.now());
  const deliver = async () => {
    const started = Date.now();
    const report = await deliverNotice(notice, queue, { allowed: true, delivery: "graph", delayMinutes: 10, graph: full });
    return { report, ms: Date.now() - started };
  };
  return { queue, notice, deliver, fetches: () => fetches };
}

test("a fetch that never answers: back within the budget, queued as uncertain (the POST may have arrived), never resent", async () => {
  const ctx = setup({});
  const { report, ms } = await ctx.deliver();
  expect(ms).toBeLessThan(BUDGET + SLACK);
  expect(report).toEqual({ kind: "queued", fallback: "uncertain", uncertain: true });
  expect(await ctx.queue.get(ctx.notice.id)).toMatchObject({ status: "pending", fallback: "uncertain", uncertain: true, password: ctx.notice.password });
  expect(ctx.fetches()).toBe(1);
  // The same item sent again: the uncertain notice is the person's to check, Graph is not asked again.
  expect((await ctx.deliver()).report).toEqual({ kind: "unchanged", status: "pending" });
  expect(ctx.fetches()).toBe(1);
}, 5000);

test("a token call that never answers: back within the budget, queued as no_token, nothing posted", async () => {
  const ctx = setup({ getToken: () => never() });
  const { report, ms } = await ctx.deliver();
  expect(ms).toBeLessThan(BUDGET + SLACK);
  expect(report).toEqual({ kind: "queued", fallback: "no_token", uncertain: false });
  expect(await ctx.queue.get(ctx.notice.id)).toMatchObject({ status: "pending", fallback: "no_token", password: ctx.notice.password });
  expect((await ctx.queue.get(ctx.notice.id))?.uncertain).toBeFalsy();
  expect(ctx.fetches()).toBe(0);
}, 5000);

test("Graph accepted the POST (202) but its body never arrives: scheduled, within the budget", async () => {
  const ctx = setup({ fetch: async () => ({ status: 202, headers: { get: () => null }, text: () => never<string>() }) });
  const { report, ms } = await ctx.deliver();
  expect(ms).toBeLessThan(BUDGET + SLACK);
  expect(report.kind).toBe("scheduled");
}, 5000);

test("sent again while its copy waits in Graph, and the cancel lookup hangs: cancel and send share one budget", async () => {
  let hang = false;
  const ctx = setup({
    fetch: async (url) => {
      if (hang) return never();
      return { status: url.endsWith("/sendMail") ? 202 : 200, headers: { get: () => null }, text: async () => "" };
    },
  });
  expect((await ctx.deliver()).report.kind).toBe("scheduled");
  hang = true;
  const { report, ms } = await ctx.deliver();
  expect(ms).toBeLessThan(BUDGET + SLACK);
  // Not cancelled: the first copy stays, and no second one is made.
  expect(report).toEqual({ kind: "unchanged", status: "scheduled", cancelFailed: "unreachable" });
}, 5000);

describe("through the real handler", () => {
  let h: Harness | undefined;
  const g = globalThis as { fetch?: unknown; outboundGuardGraphOverride?: unknown };
  afterEach(() => {
    h?.uninstall();
    h = undefined;
    delete g.outboundGuardGraphOverride;
  });

  test("Graph never answers: the Send still completes within the step's budget, the notice waits in the manual queue as uncertain", async () => {
    const notice = makeNotice({}, Date.now());
    const state = { confirmed: [], steps: { protectAttachments: { passwordNotice: notice } } };
    h = startHarness(
      { to: ["suzuki@partner.co.jp"], subject: "Quote", displayLanguage: "en-US", sessionData: { "outboundGuard.state": JSON.stringify(state) } },
      { internalDomains: ["example.co.jp"], external: { confirm: false }, passwordNotice: { delivery: "graph", graph: { clientId: "11111111-2222-3333-4444-555555555555" } } },
    );
    const policyStub = g.fetch as (url: string) => Promise<unknown>;
    let graphCalls = 0;
    g.fetch = (url: string) => {
      if (String(url).endsWith("/policy.json")) return policyStub(url);
      graphCalls++;
      return never();
    };
    g.outboundGuardGraphOverride = { baseUrl: "http://127.0.0.1:9/v1.0", token: "t" };

    const started = Date.now();
    const out = await h.send();
    const ms = Date.now() - started;
    expect(out.allowed).toBe(true);
    expect(graphCalls).toBe(1);
    expect(ms).toBeLessThan(SEND_BUDGET_MS + 1500);
    const s = makeRuntimeStorage(h.mailbox.runtimeStorage);
    const queue = new NoticeQueue({ get: (k) => s.getItem(k), set: (k, v) => s.setItem(k, v), remove: (k) => s.removeItem(k) });
    expect(await queue.get(notice.id)).toMatchObject({ status: "pending", fallback: "uncertain", uncertain: true, password: notice.password });
  }, 10000);
});
