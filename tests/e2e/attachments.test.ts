/**
 * Attachments in the playground: attach files, press Send, the Archive panel shows the encrypted
 * ZIP the real launchevent.js attached; download it and open it with real 7-Zip using the password
 * from the playground's view of the session state (never from the alert). And the time of a whole
 * Send with a 25 MB attachment in Chromium.
 */
import { readFileSync } from "node:fs";
import { answerAlert, fillCompose, openPlayground, send, usePlayground } from "./playground-driver";
import { extractWith7z, pseudoRandomBytes, sameBytes } from "../integration/protect/seven-zip";

const harness = usePlayground();

type Page = Awaited<ReturnType<typeof openPlayground>>;

async function storedPassword(page: Page): Promise<string> {
  return page.evaluate(() => {
    const raw = window.outboundGuardPlayground!.session.mailbox.item.sessionData.get("outboundGuard.state") ?? "{}";
    return (JSON.parse(raw).steps?.protectAttachments?.password as string) ?? "";
  });
}

async function download(page: Page, name: string): Promise<Uint8Array> {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click(`[data-testid=archive][data-name="${name}"] [data-testid=archive-download]`)]);
  return new Uint8Array(readFileSync((await dl.path())!));
}

test("Send-time path (a client without attach events): Send replaces the files by attachments.zip; the Archive panel offers it; 7-Zip opens it with the stored password", async () => {
  const page = await openPlayground(harness(), { lang: "en-US", events: "never" }); // the Send-time path
  const quote = Buffer.from("見積書 / quotation\n".repeat(100), "utf8");
  const data = Buffer.from(pseudoRandomBytes(50_000, 5));
  await page.setInputFiles("#attach-input", [
    { name: "見積書.txt", mimeType: "text/plain", buffer: quote },
    { name: "data.bin", mimeType: "application/octet-stream", buffer: data },
  ]);
  await page.waitForSelector('[data-testid=attachment][data-name="data.bin"]');
  await fillCompose(page, { to: "suzuki@partner.co.jp", cc: "", bcc: "", subject: "Quote", body: "Please find the quote attached." });
  const first = await send(page);
  expect(first.alert).toContain("attachments.zip");
  expect(first.alert).toContain("見積書.txt");
  const password = await storedPassword(page);
  expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
  expect(first.alert).not.toContain(password);
  expect(first.shown).not.toContain(password);
  await answerAlert(page, "alert-dont-send");

  await page.waitForSelector('[data-testid=archive][data-name="attachments.zip"]');
  const members = await page.$$eval("[data-testid=archive-member]", (els) => els.map((e) => e.getAttribute("data-name")));
  expect(members).toEqual(["見積書.txt", "data.bin"]);
  const zip = await download(page, "attachments.zip");
  const x = extractWith7z(zip, password);
  expect(x.ok).toBe(true);
  expect(sameBytes(x.files.get("見積書.txt"), quote)).toBe(true);
  expect(sameBytes(x.files.get("data.bin"), data)).toBe(true);

  expect((await send(page)).state).toBe("sent");
  const sent = await page.evaluate(() => window.outboundGuardPlayground!.session.mailbox.sent[0].attachments.map((a) => a.name));
  expect(sent).toEqual(["attachments.zip"]);
  await page.close();
});

test("Send-time path: a whole Send with a 25 MB attachment stays below Outlook's 5 s notice (Chromium)", async () => {
  const page = await openPlayground(harness(), { lang: "en-US", events: "never" }); // the Send-time path
  const big = Buffer.from(pseudoRandomBytes(25_000_000, 11));
  await page.setInputFiles("#attach-input", { name: "video.bin", mimeType: "application/octet-stream", buffer: big });
  await page.waitForSelector('[data-testid=attachment][data-name="video.bin"]');
  await fillCompose(page, { to: "suzuki@partner.co.jp", cc: "", bcc: "", subject: "Big", body: "Big file." });
  const result = await send(page);
  // Its speed is measured by npm run bench, not asserted here.
  expect(result.alert).toContain("attachments.zip");
  await answerAlert(page, "alert-dont-send");
  const zip = await download(page, "attachments.zip");
  const x = extractWith7z(zip, await storedPassword(page));
  expect(sameBytes(x.files.get("video.bin"), big)).toBe(true);
  await page.close();
}, 120_000);

test("attach-time path (the default client raises the events): typing an external recipient and attaching files replaces them by attachments.zip with an info bar; the Send reads nothing and the archive opens", async () => {
  const page = await openPlayground(harness(), { lang: "en-US" });
  await fillCompose(page, { to: "suzuki@partner.co.jp", cc: "", bcc: "", subject: "Quote", body: "Please find the quote attached." });
  await page.dispatchEvent("#to", "change");
  const data = Buffer.from(pseudoRandomBytes(40_000, 6));
  await page.setInputFiles("#attach-input", { name: "data.bin", mimeType: "application/octet-stream", buffer: data });
  await page.waitForSelector('[data-testid=attachment][data-name="attachments.zip"]');
  const bar = await page.textContent('[data-testid=info-bar][data-type="informationalMessage"]');
  expect(bar).toContain("1 file(s) moved into attachments.zip (AES-256)");
  const callsBefore = await page.evaluate(() => window.outboundGuardPlayground!.session.mailbox.calls.length);
  await send(page);
  const reads = await page.evaluate((n) => window.outboundGuardPlayground!.session.mailbox.calls.slice(n).filter((c) => c.call === "getAttachmentContentAsync").length, callsBefore);
  expect(reads).toBe(0);
  const zipBase64 = await page.evaluate(() => window.outboundGuardPlayground!.session.mailbox.item.attachments.find((a) => a.name === "attachments.zip")?.contentBase64 ?? "");
  const x = extractWith7z(new Uint8Array(Buffer.from(zipBase64, "base64")), await storedPassword(page));
  expect(sameBytes(x.files.get("data.bin"), data)).toBe(true);
  await page.close();
}, 120_000);
