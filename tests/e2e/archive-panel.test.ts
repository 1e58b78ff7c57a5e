/**
 * The Archive panel lists the encrypted ZIPs made when files were ATTACHED (OnMessageAttachmentsChanged,
 * attach-protection.ts), not only those the Send made: as soon as the attach-time run is over,
 * before any Send, with what went into each, the encryption, and a download that 7-Zip opens with
 * the stored password. A file attached later goes into attachments-2.zip, listed beside the first.
 */
import { readFileSync } from "node:fs";
import { fillCompose, openPlayground, usePlayground } from "./playground-driver";
import { extractWith7z, sameBytes } from "../integration/protect/seven-zip";
import { customerCsv } from "../tools/customer-csv";

const harness = usePlayground();

type Page = Awaited<ReturnType<typeof openPlayground>>;

async function storedPassword(page: Page): Promise<string> {
  return page.evaluate(() => {
    const raw = window.outboundGuardPlayground!.session.mailbox.item.sessionData.get("outboundGuard.state") ?? "{}";
    return (JSON.parse(raw).steps?.protectAttachments?.password as string) ?? "";
  });
}

async function attach(page: Page, name: string, bytes: Uint8Array, mimeType = "text/csv"): Promise<void> {
  await page.setInputFiles("#attach-input", [{ name, mimeType, buffer: Buffer.from(bytes) }]);
}

/** Waits for the attach-time run to be over (every launch event completed). */
async function attachTimeRunOver(page: Page, events: number): Promise<void> {
  await page.waitForFunction((n) => {
    const m = window.outboundGuardPlayground!.session.mailbox;
    return m.launchEvents.filter((e) => e.event === "OnMessageAttachmentsChanged").length >= n && m.eventTracker.running === 0;
  }, events);
}

async function listed(page: Page): Promise<Array<{ name: string; members: string[]; text: string }>> {
  return page.$$eval("[data-testid=panel-archive] [data-testid=archive]", (els) =>
    els.map((e) => ({
      name: e.getAttribute("data-name") ?? "",
      members: Array.from(e.querySelectorAll("[data-testid=archive-member]")).map((m) => m.getAttribute("data-name") ?? ""),
      text: (e as HTMLElement).innerText,
    })),
  );
}

test("files protected when attached: the Archive panel lists attachments.zip and attachments-2.zip before any Send, with their contents, AES-256 and a download 7-Zip opens", async () => {
  const page = await openPlayground(harness(), { lang: "en-US" });
  await fillCompose(page, { to: "suzuki@partner.co.jp", subject: "Customer list" });
  await page.dispatchEvent("#to", "change");
  // Every info bar the page showed while the run worked (the simulator lists what the handler sets).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { infoBarsSeen: string[] }).infoBarsSeen = seen;
    new MutationObserver(() => {
      for (const el of Array.from(document.querySelectorAll("[data-testid=info-bar]"))) {
        const line = `${el.getAttribute("data-type")}: ${el.textContent}`;
        if (!seen.includes(line)) seen.push(line);
      }
    }).observe(document.getElementById("attachment-list")!, { childList: true, subtree: true });
  });
  const csv = customerCsv(300);
  await attach(page, "customers.csv", csv);
  await attachTimeRunOver(page, 1);
  expect(await page.evaluate(() => (window as unknown as { infoBarsSeen: string[] }).infoBarsSeen)).toEqual([
    "progressIndicator: Protecting attachments…",
    "informationalMessage: 1 file(s) moved into attachments.zip (AES-256). The password goes in a separate email: see the task pane after sending.",
  ]);
  expect(await page.evaluate(() => window.outboundGuardPlayground!.session.mailbox.item.attachments.map((a) => a.name))).toEqual(["attachments.zip"]);
  expect(await page.evaluate(() => window.outboundGuardPlayground!.sendCount)).toBe(0);

  // Refreshed when the run is over: no Send pressed.
  await page.waitForSelector('[data-testid=panel-archive] [data-testid=archive][data-name="attachments.zip"]', { timeout: 10_000 });
  let archives = await listed(page);
  expect(archives.map((a) => [a.name, a.members])).toEqual([["attachments.zip", ["customers.csv"]]]);
  expect(archives[0].text).toContain("AES-256");
  expect(archives[0].text).toContain("Protected when attached");

  const password = await storedPassword(page);
  const [dl] = await Promise.all([
    page.waitForEvent("download"),
    page.click('[data-testid=archive][data-name="attachments.zip"] [data-testid=archive-download]'),
  ]);
  const x = extractWith7z(new Uint8Array(readFileSync((await dl.path())!)), password);
  expect(x.ok).toBe(true);
  expect(sameBytes(x.files.get("customers.csv"), csv)).toBe(true);

  // A file attached later: a further archive, same password, listed beside the first.
  const notes = new TextEncoder().encode("meeting notes\n".repeat(50));
  await attach(page, "notes.txt", notes, "text/plain");
  await attachTimeRunOver(page, 2);
  await page.waitForSelector('[data-testid=panel-archive] [data-testid=archive][data-name="attachments-2.zip"]', { timeout: 10_000 });
  archives = await listed(page);
  expect(archives.map((a) => [a.name, a.members])).toEqual([
    ["attachments.zip", ["customers.csv"]],
    ["attachments-2.zip", ["notes.txt"]],
  ]);
  await page.close();
}, 120_000);

test("Japanese: the panel says the archive was made when the file was attached, and removing it empties the list", async () => {
  const page = await openPlayground(harness(), { lang: "ja-JP" });
  await fillCompose(page, { to: "suzuki@partner.co.jp", subject: "顧客リスト" });
  await page.dispatchEvent("#to", "change");
  await attach(page, "顧客.csv", customerCsv(50));
  await attachTimeRunOver(page, 1);
  await page.waitForSelector('[data-testid=panel-archive] [data-testid=archive][data-name="attachments.zip"]', { timeout: 10_000 });
  const [archive] = await listed(page);
  expect(archive.members).toEqual(["顧客.csv"]);
  expect(archive.text).toContain("添付時に暗号化");
  expect(archive.text).toContain("ダウンロード");

  await page.click('[data-testid=attachment][data-name="attachments.zip"] [data-testid=attachment-remove]');
  await attachTimeRunOver(page, 2);
  await page.waitForSelector("[data-testid=panel-archive] [data-testid=archive-none]", { timeout: 10_000 });
  expect(await listed(page)).toEqual([]);
  await page.close();
}, 120_000);
