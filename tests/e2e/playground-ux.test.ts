/**
 * The playground as a user reads it: every word in the chosen language, and every control named
 * for a screen reader.
 */
import { fillCompose, openPlayground, send, usePlayground } from "./playground-driver";

const harness = usePlayground();
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

test("in English, the page's own words (labels, example names) hold no Japanese", async () => {
  const page = await openPlayground(harness(), { lang: "en-US" });
  const words = await page.$$eval("[data-i18n], #example option", (els) => els.map((e) => e.textContent ?? ""));
  expect(words.filter((w) => JAPANESE.test(w))).toEqual([]);
  await page.close();
});

test("in Japanese, 'What happened' names the alert's buttons as the Japanese Outlook shows them", async () => {
  const page = await openPlayground(harness(), { lang: "ja-JP", mailbox: "1.15" });
  await fillCompose(page, { to: "suzuki@partner.co.jp", subject: "見積", body: "よろしくお願いします。" });
  const result = await send(page);
  expect(result.buttons).toContain("alert-send-anyway");
  const mode = await page.innerText("[data-testid=outcome-send-mode]");
  expect(mode).toContain("このまま送信 / 送信しない / 戻って確認");
  expect(mode).not.toMatch(/Send Anyway|Don't Send/);
  await page.close();
});

test("the policy editor's text box has an accessible name (its heading)", async () => {
  const page = await openPlayground(harness(), { lang: "en-US" });
  expect(await page.getByRole("textbox", { name: "Policy (policy.json)", exact: true }).count()).toBe(1);
  await page.close();
});

test("on a narrow window (400 px, one column) the page needs no horizontal scrolling, with an example and a result shown", async () => {
  const page = await openPlayground(harness(), { lang: "en-US" });
  await page.setViewportSize({ width: 400, height: 900 });
  await page.selectOption("#example", "bcc-mass");
  await send(page);
  await page.click("[data-testid=alert-dont-send]");
  await page.waitForFunction(() => !document.body.dataset.busy);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await page.close();
});

test("in Japanese, 'Attachments after the handler' names the attachment's kind in Japanese, not Office's enum word", async () => {
  const page = await openPlayground(harness(), { lang: "ja-JP", events: "never" });
  await page.setInputFiles("#attach-input", { name: "見積書.txt", mimeType: "text/plain", buffer: Buffer.from("見積書\n") });
  await page.waitForSelector('[data-testid=attachment][data-name="見積書.txt"]');
  await fillCompose(page, { to: "", subject: "社内", body: "社内向けです。" });
  await send(page);
  const facts = await page.innerText('[data-testid=after-attachment][data-name="見積書.txt"] small');
  expect(facts).toContain("ファイル");
  expect(facts).not.toMatch(/\bfile\b/);
  await page.close();
});

test("each attachment's remove button is named for a screen reader by what it removes, not by its × glyph", async () => {
  const page = await openPlayground(harness(), { lang: "en-US", events: "never" });
  await page.setInputFiles("#attach-input", [
    { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("a") },
    { name: "b.txt", mimeType: "text/plain", buffer: Buffer.from("b") },
  ]);
  await page.waitForSelector('[data-testid=attachment][data-name="b.txt"]');
  expect(await page.getByRole("button", { name: "Remove a.txt", exact: true }).count()).toBe(1);
  expect(await page.getByRole("button", { name: "Remove b.txt", exact: true }).count()).toBe(1);
  await page.close();
});
