/**
 * The real OnMessageSend handler, run as the event runtime of each simulated client (its stores
 * as that client gives them), queues a manual password notice; a separate task-pane runtime of the
 * same mailbox reads it. Classic Outlook's handler has OfficeRuntime.storage and its task pane
 * does not (office-js #3312, #6106): a queue kept there was never seen by the task pane.
 */
import { startHarness, type Harness } from "../outlook/send-harness";
import { NoticeQueue } from "../../../src/notices";
import { noticeStore } from "../../../src/outlook/notice-store";
import { installSimulatedOffice, type SimulatedMailbox } from "../../../src/playground/simulated-outlook";
import { makeNotice } from "./notice-fixture";

let h: Harness | undefined;
afterEach(() => {
  h?.uninstall();
  h = undefined;
});

const CLIENTS: Array<[string, { platform: string; hostName?: string }]> = [
  ["classic Outlook on Windows (PC)", { platform: "PC" }],
  ["Outlook on Mac", { platform: "Mac" }],
  ["Outlook on the web", { platform: "OfficeOnline" }],
  ["new Outlook on Windows", { platform: "OfficeOnline", hostName: "newOutlookWindows" }],
];

function taskPane(mailbox: SimulatedMailbox): NoticeQueue {
  const scope: Record<string, unknown> = {};
  installSimulatedOffice(scope, mailbox, { runtime: "taskpane" });
  return new NoticeQueue(noticeStore(scope));
}

function start(client: object, displayLanguage = "en-US") {
  const notice = makeNotice({}, Date.now());
  const state = { confirmed: [], steps: { protectAttachments: { archiveName: notice.archiveName, passwordNotice: notice } } };
  h = startHarness(
    { ...client, to: ["suzuki@partner.co.jp"], subject: "Quote", displayLanguage, sessionData: { "outboundGuard.state": JSON.stringify(state) } },
    { internalDomains: ["example.co.jp"], external: { confirm: false }, passwordNotice: { delivery: "manual" } },
    { runtime: "handler" },
  );
  return { harness: h, notice };
}

describe.each(CLIENTS)("%s", (_name, client) => {
  test("manual mode: the Send leaves, and a separate task pane lists the password", async () => {
    const { harness, notice } = start(client);
    const out = await harness.send();
    expect(out.allowed).toBe(true);
    const [entry] = await taskPane(harness.mailbox).waiting();
    expect(entry).toMatchObject({ id: notice.id, status: "pending", password: notice.password });
  });

  test("the mailbox cannot save it (roamingSettings.saveAsync fails): blocked, no 'Send anyway', told plainly", async () => {
    const { harness, notice } = start(client, "ja-JP");
    harness.mailbox.failNext("roamingSettings.saveAsync", "GenericSettingsError");
    const out = await harness.send({ userChoice: "sendAnyway" });
    expect(out.allowed).toBe(false);
    expect(out.dialog?.buttons.join(" ")).not.toMatch(/Send Anyway/i);
    expect(out.dialog?.message).toContain("作業ウィンドウ");
    expect(out.dialog?.message).toContain("このメールは送信されていません");
    expect(out.dialog?.message).not.toContain(notice.password);
    expect(await taskPane(harness.mailbox).waiting()).toEqual([]);
  });
});
