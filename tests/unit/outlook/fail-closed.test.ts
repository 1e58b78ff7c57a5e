/**
 * Issue 10: the leak this product exists for. A customer list attached to an external mail must
 * never leave unencrypted — not through an oversized state, not through the failure path's
 * second-Send pass-through or "Send anyway", not through a read that "succeeds" empty
 * (office-js#6098). Japanese failure alerts carry no English technical text; the reason goes to
 * the task pane's last review.
 */
import type { Harness } from "./send-harness";
import { COMPANY_POLICY } from "./send-harness";
import { assertNothingLost, bytesOf, fileAttachment, PROTECT_POLICY, startProtectHarness, type TestFile } from "./protect-harness";
import { customerCsv, customerCsvOfSize } from "../../tools/customer-csv";
import { sameBytes } from "../../integration/protect/seven-zip";
import { protectMessages } from "../../../src/core/protect-check/messages";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const EXTERNAL_JA = { to: ["suzuki@partner.co.jp"], subject: "顧客リスト", displayLanguage: "ja-JP" };
const QUIET_POLICY = { ...PROTECT_POLICY, personalData: { action: "off" }, supervisor: { when: "never" }, external: { confirm: false } };
/** English technical words that must never reach a Japanese alert. */
const TECHNICAL = /failed|fail\b|characters|error|exception|invalid|timeout|no answer|async|sessionData|getAttachment|\bms\b|bytes|too large/i;

function stored(harness: Harness): { raw: string; lastReview?: { verdict: string; message: string; detail?: string } } {
  const raw = harness.mailbox.item.sessionData.get("outboundGuard.state") ?? "";
  return { raw, lastReview: raw ? JSON.parse(raw).lastReview : undefined };
}

/** No message ever left with the CSV itself attached. */
function expectNeverSentUnencrypted(harness: Harness, name: string): void {
  for (const m of harness.mailbox.sent) expect(m.attachments.map((a) => a.name)).not.toContain(name);
}

describe("a customer list (names, phones, e-mails) on an external mail", () => {
  test.each([
    ["20,000-row", () => customerCsv(20_000)],
    ["200,000-row", () => customerCsv(200_000)],
    ["~25 MB", () => customerCsvOfSize(25_000_000)],
  ])(
    "%s CSV: the first Send alerts with a small state; Send again and Send anyway never send the CSV unencrypted",
    async (_label, make) => {
      const csv: TestFile = { name: "customers.csv", bytes: make() };
      h = startProtectHarness({ ...EXTERNAL_JA, attachments: [fileAttachment(csv)] });
      const first = await h.send({ timeoutMs: 240_000 });
      expect(first.allowed).toBe(false);
      expect(first.options?.errorMessage).not.toContain("Outbound Guard はこのメールを確認できませんでした");
      // The 500-character alert may cut the archive's line; the message itself says it all.
      expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
      expect(stored(h).raw.length).toBeLessThan(10_000);
      expectNeverSentUnencrypted(h, csv.name);
      for (let i = 0; i < 2 && h.mailbox.sent.length === 0; i++) {
        await h.send({ userChoice: "sendAnyway", timeoutMs: 240_000 });
        expect(stored(h).raw.length).toBeLessThan(10_000);
        expectNeverSentUnencrypted(h, csv.name);
      }
      expect(h.mailbox.sent.map((m) => m.attachments.map((a) => a.name))).toEqual([["attachments.zip"]]);
      expect(assertNothingLost(h.mailbox, [csv])).toEqual(["archived"]);
    },
    600_000,
  );
});

test("500 external recipients in 500 domains and a 20,000-row list: every check's keys together still fit the state, and the list never leaves unencrypted", async () => {
  const to = Array.from({ length: 500 }, (_, i) => `person${i}@partner-${i}.example.com`);
  const csv: TestFile = { name: "customers.csv", bytes: customerCsv(20_000) };
  h = startProtectHarness({ ...EXTERNAL_JA, to, attachments: [fileAttachment(csv)] });
  const first = await h.send({ timeoutMs: 240_000 });
  expect(first.allowed).toBe(false);
  expect(first.options?.errorMessage).not.toContain("Outbound Guard はこのメールを確認できませんでした");
  const raw = stored(h).raw;
  expect(raw.length).toBeLessThanOrEqual(50_000);
  expect(JSON.parse(raw).confirmed.length).toBeGreaterThan(0);
  // The 500 recipients fill the first alert, so its line saying the password email is the user's
  // to send (passwordNotice.delivery "manual") is cut: a later Send says it once (the reminder).
  expect(first.options?.errorMessage).not.toContain(protectMessages.ja.passwordFollowsManual());
  const later: string[] = [];
  for (let i = 0; i < 3 && h.mailbox.sent.length === 0; i++) later.push((await h.send({ userChoice: "sendAnyway", timeoutMs: 240_000 })).options?.errorMessage ?? "");
  expect(later.some((text) => text.includes(protectMessages.ja.passwordManualReminder({ archives: "attachments.zip", minutes: 10 })))).toBe(true);
  expect(h.mailbox.sent.map((m) => m.attachments.map((a) => a.name))).toEqual([["attachments.zip"]]);
}, 300_000);

describe("the failure path fails closed while files the policy wants encrypted are on the message", () => {
  const report: TestFile = { name: "見積書.pdf", bytes: new TextEncoder().encode("%PDF-1.4 見積".repeat(50)) };

  test("a check that keeps failing on an external mail with a file: blocked every time, no Send anyway, never sent; the reason is in the last review", async () => {
    h = startProtectHarness({ ...EXTERNAL_JA, attachments: [fileAttachment(report)] });
    for (let i = 0; i < 20; i++) h.mailbox.failNext("body.getAsync", "InternalServerError");
    for (let i = 0; i < 3; i++) {
      const out = await h.send({ userChoice: "sendAnyway" });
      expect(out.allowed).toBe(false);
      expect(out.options?.sendModeOverride).toBeUndefined();
      expect(out.options?.errorMessage).toContain("添付ファイルを暗号化できなかったため、このメールは送信できません");
      expect(out.options?.errorMessage).toContain("IT 部門");
      expect(out.options?.errorMessage).not.toMatch(TECHNICAL);
    }
    expect(h.mailbox.sent).toHaveLength(0);
    expect(stored(h).lastReview).toMatchObject({ verdict: "block" });
    expect(stored(h).lastReview?.detail).toContain("InternalServerError");
    expect(sameBytes(bytesOf(h.mailbox, report.name)[0], report.bytes)).toBe(true);
  });

  test("the policy could not be loaded: its defaults protect external mail, so the same failure blocks too", async () => {
    h = startProtectHarness({ ...EXTERNAL_JA, attachments: [fileAttachment(report)] }, "unreachable" as unknown as object);
    for (let i = 0; i < 20; i++) h.mailbox.failNext("body.getAsync", "InternalServerError");
    for (let i = 0; i < 2; i++) expect((await h.send({ userChoice: "sendAnyway" })).allowed).toBe(false);
    expect(h.mailbox.sent).toHaveLength(0);
  });

  test("no file that needs protecting (internal mail under protect=external): the first failure offers Send anyway, the second goes through", async () => {
    h = startProtectHarness({ to: ["hanako@example.co.jp"], displayLanguage: "ja-JP", attachments: [fileAttachment(report)] });
    for (let i = 0; i < 20; i++) h.mailbox.failNext("body.getAsync", "InternalServerError");
    const first = await h.send();
    expect(first.allowed).toBe(false);
    expect(first.options?.sendModeOverride).toBe("promptUser");
    expect((await h.send()).allowed).toBe(true);
  });

  test("no attachment at all on an external mail: the second failing Send goes through", async () => {
    h = startProtectHarness({ ...EXTERNAL_JA });
    for (let i = 0; i < 20; i++) h.mailbox.failNext("body.getAsync", "InternalServerError");
    expect((await h.send()).allowed).toBe(false);
    expect((await h.send()).allowed).toBe(true);
  });

  test("zipping fails (the archive cannot be added): blocked, not a confirm that Send anyway or Send again would pass", async () => {
    h = startProtectHarness({ ...EXTERNAL_JA, attachments: [fileAttachment(report)] }, QUIET_POLICY);
    for (let i = 0; i < 2; i++) h.mailbox.failNext("addFileAttachmentFromBase64Async", "InternalServerError");
    for (let i = 0; i < 2; i++) {
      const out = await h.send({ userChoice: "sendAnyway" });
      expect(out.allowed).toBe(false);
      expect(out.options?.sendModeOverride).toBeUndefined();
      expect(out.options?.errorMessage).toContain("暗号化ZIPにできなかったため、送信を止めました");
      expect(out.options?.errorMessage).not.toMatch(TECHNICAL);
      expect(stored(h).lastReview?.detail).toContain("addFileAttachmentFromBase64Async: InternalServerError");
    }
    expect(h.mailbox.sent).toHaveLength(0);
    // Outlook answers again: the file goes into the archive, and only the archive leaves.
    for (let i = 0; i < 2 && h.mailbox.sent.length === 0; i++) await h.send();
    expect(h.mailbox.sent.map((m) => m.attachments.map((a) => a.name))).toEqual([["attachments.zip"]]);
  });
});

describe("getAttachmentContentAsync succeeds with empty content (office-js#6098)", () => {
  const csv: TestFile = { name: "customers.csv", bytes: customerCsv(200) };

  test("the original stays attached with its bytes, nothing empty is zipped in its place, the Send is blocked and says why", async () => {
    h = startProtectHarness({ ...EXTERNAL_JA, displayLanguage: "en-US", attachments: [fileAttachment(csv)] }, QUIET_POLICY);
    h.mailbox.emptyContentNext(5);
    const out = await h.send({ userChoice: "sendAnyway" });
    expect(out.allowed).toBe(false);
    expect(out.options?.sendModeOverride).toBeUndefined();
    expect(out.options?.errorMessage).toContain("Outlook handed over these attachments empty or cut short");
    expect(out.options?.errorMessage).toContain("customers.csv");
    expect(h.mailbox.calls.some((c) => c.call === "addFileAttachmentFromBase64Async")).toBe(false);
    expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["customers.csv"]);
    expect(sameBytes(bytesOf(h.mailbox, csv.name)[0], csv.bytes)).toBe(true);
    expect(stored(h).lastReview?.detail).toMatch(/handed over 0 of \d+ bytes/);
  });

  test("Japanese: one plain sentence; the next Send (Outlook answering again) zips the real file", async () => {
    h = startProtectHarness({ ...EXTERNAL_JA, attachments: [fileAttachment(csv)] }, QUIET_POLICY);
    h.mailbox.emptyContentNext(1);
    const out = await h.send();
    expect(out.allowed).toBe(false);
    expect(out.options?.errorMessage).toContain("空か途中まで");
    expect(out.options?.errorMessage).not.toMatch(TECHNICAL);
    await h.send();
    expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
    expect(assertNothingLost(h.mailbox, [csv])).toEqual(["archived"]);
  });
});

describe("Japanese failure alerts: no English technical text; the detail goes to the last review", () => {
  test("the check fails (no attachments): plain sentence and IT advice, the Office error in the detail", async () => {
    h = startProtectHarness({ ...EXTERNAL_JA });
    for (let i = 0; i < 4; i++) h.mailbox.failNext("to.getAsync", "InternalServerError");
    const out = await h.send();
    expect(out.options?.errorMessage).toContain("Outbound Guard はこのメールを確認できませんでした");
    expect(out.options?.errorMessage).toContain("IT 部門");
    expect(out.options?.errorMessage).not.toMatch(TECHNICAL);
    expect(stored(h).lastReview?.detail).toMatch(/to\.getAsync failed: InternalServerError/);
  });

  test("an invalid policy: plain sentence in the alert, the field path in the detail", async () => {
    h = startProtectHarness({ ...EXTERNAL_JA }, { status: 200, body: JSON.stringify({ ...COMPANY_POLICY, supervisor: { field: "to" } }) } as unknown as object);
    const out = await h.send();
    expect(out.options?.errorMessage).toContain("会社のポリシーに誤りがあるため、既定の設定で確認しました。IT 部門に知らせてください。");
    expect(out.options?.errorMessage).not.toContain("読み込めなかった");
    expect(out.options?.errorMessage).not.toMatch(TECHNICAL);
    expect(out.options?.errorMessage).not.toContain("supervisor.field");
    expect(stored(h).lastReview?.detail).toContain("supervisor.field");
  });

  test("a policy host that never answers: plain sentence, the timeout in the detail", async () => {
    h = startProtectHarness({ ...EXTERNAL_JA }, "hang" as unknown as object);
    const out = await h.send();
    expect(out.options?.errorMessage).toContain("既定の設定で確認しました");
    expect(out.options?.errorMessage).not.toMatch(TECHNICAL);
    expect(stored(h).lastReview?.detail).toMatch(/\d+ ms/);
  });
});
