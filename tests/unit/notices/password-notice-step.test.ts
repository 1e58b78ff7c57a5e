/**
 * The real OnMessageSend handler on the simulated mailbox, with a PasswordNotice placed in the
 * item's session state the way attachment protection keeps it (issue 4's step is not in the tree
 * yet, so the tests store the notice themselves), and Graph pointed at the local server through
 * the loopback-only override.
 */
import { startHarness, type Harness } from "../outlook/send-harness";
import { startFakeGraph, type FakeGraph } from "../../tools/fake-graph-server";
import { makeRuntimeStorage } from "../../../src/playground/simulated-outlook";
import { NoticeQueue } from "../../../src/notices";
import { makeNotice } from "./notice-fixture";
import type { PasswordNotice } from "../../../src/core/notice/password-notice";

const CLIENT_ID = "11111111-2222-3333-4444-555555555555";
let h: Harness | undefined;
let graph: FakeGraph;
const g = globalThis as { fetch?: unknown; outboundGuardGraphOverride?: unknown };
const realFetch = g.fetch as typeof fetch;

beforeEach(async () => {
  graph = await startFakeGraph();
});
afterEach(async () => {
  h?.uninstall();
  h = undefined;
  delete g.outboundGuardGraphOverride;
  await graph.close();
});

function policy(passwordNotice: object, confirm = false) {
  return { internalDomains: ["example.co.jp"], external: { confirm }, passwordNotice };
}

function start(notice: PasswordNotice | undefined, pol: object, displayLanguage = "en-US"): Harness {
  const state = { confirmed: [], steps: notice ? { protectAttachments: { archiveName: notice.archiveName, passwordNotice: notice } } : {} };
  h = startHarness({ to: ["suzuki@partner.co.jp"], subject: "Quote", displayLanguage, sessionData: { "outboundGuard.state": JSON.stringify(state) } }, pol);
  // Policy requests go to the harness's stub; everything else (Graph) to the network.
  const policyStub = g.fetch as (url: string, init?: unknown) => Promise<unknown>;
  g.fetch = (url: string, init?: RequestInit) => (String(url).endsWith("/policy.json") ? policyStub(url) : realFetch(url, init));
  g.outboundGuardGraphOverride = { baseUrl: graph.baseUrl, token: graph.token };
  return h;
}

function queueOf(harness: Harness): NoticeQueue {
  const s = makeRuntimeStorage(harness.mailbox.runtimeStorage);
  return new NoticeQueue({ get: (k) => s.getItem(k), set: (k, v) => s.setItem(k, v), remove: (k) => s.removeItem(k) });
}

const fresh = () => makeNotice({}, Date.now());

test("graph mode, allowed Send: the notice goes to Graph deferred; the device keeps no password", async () => {
  const notice = fresh();
  const harness = start(notice, policy({ delivery: "graph", graph: { clientId: CLIENT_ID } }));
  const out = await harness.send();
  expect(out.allowed).toBe(true);
  expect(graph.messages).toHaveLength(1);
  expect(graph.messages[0].body.content).toContain(notice.password);
  // Addressed to the message's external recipients as it leaves (the fixture's second address is not on it).
  expect(graph.messages[0].toRecipients.map((r) => r.emailAddress.address)).toEqual(["suzuki@partner.co.jp"]);
  const entry = await queueOf(harness).get(notice.id);
  expect(entry?.status).toBe("scheduled");
  expect([...harness.mailbox.runtimeStorage.values()].join("\n")).not.toContain(notice.password);
  expect(JSON.stringify(out.sentMessage)).not.toContain(notice.password);
});

test("graph mode, Graph refuses (401): the message still leaves and the notice waits in the manual queue", async () => {
  const notice = fresh();
  const harness = start(notice, policy({ delivery: "graph", graph: { clientId: CLIENT_ID } }));
  graph.failNext("POST /v1.0/me/sendMail", { status: 401 });
  const out = await harness.send();
  expect(out.allowed).toBe(true);
  expect(graph.messages).toHaveLength(0);
  const [entry] = await queueOf(harness).waiting();
  expect(entry).toMatchObject({ id: notice.id, status: "pending", fallback: "unauthorized", password: notice.password });
});

test("graph mode without a clientId: manual queue, no Graph request", async () => {
  const notice = fresh();
  const harness = start(notice, policy({ delivery: "graph" }));
  expect((await harness.send()).allowed).toBe(true);
  expect(graph.requests).toHaveLength(0);
  expect((await queueOf(harness).waiting())[0]).toMatchObject({ status: "pending", fallback: "no_client_id" });
});

test("manual mode: queued, nothing to Graph", async () => {
  const notice = fresh();
  const harness = start(notice, policy({ delivery: "manual" }));
  expect((await harness.send()).allowed).toBe(true);
  expect(graph.requests).toHaveLength(0);
  expect((await queueOf(harness).waiting())[0]).toMatchObject({ status: "pending", password: notice.password });
});

test("a confirm stops the Send: the notice is only held (no password in the alert); Send again delivers it once", async () => {
  const notice = fresh();
  const harness = start(notice, policy({ delivery: "graph", graph: { clientId: CLIENT_ID } }, true), "ja-JP");
  const first = await harness.send();
  expect(first.allowed).toBe(false);
  expect(JSON.stringify(first.options)).not.toContain(notice.password);
  expect(graph.requests).toHaveLength(0);
  expect((await queueOf(harness).waiting())[0].status).toBe("held");

  const second = await harness.send();
  expect(second.allowed).toBe(true);
  expect(graph.messages).toHaveLength(1);
  expect(await queueOf(harness).waiting()).toEqual([]);
});

test("a held notice takes 'Send anyway' away (it would send without the handler, leaving the notice held): Send again delivers it", async () => {
  const notice = fresh();
  const harness = start(notice, policy({ delivery: "graph", graph: { clientId: CLIENT_ID } }, true));
  const out = await harness.send({ userChoice: "sendAnyway" });
  expect(out.allowed).toBe(false);
  expect(out.options?.sendModeOverride).toBeUndefined();
  expect(out.dialog?.buttons.join(" ")).not.toMatch(/Send Anyway/i);
  expect(graph.requests).toHaveLength(0);
  expect((await queueOf(harness).waiting())[0]).toMatchObject({ id: notice.id, status: "held" });
  const again = await harness.send();
  expect(again.allowed).toBe(true);
  expect(graph.messages).toHaveLength(1);
});

test("no notice in the session state: the step does nothing", async () => {
  const harness = start(undefined, policy({ delivery: "graph", graph: { clientId: CLIENT_ID } }));
  expect((await harness.send()).allowed).toBe(true);
  expect(graph.requests).toHaveLength(0);
  expect(await queueOf(harness).list()).toEqual([]);
});

test("the override is ignored for a non-loopback address: production always talks to graph.microsoft.com", async () => {
  const { graphOverride } = await import("../../../src/notices");
  expect(graphOverride({ outboundGuardGraphOverride: { baseUrl: "https://evil.example.com/v1.0", token: "t" } })).toBeUndefined();
  expect(graphOverride({ outboundGuardGraphOverride: { baseUrl: "http://127.0.0.1:9/v1.0/", token: "t" } })).toEqual({ baseUrl: "http://127.0.0.1:9/v1.0", token: "t" });
  expect(graphOverride({ outboundGuardGraphOverride: { baseUrl: "http://127.0.0.1.evil.com/v1.0" } })).toBeUndefined();
});

test("attachments.partners: the partner's noticeDelayMinutes, not passwordNotice.delayMinutes, sets Graph's deferred send time (issue 12)", async () => {
  // As the protect step composes it for this partner: sendAt = sent + 2 min.
  const notice = makeNotice({ sendAt: new Date(Date.now() + 2 * 60_000).toISOString() }, Date.now());
  const pol = {
    ...policy({ delivery: "graph", delayMinutes: 30, graph: { clientId: CLIENT_ID } }),
    attachments: { partners: { "partner.co.jp": { profile: "zipcrypto", noticeDelayMinutes: 2 } } },
  };
  const harness = start(notice, pol);
  const before = Date.now();
  expect((await harness.send()).allowed).toBe(true);
  const deferred = graph.messages[0].singleValueExtendedProperties.find((p) => p.id === "SystemTime 0x3FEF")!.value;
  const minutes = (Date.parse(deferred) - before) / 60_000;
  expect(minutes).toBeGreaterThan(1);
  expect(minutes).toBeLessThan(3);
});

describe("classic Outlook's DOM-less runtime cannot load the Graph sign-in (issue 11)", () => {
  // MSAL is a file of its own (graph-sign-in.js) that only a runtime with a document can load;
  // classic Outlook on Windows runs the handler as one file without a DOM (office-js#3963).
  test("graph mode with a clientId but no way to load the sign-in: no Graph request, the notice waits in the task pane with the reason", async () => {
    const notice = fresh();
    const harness = start(notice, policy({ delivery: "graph", graph: { clientId: CLIENT_ID } }));
    delete g.outboundGuardGraphOverride; // real Graph: jest, like that runtime, has no document
    expect((await harness.send()).allowed).toBe(true);
    expect(graph.requests).toHaveLength(0);
    const [entry] = await queueOf(harness).waiting();
    expect(entry).toMatchObject({ id: notice.id, status: "pending", fallback: "signin_unavailable", password: notice.password });
  });

  test("the alert line and the task pane's reason say so in English and Japanese", async () => {
    const { reportLines } = await import("../../../src/launchevent/steps/password-notice-step");
    const { fallbackReasonText } = await import("../../../src/notices");
    const report = { kind: "queued" as const, fallback: "signin_unavailable" as const };
    expect(reportLines("en", report)[0]).toContain("classic Outlook on Windows cannot sign in to Microsoft Graph while sending");
    expect(reportLines("en", report)[0]).toContain("Create password email");
    expect(reportLines("ja", report)[0]).toContain("Windows 版のクラシック Outlook は送信中に Microsoft Graph へサインインできません");
    expect(fallbackReasonText("ja", "signin_unavailable")).not.toBe(fallbackReasonText("en", "signin_unavailable"));
  });

  test("graphPortFor: the loopback override still wins (playground, tests); with a document the port signs in through the lazily loaded MSAL", async () => {
    const { graphPortFor, GRAPH_BASE_URL } = await import("../../../src/notices");
    const fetchStub = (async () => ({})) as never;
    expect(graphPortFor({ clientId: CLIENT_ID }, fetchStub, { global: {} })).toEqual({ unavailable: "signin_unavailable" });
    const withDocument = graphPortFor({ clientId: CLIENT_ID }, fetchStub, { global: { document: { createElement() {} } } });
    expect("unavailable" in withDocument ? withDocument : { baseUrl: withDocument.baseUrl, getToken: typeof withDocument.getToken }).toEqual({ baseUrl: GRAPH_BASE_URL, getToken: "function" });
    const override = graphPortFor({ clientId: CLIENT_ID }, fetchStub, { global: { outboundGuardGraphOverride: { baseUrl: "http://127.0.0.1:9/v1.0", token: "t" } } });
    expect("unavailable" in override ? override : override.baseUrl).toBe("http://127.0.0.1:9/v1.0");
  });
});
