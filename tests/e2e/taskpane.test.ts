/**
 * The task pane in a real browser: Office.js (from Microsoft's CDN in production) is answered by a
 * small stand-in that holds the session state the Send handler wrote, so the pane shows "this
 * message" exactly as Outlook would hand it over.
 */
import type { Page } from "playwright-core";
import { usePlayground } from "./playground-driver";

const harness = usePlayground();
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** An Office.js stand-in: one compose item whose sessionData holds `state`, in `lang`. */
function officeStandIn(state: object | null, lang: string): string {
  return `
    window.Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      onReady: (cb) => { setTimeout(() => cb && cb({ host: "Outlook" }), 0); return Promise.resolve({ host: "Outlook" }); },
      context: {
        displayLanguage: ${JSON.stringify(lang)},
        mailbox: {
          item: {
            sessionData: {
              getAsync: (key, cb) => setTimeout(() => {
                const value = ${JSON.stringify(state === null ? null : JSON.stringify(state))};
                if (key === "outboundGuard.state" && value !== null) cb({ status: "succeeded", value });
                else cb({ status: "failed", error: { name: "KeyNotFound", message: "The specified key was not found.", code: 9050 } });
              }, 0),
            },
          },
        },
      },
    };`;
}

async function openTaskpane(state: object | null, lang: string): Promise<Page> {
  const h = harness();
  const page = await h.browser.newPage();
  page.on("pageerror", (e) => h.errors.push(`pageerror: ${e.message}`));
  await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: officeStandIn(state, lang) }));
  await page.goto(`${h.server.url}taskpane.html`);
  return page;
}

test("shows what the last Send said about this message, in the user's language", async () => {
  const message = "送信前に確認してください。\n社外の宛先 (1 ドメイン、1 件):\n・partner.co.jp: suzuki@partner.co.jp";
  const page = await openTaskpane({ confirmed: [], lastReview: { verdict: "confirm", message, at: Date.UTC(2026, 10, 26, 1, 2) } }, "ja-JP");
  await page.waitForSelector("#last-review [data-verdict=confirm]");
  expect(await page.textContent("#last-review .verdict")).toBe("確認のため一度止めました。");
  expect(await page.textContent("#last-review .alert-text")).toBe(message);
  expect(await page.textContent("h1")).toContain("誤送信");
  await page.close();
});

test("a message never sent yet keeps the 'nothing checked yet' text", async () => {
  const page = await openTaskpane(null, "en-US");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  expect(await page.textContent("#last-review")).toContain("Nothing checked yet");
  await page.close();
});

test("a failure's technical reason is folded under the plain alert, for IT (issue 10: never in the Japanese alert)", async () => {
  const message = "Outbound Guard はこのメールを確認できませんでした。もう一度［送信］を押すと、確認なしで送信します。続く場合は IT 部門に連絡してください。";
  const detail = "body.getAsync failed: InternalServerError (5001): The server failed.";
  const page = await openTaskpane({ confirmed: [], lastReview: { verdict: "confirm", message, at: Date.UTC(2026, 10, 26, 1, 2), detail } }, "ja-JP");
  await page.waitForSelector("#last-review [data-testid=last-review-detail]");
  expect(await page.textContent("#last-review .alert-text")).toBe(message);
  expect(await page.textContent("#last-review [data-testid=last-review-detail] summary")).toBe("技術的な詳細（IT 部門向け）");
  expect(await page.textContent("#last-review [data-testid=last-review-detail] pre")).toBe(detail);
  await page.close();
});
