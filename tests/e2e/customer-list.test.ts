/**
 * Issue 10 in the playground (real launchevent.js in Chromium): a 20,000-row customer list on an
 * external mail is zipped at the first Send with a small session state, and Send again sends only
 * the archive, never the CSV itself. And the fault panel's honest office-js#6098 fault (a
 * read that succeeds empty) keeps the original and blocks the Send.
 */
import { answerAlert, fillCompose, openPlayground, send, usePlayground } from "./playground-driver";
import { customerCsv } from "../tools/customer-csv";

const harness = usePlayground();

type Page = Awaited<ReturnType<typeof openPlayground>>;

async function stateLength(page: Page): Promise<number> {
  return page.evaluate(() => (window.outboundGuardPlayground!.session.mailbox.item.sessionData.get("outboundGuard.state") ?? "").length);
}

async function sentAttachments(page: Page): Promise<string[][]> {
  return page.evaluate(() => window.outboundGuardPlayground!.session.mailbox.sent.map((m) => m.attachments.map((a) => a.name)));
}

async function attach(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.setInputFiles("#attach-input", [{ name, mimeType: "text/csv", buffer: Buffer.from(bytes) }]);
  await page.waitForSelector(`[data-testid=attachment][data-name="${name}"]`);
}

test("a 20,000-row customer list to an external address: zipped at the first Send with a small state; Send again sends only the archive", async () => {
  const page = await openPlayground(harness(), { lang: "ja-JP" });
  await attach(page, "customers.csv", customerCsv(20_000));
  await fillCompose(page, { to: "suzuki@partner.co.jp", cc: "", bcc: "", subject: "顧客リスト", body: "顧客リストを送ります。" });
  const first = await send(page);
  expect(first.state).not.toBe("sent");
  expect(await page.evaluate(() => window.outboundGuardPlayground!.session.mailbox.item.attachments.map((a) => a.name))).toEqual(["attachments.zip"]);
  expect(first.alert).not.toContain("確認できませんでした (");
  expect(first.alert).not.toMatch(/characters|too large/);
  expect(await stateLength(page)).toBeLessThan(10_000);
  await answerAlert(page, "alert-dont-send");
  expect(await stateLength(page)).toBeLessThan(10_000);
  expect((await send(page)).state).toBe("sent");
  expect(await sentAttachments(page)).toEqual([["attachments.zip"]]);
  await page.close();
}, 180_000);

test("fault panel: the next attachment read succeeds empty (office-js#6098) — the CSV stays attached, the Send is blocked and says why", async () => {
  const page = await openPlayground(harness(), { lang: "ja-JP", events: "never" } /* the Send-time path: the fault hits the Send's reads */);
  await attach(page, "customers.csv", customerCsv(200));
  await fillCompose(page, { to: "suzuki@partner.co.jp", cc: "", bcc: "", subject: "顧客リスト", body: "顧客リストを送ります。" });
  // Both reads of this Send (the personal-data scan, then the archive) answer empty.
  await page.click("[data-testid=fault-panel] summary");
  await page.click("[data-testid=fault-empty-content]");
  await page.click("[data-testid=fault-empty-content]");
  expect(await page.$$eval("[data-testid=pending-fault]", (els) => els.length)).toBe(2);
  const out = await send(page);
  expect(out.alert).toContain("空か途中まで");
  expect(out.buttons).not.toContain("alert-send-anyway");
  await answerAlert(page, "alert-dont-send");
  const names = await page.evaluate(() => window.outboundGuardPlayground!.session.mailbox.item.attachments.map((a) => a.name));
  expect(names).toEqual(["customers.csv"]);
  expect(await sentAttachments(page)).toEqual([]);
  await page.close();
}, 120_000);
