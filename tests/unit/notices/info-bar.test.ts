import { createSimulatedMailbox, installSimulatedOffice, makeRuntimeStorage } from "../../../src/playground/simulated-outlook";
import { INFO_BAR_KEY, showWaitingNotices } from "../../../src/launchevent/notice-info-bar";
import { NoticeQueue, type KeyValueStore } from "../../../src/notices";
import { makeNotice } from "./notice-fixture";

test("the next compose shows how many password emails wait, in the user's language; none → no bar", async () => {
  const mailbox = createSimulatedMailbox({ displayLanguage: "ja-JP" });
  const installation = installSimulatedOffice(globalThis, mailbox);
  try {
    const s = makeRuntimeStorage(mailbox.runtimeStorage);
    const store: KeyValueStore = { get: (k) => s.getItem(k), set: (k, v) => s.setItem(k, v), remove: (k) => s.removeItem(k) };
    const item = (globalThis as unknown as { Office: typeof Office }).Office.context.mailbox.item as unknown as { notificationMessages: Office.NotificationMessages };
    expect(await showWaitingNotices(item, store, "ja")).toBe(0);
    expect(mailbox.item.notifications.size).toBe(0);

    const queue = new NoticeQueue(store);
    const now = Date.now();
    const a = makeNotice({}, now);
    await queue.put(a, "pending");
    await queue.put(makeNotice({}, now), "held");
    expect(await showWaitingNotices(item, store, "ja")).toBe(2);
    const bar = mailbox.item.notifications.get(INFO_BAR_KEY);
    expect(bar?.message).toContain("2 件");
    expect(bar?.message).not.toContain(a.password);
    expect(bar?.type).toBe("informationalMessage");

    await queue.markSent(a.id);
    expect(await showWaitingNotices(item, store, "en")).toBe(1);
    expect(mailbox.item.notifications.get(INFO_BAR_KEY)?.message).toMatch(/^1 password email/);
  } finally {
    installation.uninstall();
  }
});
