/**
 * A held notice (the Send stopped to confirm) that the person discards or marks as sent in the task
 * pane while the message has NOT left: the next allowed Send of that item must still deliver the
 * password — a handler run proves the message had not gone. A notice that really went (sent or
 * scheduled after the message was allowed) is never sent a second time.
 */
import { startFakeGraph, type FakeGraph } from "../../tools/fake-graph-server";
import { deliverNotice, NoticeQueue, type GraphPort, type KeyValueStore } from "../../../src/notices";
import { fakeClock, makeNotice } from "./notice-fixture";
import { startHarness, type Harness } from "../outlook/send-harness";
import { makeRuntimeStorage } from "../../../src/playground/simulated-outlook";

function memory(): KeyValueStore {
  const map = new Map<string, string>();
  return { get: async (k) => map.get(k) ?? null, set: async (k, v) => void map.set(k, v), remove: async (k) => void map.delete(k) };
}

let graph: FakeGraph;
beforeEach(async () => {
  graph = await startFakeGraph();
});
afterEach(() => graph.close());

function setup(delivery: "graph" | "manual") {
  const clock = fakeClock();
  const queue = new NoticeQueue(memory(), { now: clock.now });
  const port: GraphPort = { baseUrl: graph.baseUrl, getToken: async () => graph.token, fetch: (u, i) => fetch(u, i), clock, budgetMs: 4000 };
  const notice = makeNotice();
  const deliver = (allowed: boolean) => deliverNotice(notice, queue, { allowed, delivery, delayMinutes: 10, graph: port, now: clock.now });
  return { queue, notice, deliver };
}

describe.each([["discard"], ["markSent"]] as const)("held, then %s in the task pane, then the allowed Send", (settle) => {
  test("manual mode: the password waits in the queue again", async () => {
    const { queue, notice, deliver } = setup("manual");
    expect(await deliver(false)).toEqual({ kind: "held" });
    await queue[settle](notice.id);
    expect(await queue.waiting()).toEqual([]);

    expect((await deliver(true)).kind).toBe("queued");
    const waiting = await queue.waiting();
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ status: "pending", password: notice.password, to: notice.to, subject: notice.subject });
    // The same item sent again later: that copy is not duplicated.
    expect(await deliver(true)).toMatchObject({ kind: "unchanged", status: "pending" });
    expect(await queue.waiting()).toHaveLength(1);
  });

  test("graph mode: Graph schedules it once", async () => {
    const { queue, notice, deliver } = setup("graph");
    await deliver(false);
    await queue[settle](notice.id);
    expect((await deliver(true)).kind).toBe("scheduled");
    expect(graph.messages).toHaveLength(1);
    expect(graph.messages[0].body.content).toContain(notice.password);
  });

  test("held again (a second confirm): it is offered again as held, not lost", async () => {
    const { queue, notice, deliver } = setup("manual");
    await deliver(false);
    await queue[settle](notice.id);
    expect(await deliver(false)).toEqual({ kind: "held" });
    expect((await queue.waiting())[0]).toMatchObject({ status: "held", password: notice.password });
  });
});

test("a notice that really went is never sent again: marked sent after it was pending", async () => {
  const { queue, notice, deliver } = setup("manual");
  await deliver(true);
  await queue.markSent(notice.id);
  expect(await deliver(true)).toEqual({ kind: "unchanged", status: "sent" });
  expect(await queue.waiting()).toEqual([]);
});

test("a Graph notice scheduled after an allowed Send is not duplicated by a discard-while-held rule", async () => {
  const { queue, notice, deliver } = setup("graph");
  await deliver(false);
  expect((await deliver(true)).kind).toBe("scheduled");
  await queue.discard(notice.id); // its Graph copy was cancelled by the person: final, and not re-sent
  expect(await deliver(true)).toEqual({ kind: "unchanged", status: "discarded" });
  expect(graph.messages).toHaveLength(1);
});

describe("through the real handler on the simulated mailbox", () => {
  let h: Harness | undefined;
  afterEach(() => {
    h?.uninstall();
    h = undefined;
  });

  test("first Send confirms (held); the held notice is discarded in the pane; the allowed Send queues the password", async () => {
    const notice = makeNotice({}, Date.now());
    const state = { confirmed: [], steps: { protectAttachments: { passwordNotice: notice } } };
    h = startHarness(
      { to: ["suzuki@partner.co.jp"], subject: "Quote", displayLanguage: "en-US", sessionData: { "outboundGuard.state": JSON.stringify(state) } },
      { internalDomains: ["example.co.jp"], external: { confirm: true }, passwordNotice: { delivery: "manual" } },
    );
    const s = makeRuntimeStorage(h.mailbox.runtimeStorage);
    const queue = new NoticeQueue({ get: (k) => s.getItem(k), set: (k, v) => s.setItem(k, v), remove: (k) => s.removeItem(k) });

    expect((await h.send()).allowed).toBe(false);
    expect((await queue.waiting())[0]).toMatchObject({ id: notice.id, status: "held" });
    await queue.discard(notice.id);

    const second = await h.send();
    expect(second.allowed).toBe(true);
    const waiting = await queue.waiting();
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ status: "pending", password: notice.password });
    expect(second.options?.errorMessage ?? "").not.toContain(notice.password);
  });
});
