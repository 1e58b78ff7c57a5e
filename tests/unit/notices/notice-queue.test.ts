import { makeRuntimeStorage } from "../../../src/playground/simulated-outlook";
import { ENTRY_PREFIX, INDEX_KEY, NoticeQueue, NoticeQueueError, type KeyValueStore } from "../../../src/notices";
import { fakeClock, makeNotice, T0 } from "./notice-fixture";

function memory(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, get: async (k) => map.get(k) ?? null, set: async (k, v) => void map.set(k, v), remove: async (k) => void map.delete(k) };
}

/** OfficeRuntime.storage as the simulated Outlook has it (asynchronous, 10 MB, shared by runtimes). */
function runtimeStorage(map = new Map<string, string>()): KeyValueStore & { map: Map<string, string> } {
  const s = makeRuntimeStorage(map);
  return { map, get: (k) => s.getItem(k), set: (k, v) => s.setItem(k, v), remove: (k) => s.removeItem(k) };
}

describe.each([
  ["in-memory store", memory],
  ["simulated OfficeRuntime.storage", () => runtimeStorage()],
])("notice queue over %s", (_name, makeStore) => {
  test("pending keeps the password; sent forgets it and is final", async () => {
    const store = makeStore();
    const clock = fakeClock();
    const q = new NoticeQueue(store, { now: clock.now });
    const n = makeNotice();
    await q.put(n, "pending");
    const [entry] = await q.waiting();
    expect(entry).toMatchObject({ id: n.id, status: "pending", password: n.password, to: n.to, subject: n.subject, archiveName: "attachments.zip" });
    expect(entry.queuedAt).toBe(new Date(T0).toISOString());

    await q.markSent(n.id);
    expect(await q.waiting()).toEqual([]);
    const sent = await q.get(n.id);
    expect(sent?.status).toBe("sent");
    expect(sent?.password).toBeUndefined();
    expect(sent?.body).toBeUndefined();
    expect([...store.map.values()].join("\n")).not.toContain(n.password);

    // A later put (the same item sent again) never revives it: never sent twice.
    const again = await q.put(n, "pending");
    expect(again.status).toBe("sent");
    expect(await q.waiting()).toEqual([]);
  });

  test("discard forgets the password; discarding twice is harmless; an unknown id is a clear error", async () => {
    const store = makeStore();
    const q = new NoticeQueue(store);
    const n = makeNotice();
    await q.put(n, "held");
    await q.discard(n.id);
    await q.discard(n.id);
    expect((await q.get(n.id))?.status).toBe("discarded");
    await expect(q.markSent(n.id)).rejects.toThrow(/already discarded/);
    await expect(q.markSent("nope")).rejects.toBeInstanceOf(NoticeQueueError);
  });

  test("scheduled keeps no password; it reads as sent once its send time has passed", async () => {
    const store = makeStore();
    const clock = fakeClock();
    const q = new NoticeQueue(store, { now: clock.now });
    const n = makeNotice();
    await q.put(n, "scheduled");
    expect((await q.list())[0]).toMatchObject({ status: "scheduled" });
    expect([...store.map.values()].join("\n")).not.toContain(n.password);
    clock.advance(11 * 60_000);
    expect((await q.list())[0]).toMatchObject({ status: "sent" });
  });

  test("expiry: after 7 days a notice leaves the list, and prune removes it from the store", async () => {
    const store = makeStore();
    const clock = fakeClock();
    const q = new NoticeQueue(store, { now: clock.now });
    const old = makeNotice();
    await q.put(old, "pending");
    clock.advance(6 * 24 * 3600_000);
    const fresh = makeNotice({ expiresAt: new Date(clock.now() + 7 * 24 * 3600_000).toISOString() });
    await q.put(fresh, "pending");
    expect((await q.waiting()).map((e) => e.id)).toEqual([old.id, fresh.id]);
    clock.advance(24 * 3600_000 + 1);
    expect((await q.waiting()).map((e) => e.id)).toEqual([fresh.id]);
    expect(await q.prune()).toBe(1);
    expect(store.map.has(ENTRY_PREFIX + old.id)).toBe(false);
    expect(JSON.parse(store.map.get(INDEX_KEY) ?? "[]")).toEqual([fresh.id]);
  });

  test("a corrupt entry or index never throws; the other entries still list", async () => {
    const store = makeStore();
    const q = new NoticeQueue(store, { now: () => T0 });
    const n = makeNotice();
    await q.put(n, "pending");
    await store.set(ENTRY_PREFIX + "bad", "{not json");
    await store.set(INDEX_KEY, JSON.stringify([n.id, "bad", 42]));
    expect((await q.waiting()).map((e) => e.id)).toEqual([n.id]);
  });
});

describe("two runtimes writing the same store", () => {
  test("the handler and the task pane adding at the same moment: neither notice is lost", async () => {
    const shared = new Map<string, string>();
    // Two runtimes: separate queue objects (no shared in-memory lock), one OfficeRuntime.storage.
    const handler = new NoticeQueue(runtimeStorage(shared), { now: () => T0 });
    const pane = new NoticeQueue(runtimeStorage(shared), { now: () => T0 });
    const notices = Array.from({ length: 12 }, () => makeNotice());
    await Promise.all(notices.map((n, i) => (i % 2 ? handler : pane).put(n, "pending")));
    const listed = (await handler.waiting()).map((e) => e.id).sort();
    expect(listed).toEqual(notices.map((n) => n.id).sort());
  });

  test("the task pane marks sent while the handler sends the same item again: sent wins, no second copy", async () => {
    const shared = new Map<string, string>();
    const handler = new NoticeQueue(runtimeStorage(shared), { now: () => T0 });
    const pane = new NoticeQueue(runtimeStorage(shared), { now: () => T0 });
    const n = makeNotice();
    await handler.put(n, "pending");
    await pane.markSent(n.id);
    await handler.put(n, "pending");
    expect((await pane.get(n.id))?.status).toBe("sent");
    expect(await pane.waiting()).toEqual([]);
  });
});
