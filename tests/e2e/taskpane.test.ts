/**
 * The task pane in a real browser: Office.js (from Microsoft's CDN in production) is answered by a
 * small stand-in that holds the session state the Send handler wrote, so the pane shows "this
 * message" exactly as Outlook would hand it over.
 */
import type { Page } from "playwright-core";
import { usePlayground } from "./playground-driver";

const harness = usePlayground();
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

interface StandInExtras {
  /** Office.context.roamingSettings as loaded when the pane opened (setting name → value). */
  roaming?: Record<string, unknown>;
  /** Give the mailbox displayNewMessageForm (Mailbox 1.6); it records what it was asked to open. */
  newMessageForm?: boolean;
}

/** An Office.js stand-in: one compose item whose sessionData holds `state`, in `lang`. */
function officeStandIn(state: object | null, lang: string, extras: StandInExtras = {}): string {
  const roaming = extras.roaming
    ? `roamingSettings: (() => { const data = ${JSON.stringify(extras.roaming)};
        return { get: (k) => data[k], set: (k, v) => { data[k] = v; }, remove: (k) => { delete data[k]; },
                 saveAsync: (cb) => setTimeout(() => cb && cb({ status: "succeeded" }), 0) }; })(),`
    : "";
  const form = extras.newMessageForm ? `displayNewMessageForm: (params) => { window.__opened = params; },` : "";
  return `
    window.Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      onReady: (cb) => { setTimeout(() => cb && cb({ host: "Outlook" }), 0); return Promise.resolve({ host: "Outlook" }); },
      context: {
        displayLanguage: ${JSON.stringify(lang)},
        ${roaming}
        mailbox: {
          ${form}
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

async function openTaskpane(state: object | null, lang: string, extras: StandInExtras = {}): Promise<Page> {
  const h = harness();
  const page = await h.browser.newPage();
  page.on("pageerror", (e) => h.errors.push(`pageerror: ${e.message}`));
  await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: officeStandIn(state, lang, extras) }));
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

/** The mailbox's roaming settings as the Send handler left them: one pending manual notice. */
function roamingWithNotice(lang: "ja" | "en") {
  const now = Date.now();
  const entry = {
    id: "n-e2e-1",
    status: "pending",
    to: ["suzuki@partner.co.jp"],
    subject: lang === "ja" ? "[パスワード] 見積書" : "[Password] Quote",
    originalSubject: "Quote",
    archiveName: "attachments.zip",
    lang,
    createdAt: new Date(now).toISOString(),
    sendAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 7 * 24 * 3600_000).toISOString(),
    queuedAt: new Date(now).toISOString(),
    updatedAt: new Date(now).toISOString(),
    password: "Pw-e2e-7xQ9",
    body: "Password: Pw-e2e-7xQ9",
  };
  return {
    "outboundGuard.notices": {
      "outboundGuard.notices.index": JSON.stringify([entry.id]),
      [`outboundGuard.notice.${entry.id}`]: JSON.stringify(entry),
    },
  };
}

test("a notice the Send handler saved in the mailbox's roaming settings: with displayNewMessageForm, the button opens it prefilled", async () => {
  const page = await openTaskpane(null, "en-US", { roaming: roamingWithNotice("en"), newMessageForm: true });
  await page.waitForSelector('#notices [data-notice-id="n-e2e-1"]');
  await page.click('#notices [data-notice-id="n-e2e-1"] button[data-action="create"]');
  await page.waitForFunction(() => (window as unknown as { __opened?: unknown }).__opened !== undefined);
  const opened = await page.evaluate(() => (window as unknown as { __opened: { toRecipients: string[]; subject: string; htmlBody: string } }).__opened);
  expect(opened.toRecipients).toEqual(["suzuki@partner.co.jp"]);
  expect(opened.subject).toBe("[Password] Quote");
  expect(opened.htmlBody).toContain("Pw-e2e-7xQ9");
  expect(await page.textContent('[data-testid="notice-status"]')).toContain("new message with the password is open");
  expect(await page.$('[data-testid="notice-manual"]')).toBeNull();
  await page.close();
});

test("without displayNewMessageForm, the button shows the recipients, subject and password to copy, and says it was not created", async () => {
  const page = await openTaskpane(null, "ja-JP", { roaming: roamingWithNotice("ja") });
  await page.waitForSelector('#notices [data-notice-id="n-e2e-1"]');
  await page.click('#notices [data-notice-id="n-e2e-1"] button[data-action="create"]');
  await page.waitForSelector('[data-testid="notice-manual"]');
  expect(await page.inputValue('[data-testid="manual-to"]')).toBe("suzuki@partner.co.jp");
  expect(await page.inputValue('[data-testid="manual-subject"]')).toBe("[パスワード] 見積書");
  expect(await page.inputValue('[data-testid="manual-body"]')).toContain("Pw-e2e-7xQ9");
  const status = await page.textContent('[data-testid="notice-status"]');
  expect(status).toContain("メールは作成されません");
  expect(status).toContain("コピー");
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

/** Outlook's task pane is about 320 px wide: nothing may need a horizontal scroll bar there. */
async function overflowAt320(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test("at Outlook's 320 px pane width, a long recipient address and the technical details wrap instead of widening the pane", async () => {
  const long = "suzuki.taro.sales-department@averyverylongsubdomain.partner-company-example.co.jp";
  const message = `Please check before sending.\nExternal recipients (1 in 1 domain):\n- averyverylongsubdomain.partner-company-example.co.jp: ${long}`;
  const detail = `addFileAttachmentFromBase64Async failed: NetworkError (9041): https://outlook.office.com/owa/service.svc?action=CreateAttachmentFromLocalFile&app=Mail`;
  const page = await openTaskpane({ confirmed: [], lastReview: { verdict: "confirm", message, at: Date.now(), detail } }, "en-US");
  await page.setViewportSize({ width: 320, height: 800 });
  await page.waitForSelector("#last-review [data-testid=last-review-detail]");
  await page.click("#last-review [data-testid=last-review-detail] summary");
  expect(await overflowAt320(page)).toBe(0);
  await page.close();
});

test("at 320 px, the copy-by-hand fields (no displayNewMessageForm) stand each under its label, full width, without widening the pane", async () => {
  const page = await openTaskpane(null, "ja-JP", { roaming: roamingWithNotice("ja") });
  await page.setViewportSize({ width: 320, height: 800 });
  await page.waitForSelector('#notices [data-notice-id="n-e2e-1"]');
  await page.click('#notices [data-notice-id="n-e2e-1"] button[data-action="create"]');
  await page.waitForSelector('[data-testid="notice-manual"]');
  const boxes = await page.$$eval('[data-testid="notice-manual"] label', (labels) =>
    labels.map((label) => {
      const field = label.querySelector("input, textarea")!.getBoundingClientRect();
      const box = label.getBoundingClientRect();
      return { fieldLeft: field.left, labelLeft: box.left, fieldWidth: field.width, labelWidth: box.width };
    }),
  );
  expect(boxes).toHaveLength(3);
  for (const b of boxes) {
    expect(b.fieldLeft).toBeCloseTo(b.labelLeft, 0); // under the label, not beside it
    expect(b.fieldWidth).toBeGreaterThanOrEqual(b.labelWidth - 1);
  }
  expect(await overflowAt320(page)).toBe(0);
  await page.close();
});

test("a waiting (manual) notice's send-after time reads as 'not before', never as a send the add-in has scheduled", async () => {
  for (const lang of ["ja", "en"] as const) {
    const page = await openTaskpane(null, lang === "ja" ? "ja-JP" : "en-US", { roaming: roamingWithNotice(lang) });
    await page.waitForSelector('#notices [data-notice-id="n-e2e-1"]');
    const label = await page.$eval('[data-testid="notice-send-after"]', (dd) => dd.previousElementSibling?.textContent ?? "");
    expect(label).toMatch(lang === "ja" ? /以降/ : /after/i);
    expect(label).not.toMatch(/予定|scheduled/i);
    await page.close();
  }
});
