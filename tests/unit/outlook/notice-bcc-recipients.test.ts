/**
 * BCC omission "fix" together with attachment protection, through the real handler on the
 * simulated mailbox: the external recipients are moved to BCC at the first Send, so the password
 * notice must reach them too — in BCC, so that they cannot see each other on it either.
 */
import { addresses, type Harness } from "./send-harness";
import { fileAttachment, startProtectHarness } from "./protect-harness";
import { startFakeGraph, type FakeGraph } from "../../tools/fake-graph-server";
import { makeRuntimeStorage } from "../../../src/playground/simulated-outlook";
import { NoticeQueue } from "../../../src/notices";

const SENDER = "taro@example.co.jp";
const policy = (passwordNotice: object) => ({
  internalDomains: ["example.co.jp"],
  external: { confirm: false },
  personalData: { action: "off" },
  attachments: { protect: "external" },
  misdirection: { bccOmission: { action: "fix" } },
  passwordNotice: { delayMinutes: 10, to: "recipients", ...passwordNotice },
});

let h: Harness | undefined;
let graph: FakeGraph | undefined;
const g = globalThis as { fetch?: unknown; outboundGuardGraphOverride?: unknown };
const realFetch = g.fetch as typeof fetch;
afterEach(async () => {
  h?.uninstall();
  h = undefined;
  delete g.outboundGuardGraphOverride;
  await graph?.close();
  graph = undefined;
});

function start(passwordNotice: object): Harness {
  h = startProtectHarness(
    {
      to: ["a@orga.com", "b@orgb.com"],
      subject: "Quote",
      body: "Please find the quote attached.",
      displayLanguage: "en-US",
      attachments: [fileAttachment({ name: "quote.txt", bytes: new TextEncoder().encode("price list 42") })],
    },
    policy(passwordNotice),
  );
  return h;
}

function queueOf(harness: Harness): NoticeQueue {
  const s = makeRuntimeStorage(harness.mailbox.runtimeStorage);
  return new NoticeQueue({ get: (k) => s.getItem(k), set: (k, v) => s.setItem(k, v), remove: (k) => s.removeItem(k) });
}

test("manual: the held notice (first Send) and the queued one (second Send) name the sender in To and the moved recipients in BCC", async () => {
  const harness = start({ delivery: "manual" });
  const first = await harness.send();
  expect(first.allowed).toBe(false);
  expect(addresses(harness.mailbox.item.bcc).sort()).toEqual(["a@orga.com", "b@orgb.com"]);
  const [held] = await queueOf(harness).waiting();
  expect(held.status).toBe("held");
  // If the sender sends it from the task pane now ("Send anyway"), nobody sees the others.
  expect(held.to).toEqual([SENDER]);
  expect([...(held.bcc ?? [])].sort()).toEqual(["a@orga.com", "b@orgb.com"]);

  const second = await harness.send();
  expect(second.allowed).toBe(true);
  const waiting = await queueOf(harness).waiting();
  expect(waiting).toHaveLength(1);
  expect(waiting[0]).toMatchObject({ status: "pending", to: [SENDER] });
  expect([...(waiting[0].bcc ?? [])].sort()).toEqual(["a@orga.com", "b@orgb.com"]);
});

test("graph: the request puts the external recipients in bccRecipients, the sender in toRecipients", async () => {
  graph = await startFakeGraph();
  const harness = start({ delivery: "graph", graph: { clientId: "11111111-2222-3333-4444-555555555555" } });
  const policyStub = g.fetch as (url: string) => Promise<unknown>;
  g.fetch = (url: string, init?: RequestInit) => (String(url).endsWith("/policy.json") ? policyStub(url) : realFetch(url, init));
  g.outboundGuardGraphOverride = { baseUrl: graph.baseUrl, token: graph.token };

  expect((await harness.send()).allowed).toBe(false);
  expect((await harness.send()).allowed).toBe(true);
  const posts = graph.requests.filter((r) => r.method === "POST" && r.path === "/v1.0/me/sendMail");
  expect(posts).toHaveLength(1);
  const message = (posts[0].body as { message: { toRecipients: unknown; bccRecipients?: Array<{ emailAddress: { address: string } }> } }).message;
  expect(message.toRecipients).toEqual([{ emailAddress: { address: SENDER } }]);
  expect((message.bccRecipients ?? []).map((r) => r.emailAddress.address).sort()).toEqual(["a@orga.com", "b@orgb.com"]);
});

test("passwordNotice.to = sender keeps sending to the sender only", async () => {
  const harness = start({ delivery: "manual", to: "sender" });
  await harness.send();
  await harness.send();
  const [entry] = await queueOf(harness).waiting();
  expect(entry.to).toEqual([SENDER]);
  expect(entry.bcc ?? []).toEqual([]);
});
