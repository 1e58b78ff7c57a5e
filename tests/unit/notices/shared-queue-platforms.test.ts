/**
 * The password must survive on every client: the Send handler writes the notice, and a SEPARATE
 * task-pane runtime (its own Office namespace, its own roamingSettings copy, its own stores) reads
 * it — on each simulated client. Classic Outlook on Windows: no OfficeRuntime.storage in the task
 * pane, no localStorage in the handler (office-js #3312, #6106, #2177); OWA / new Outlook: the
 * handler's localStorage is denied (#2177); Mac: no shared store documented. Only the mailbox's
 * roamingSettings reaches both (office-js #5452), loaded once per runtime (Office.RoamingSettings
 * docs: "initialized from the persisted storage only when the add-in is first loaded").
 */
import { NoticeQueue, MAX_SHARED_FINAL, MAX_SHARED_WAITING, deliverNotice, ENTRY_PREFIX } from "../../../src/notices";
import { localStores, noticeStore } from "../../../src/outlook/notice-store";
import { ROAMING_SETTING } from "../../../src/outlook/roaming-store";
import { createSimulatedMailbox, installSimulatedOffice, type SimulatedMailbox } from "../../../src/playground/simulated-outlook";
import { makeNotice } from "./notice-fixture";

type Scope = Record<string, unknown>;

const CLIENTS: Array<[string, { platform: string; hostName?: string }]> = [
  ["classic Outlook on Windows (PC)", { platform: "PC" }],
  ["Outlook on Mac", { platform: "Mac" }],
  ["Outlook on the web", { platform: "OfficeOnline" }],
  ["new Outlook on Windows", { platform: "OfficeOnline", hostName: "newOutlookWindows" }],
];

function runtime(mailbox: SimulatedMailbox, kind: "handler" | "taskpane"): Scope {
  const scope: Scope = {};
  installSimulatedOffice(scope, mailbox, { runtime: kind });
  return scope;
}

const manual = { allowed: true, delivery: "manual" as const, delayMinutes: 0, graph: { unavailable: "no_client_id" as const } };
const serverText = (m: SimulatedMailbox) => JSON.stringify(m.roamingServer.settings);

describe.each(CLIENTS)("%s", (_name, client) => {
  test("the handler's own stores alone never reach a separate task pane (why the queue roams)", async () => {
    const mailbox = createSimulatedMailbox(client);
    const handler = runtime(mailbox, "handler");
    const notice = makeNotice({}, Date.now());
    const own = localStores(handler);
    if (own.length > 0) await new NoticeQueue(own[0]).put(notice, "pending");
    const pane = runtime(mailbox, "taskpane");
    const paneOwn = localStores(pane);
    const seen = paneOwn.length > 0 ? await new NoticeQueue(paneOwn[0]).waiting() : [];
    expect(seen).toEqual([]);
  });

  test("handler writes (manual delivery), a task pane opened afterwards reads the password; sent purges it from the mailbox", async () => {
    const mailbox = createSimulatedMailbox(client);
    const handler = runtime(mailbox, "handler");
    const notice = makeNotice({}, Date.now());
    expect(await deliverNotice(notice, new NoticeQueue(noticeStore(handler)), manual)).toEqual({ kind: "queued" });

    const pane = runtime(mailbox, "taskpane");
    const paneQueue = new NoticeQueue(noticeStore(pane));
    const [entry] = await paneQueue.waiting();
    expect(entry).toMatchObject({ id: notice.id, status: "pending", password: notice.password, to: notice.to, subject: notice.subject });

    await paneQueue.markSent(notice.id);
    // Purged from the mailbox: no password, no recipients, no subject; only the record that stops a second issue.
    expect(serverText(mailbox)).not.toContain(notice.password);
    expect(serverText(mailbox)).not.toContain(notice.to[0]);
    expect(serverText(mailbox)).not.toContain(notice.subject);
    const later = new NoticeQueue(noticeStore(runtime(mailbox, "taskpane")));
    expect(await later.waiting()).toEqual([]);
    // The same item sent again does not bring the sent notice back.
    expect((await deliverNotice(notice, new NoticeQueue(noticeStore(runtime(mailbox, "handler"))), manual)).kind).toBe("unchanged");
  });

  test("a task pane opened before the Send does not see it (one load per runtime); reopened, it does", async () => {
    const mailbox = createSimulatedMailbox(client);
    const early = runtime(mailbox, "taskpane");
    const notice = makeNotice({}, Date.now());
    await deliverNotice(notice, new NoticeQueue(noticeStore(runtime(mailbox, "handler"))), manual);
    expect(await new NoticeQueue(noticeStore(early)).waiting()).toEqual([]);
    expect((await new NoticeQueue(noticeStore(runtime(mailbox, "taskpane"))).waiting()).map((e) => e.id)).toEqual([notice.id]);
  });

  test("fail closed: a roaming save that fails leaves the notice unsaved and says store_failed", async () => {
    const mailbox = createSimulatedMailbox(client);
    const handler = runtime(mailbox, "handler");
    mailbox.failNext("roamingSettings.saveAsync", "GenericSettingsError");
    const report = await deliverNotice(makeNotice({}, Date.now()), new NoticeQueue(noticeStore(handler)), manual);
    expect(report).toEqual({ kind: "store_failed" });
    expect(await new NoticeQueue(noticeStore(runtime(mailbox, "taskpane"))).waiting()).toEqual([]);
  });
});

test(`fail closed when full: at most ${MAX_SHARED_WAITING} waiting notices roam; the next is refused, the earlier ones stay`, async () => {
  const mailbox = createSimulatedMailbox({ platform: "PC" });
  const queue = new NoticeQueue(noticeStore(runtime(mailbox, "handler")));
  for (let i = 0; i < MAX_SHARED_WAITING; i++) expect((await deliverNotice(makeNotice({}, Date.now()), queue, manual)).kind).toBe("queued");
  expect(JSON.stringify(mailbox.roamingServer.settings).length).toBeLessThan(32 * 1024);
  expect(await deliverNotice(makeNotice({}, Date.now()), queue, manual)).toEqual({ kind: "store_failed" });
  expect(await new NoticeQueue(noticeStore(runtime(mailbox, "taskpane"))).waiting()).toHaveLength(MAX_SHARED_WAITING);
});

test("fail closed on size: a notice to very many recipients that would pass the roaming budget is refused", async () => {
  const mailbox = createSimulatedMailbox({ platform: "OfficeOnline" });
  const queue = new NoticeQueue(noticeStore(runtime(mailbox, "handler")));
  const to = Array.from({ length: 900 }, (_, i) => `person${i}@partner.co.jp`);
  expect(await deliverNotice(makeNotice({ to }, Date.now()), queue, manual)).toEqual({ kind: "store_failed" });
  expect(mailbox.roamingServer.settings[ROAMING_SETTING]).toBeUndefined();
});

test("classic Outlook: a stale task pane's save drops the handler's notice from the mailbox; the next Send puts it back from OfficeRuntime.storage", async () => {
  const mailbox = createSimulatedMailbox({ platform: "PC" });
  const older = makeNotice({}, Date.now());
  await deliverNotice(older, new NoticeQueue(noticeStore(runtime(mailbox, "handler"))), manual);
  const stale = runtime(mailbox, "taskpane"); // opened now: knows `older` only
  const newer = makeNotice({}, Date.now() + 1000);
  await deliverNotice(newer, new NoticeQueue(noticeStore(runtime(mailbox, "handler"))), manual);
  // The stale pane marks the older one sent: its saveAsync sends its whole (stale) copy.
  await new NoticeQueue(noticeStore(stale)).markSent(older.id);
  expect(serverText(mailbox)).not.toContain(newer.password);

  // Next Send on this PC: the handler resyncs from its OfficeRuntime.storage copy.
  const store = noticeStore(runtime(mailbox, "handler"));
  expect(await store.resync!()).toBeGreaterThan(0);
  const pane = new NoticeQueue(noticeStore(runtime(mailbox, "taskpane")));
  expect((await pane.waiting()).map((e) => e.id)).toEqual([newer.id]);
  // And the sent one is forgotten on the device too (no password left in OfficeRuntime.storage).
  expect([...mailbox.runtimeStorage.values()].join("\n")).not.toContain(older.password);
});

test(`sent notices do not fill the mailbox: after 40 sent, at most ${MAX_SHARED_FINAL} records roam and a new notice still fits`, async () => {
  const mailbox = createSimulatedMailbox({ platform: "PC" });
  for (let i = 0; i < 40; i++) {
    const n = makeNotice({}, Date.now() + i);
    await deliverNotice(n, new NoticeQueue(noticeStore(runtime(mailbox, "handler"))), manual);
    await new NoticeQueue(noticeStore(runtime(mailbox, "taskpane"))).markSent(n.id);
  }
  const roaming = JSON.parse(mailbox.roamingServer.settings[ROAMING_SETTING]) as Record<string, string>;
  expect(Object.keys(roaming).filter((k) => k.startsWith(ENTRY_PREFIX)).length).toBeLessThanOrEqual(MAX_SHARED_FINAL);
  expect(JSON.parse(roaming["outboundGuard.notices.index"]).length).toBeLessThanOrEqual(MAX_SHARED_FINAL);
  const fresh = makeNotice({}, Date.now());
  expect(await deliverNotice(fresh, new NoticeQueue(noticeStore(runtime(mailbox, "handler"))), manual)).toEqual({ kind: "queued" });
  expect((await new NoticeQueue(noticeStore(runtime(mailbox, "taskpane"))).waiting()).map((e) => e.id)).toEqual([fresh.id]);
});

test(`${MAX_SHARED_WAITING} real-size notices (Japanese and English text, three recipients) fit, beside ${MAX_SHARED_FINAL} sent records`, async () => {
  const mailbox = createSimulatedMailbox({ platform: "PC" });
  const body = `${"先ほどお送りしたメールの添付ファイル（暗号化ZIP）のパスワードをお知らせします。\n".repeat(3)}${"Here is the password for the encrypted ZIP attached to the email we just sent you.\n".repeat(5)}`;
  const to = ["suzuki.ichiro@partner-company.co.jp", "tanaka.hanako@partner-company.co.jp", "sato@another-partner.example.com"];
  for (let i = 0; i < MAX_SHARED_FINAL; i++) {
    const n = makeNotice({ to, body: body + i, lang: "both" }, Date.now() + i);
    await deliverNotice(n, new NoticeQueue(noticeStore(runtime(mailbox, "handler"))), manual);
    await new NoticeQueue(noticeStore(runtime(mailbox, "taskpane"))).markSent(n.id);
  }
  for (let i = 0; i < MAX_SHARED_WAITING; i++) {
    const n = makeNotice({ to, body: body + i, lang: "both" }, Date.now() + 100 + i);
    expect((await deliverNotice(n, new NoticeQueue(noticeStore(runtime(mailbox, "handler"))), manual)).kind).toBe("queued");
  }
  expect(JSON.stringify(mailbox.roamingServer.settings).length).toBeLessThan(32 * 1024);
  expect(await new NoticeQueue(noticeStore(runtime(mailbox, "taskpane"))).waiting()).toHaveLength(MAX_SHARED_WAITING);
});
