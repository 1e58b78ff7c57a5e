/**
 * The Graph path against the local Graph-compatible server: the exact request, Graph's retry
 * rules, and the fallback to the manual queue on every failure — never lost, never sent twice.
 */
import { startFakeGraph, type FakeGraph } from "../../tools/fake-graph-server";
import { deliverNotice, NoticeQueue, NOTICE_ID_PROPERTY_ID, type GraphPort, type KeyValueStore } from "../../../src/notices";
import { fakeClock, makeNotice, T0 } from "./notice-fixture";

let graph: FakeGraph;
beforeEach(async () => {
  graph = await startFakeGraph();
});
afterEach(() => graph.close());

function memory(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, get: async (k) => map.get(k) ?? null, set: async (k, v) => void map.set(k, v), remove: async (k) => void map.delete(k) };
}

function setup(overrides: Partial<GraphPort> = {}) {
  const clock = fakeClock();
  const store = memory();
  const queue = new NoticeQueue(store, { now: clock.now });
  const port: GraphPort = {
    baseUrl: graph.baseUrl,
    getToken: async () => graph.token,
    fetch: (url, init) => fetch(url, init),
    clock,
    budgetMs: 4000,
    ...overrides,
  };
  const deliver = (n = notice, allowed = true) => deliverNotice(n, queue, { allowed, delivery: "graph", delayMinutes: 10, graph: port, now: clock.now });
  const notice = makeNotice();
  return { clock, store, queue, port, notice, deliver };
}

const sendMails = () => graph.requests.filter((r) => r.method === "POST" && r.path === "/v1.0/me/sendMail");

test("the exact request: POST /me/sendMail, recipients, subject, body with the password, no attachment, deferred send time in UTC", async () => {
  const { notice, deliver, store } = setup();
  const report = await deliver();
  expect(report).toEqual({ kind: "scheduled", sendAt: "2025-04-01T00:10:00.000Z", replaced: false });
  const [req] = sendMails();
  expect(req.headers.authorization).toBe(`Bearer ${graph.token}`);
  expect(req.headers["content-type"]).toBe("application/json");
  expect(req.body).toEqual({
    message: {
      subject: notice.subject,
      body: { contentType: "Text", content: notice.body },
      toRecipients: [{ emailAddress: { address: "suzuki@partner.co.jp" } }, { emailAddress: { address: "b@partner.co.jp" } }],
      singleValueExtendedProperties: [
        { id: "SystemTime 0x3FEF", value: "2025-04-01T00:10:00Z" },
        { id: NOTICE_ID_PROPERTY_ID, value: notice.id },
      ],
    },
    saveToSentItems: true,
  });
  expect((req.body as { message: { body: { content: string } } }).message.body.content).toContain(notice.password);
  expect(Object.keys((req.body as { message: object }).message)).not.toContain("attachments");
  expect(req.rawBody).not.toContain("contentBytes");
  expect(graph.messages).toHaveLength(1);
  // Graph has it: the device keeps no password.
  expect([...store.map.values()].join("\n")).not.toContain(notice.password);
});

test("a notice whose send time has passed is deferred by delayMinutes from now, never into the past", async () => {
  const { notice, deliver, clock } = setup();
  clock.advance(60 * 60_000);
  await deliver();
  const prop = (sendMails()[0].body as { message: { singleValueExtendedProperties: Array<{ id: string; value: string }> } }).message.singleValueExtendedProperties[0];
  expect(prop.value).toBe("2025-04-01T01:10:00Z");
  expect(Date.parse(prop.value)).toBeGreaterThan(Date.parse(notice.sendAt));
});

test("429 with Retry-After: waits exactly that long, then succeeds; one message", async () => {
  const { deliver, clock } = setup();
  graph.failNext("POST /v1.0/me/sendMail", { status: 429, retryAfter: "2" });
  const report = await deliver();
  expect(report.kind).toBe("scheduled");
  expect(clock.sleeps).toEqual([2000]);
  expect(sendMails()).toHaveLength(2);
  expect(graph.messages).toHaveLength(1);
});

test("503 is retried (not processed); the backoff stays inside the budget", async () => {
  const { deliver, clock } = setup();
  graph.failNext("POST /v1.0/me/sendMail", { status: 503 }, { status: 503, retryAfter: "1" });
  expect((await deliver()).kind).toBe("scheduled");
  expect(clock.sleeps).toEqual([500, 1000]);
  expect(graph.messages).toHaveLength(1);
});

type Case = [string, (ctx: ReturnType<typeof setup>) => void | Promise<void>, string, boolean];
const failures: Case[] = [
  ["401 (token refused)", () => graph.failNext("POST /v1.0/me/sendMail", { status: 401, code: "InvalidAuthenticationToken" }), "unauthorized", false],
  ["401 from a wrong token", (c) => void (c.port.getToken = async () => "expired"), "unauthorized", false],
  ["403 (no Mail.Send consent)", () => void graph.granted.delete("Mail.Send"), "forbidden", false],
  ["429 whose Retry-After passes the budget", () => graph.failNext("POST /v1.0/me/sendMail", { status: 429, retryAfter: "30" }), "throttled", false],
  ["429 every time", () => graph.failNext("POST /v1.0/me/sendMail", ...Array(6).fill({ status: 429, retryAfter: "1" })), "throttled", false],
  ["503 every time", () => graph.failNext("POST /v1.0/me/sendMail", ...Array(6).fill({ status: 503, retryAfter: "1" })), "server_error", false],
  ["500 (may have been processed)", () => graph.failNext("POST /v1.0/me/sendMail", { status: 500, code: "InternalServerError" }), "uncertain", true],
  ["504 (may have been processed)", () => graph.failNext("POST /v1.0/me/sendMail", { status: 504, code: "GatewayTimeout" }), "uncertain", true],
  ["400 (rejected)", () => graph.failNext("POST /v1.0/me/sendMail", { status: 400, code: "ErrorInvalidRecipients" }), "rejected", false],
  ["connection dropped", () => graph.failNext("POST /v1.0/me/sendMail", { drop: true }), "unreachable", false],
  ["nothing listening", async (c) => {
    const closed = await startFakeGraph();
    await closed.close();
    c.port.baseUrl = closed.baseUrl;
  }, "unreachable", false],
  ["no token (NAA silent failed)", (c) => void (c.port.getToken = async () => { throw new Error("InteractionRequired"); }), "no_token", false],
  ["an empty token", (c) => void (c.port.getToken = async () => ""), "no_token", false],
];

test.each(failures)("%s → the manual queue, with the password, never sent twice", async (_name, arrange, reason, uncertain) => {
  const ctx = setup();
  await arrange(ctx);
  const report = await ctx.deliver();
  expect(report).toEqual({ kind: "queued", fallback: reason, uncertain });
  const [entry] = await ctx.queue.waiting();
  expect(entry).toMatchObject({ id: ctx.notice.id, status: "pending", fallback: reason, password: ctx.notice.password });
  expect(graph.messages.length).toBeLessThanOrEqual(1);
  expect(sendMails().length).toBeLessThanOrEqual(4);
  // The same item sent again: the pending notice is the person's to send — Graph is not asked again.
  const before = graph.requests.length;
  expect(await ctx.deliver()).toEqual({ kind: "unchanged", status: "pending" });
  expect(graph.requests.length).toBe(before);
});

test("missing clientId: manual queue with the reason, no request", async () => {
  const ctx = setup();
  const report = await deliverNotice(ctx.notice, ctx.queue, { allowed: true, delivery: "graph", delayMinutes: 10, graph: { unavailable: "no_client_id" }, now: ctx.clock.now });
  expect(report).toEqual({ kind: "queued", fallback: "no_client_id" });
  expect((await ctx.queue.waiting())[0].password).toBe(ctx.notice.password);
  expect(graph.requests).toHaveLength(0);
});

test("not allowed yet (confirm): held on the device, nothing sent; the allowed Send then schedules it", async () => {
  const ctx = setup();
  expect(await ctx.deliver(ctx.notice, false)).toEqual({ kind: "held" });
  expect(graph.requests).toHaveLength(0);
  expect((await ctx.queue.waiting())[0]).toMatchObject({ status: "held", password: ctx.notice.password });
  expect((await ctx.deliver()).kind).toBe("scheduled");
  expect(await ctx.queue.waiting()).toEqual([]);
  expect(graph.messages).toHaveLength(1);
});

test("the same item sent again while its notice waits in Graph: the waiting copy is deleted, one new copy is scheduled", async () => {
  const ctx = setup();
  await ctx.deliver();
  ctx.clock.advance(2 * 60_000);
  const report = await ctx.deliver();
  expect(report).toEqual({ kind: "scheduled", sendAt: "2025-04-01T00:12:00.000Z", replaced: true });
  const live = graph.messages.filter((m) => !m.deletedPermanently);
  expect(graph.messages).toHaveLength(2);
  expect(live).toHaveLength(1);
  expect(graph.requests.some((r) => r.method === "GET" && r.query.get("$filter")?.includes(ctx.notice.id))).toBe(true);
  expect(graph.requests.some((r) => r.path.endsWith("/permanentDelete"))).toBe(true);
});

test("sent again but cancelling is not permitted (no Mail.ReadWrite): the first copy stays, no second copy", async () => {
  const ctx = setup();
  await ctx.deliver();
  graph.granted.delete("Mail.ReadWrite");
  ctx.clock.advance(60_000);
  expect(await ctx.deliver()).toEqual({ kind: "unchanged", status: "scheduled", cancelFailed: "forbidden" });
  expect(graph.messages).toHaveLength(1);
  expect(sendMails()).toHaveLength(1);
});

test("sent again too close to the send time: nothing is cancelled or sent", async () => {
  const ctx = setup();
  await ctx.deliver();
  ctx.clock.advance(9.5 * 60_000);
  expect(await ctx.deliver()).toEqual({ kind: "unchanged", status: "scheduled" });
  expect(sendMails()).toHaveLength(1);
});

test("a runtime cut off while Graph answers leaves an honest entry: pending, marked uncertain", async () => {
  const ctx = setup();
  let release: () => void = () => undefined;
  ctx.port.fetch = () => new Promise((_resolve, reject) => (release = () => reject(new Error("cut"))));
  const running = ctx.deliver();
  await new Promise((r) => setTimeout(r, 20));
  expect((await ctx.queue.get(ctx.notice.id))).toMatchObject({ status: "pending", uncertain: true, fallback: "uncertain", password: ctx.notice.password });
  release();
  await running;
});

test("a store that fails before Graph still lets Graph deliver; a store that always fails reports store_failed in manual mode", async () => {
  const broken: KeyValueStore = { get: async () => null, set: async () => { throw new Error("quota"); }, remove: async () => undefined };
  const clock = fakeClock();
  const queue = new NoticeQueue(broken, { now: clock.now });
  const port: GraphPort = { baseUrl: graph.baseUrl, getToken: async () => graph.token, fetch: (u, i) => fetch(u, i), clock, budgetMs: 4000 };
  const notice = makeNotice();
  expect((await deliverNotice(notice, queue, { allowed: true, delivery: "graph", delayMinutes: 10, graph: port, now: clock.now })).kind).toBe("scheduled");
  expect(await deliverNotice(makeNotice(), queue, { allowed: true, delivery: "manual", delayMinutes: 10, graph: port, now: clock.now })).toEqual({ kind: "store_failed" });
  expect(T0).toBe(clock.now());
});
