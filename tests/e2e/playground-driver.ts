/**
 * Shared by the end-to-end tests: one static server over dist/ and one headless Chromium per test
 * file, and a small driver for the playground page (fill the compose form, press Send, read what
 * happened). The tests assume `npm run build:dev` has run (as `npm test` does first).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startStaticServer, type StaticServer } from "../tools/static-server";

export const DIST = path.resolve(__dirname, "..", "..", "dist");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Harness {
  browser: Browser;
  server: StaticServer;
  /** Page errors and console errors seen on any page (other than a missing favicon). */
  errors: string[];
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  for (const file of ["playground/index.html", "playground/playground.js", "launchevent.js"]) {
    if (!fs.existsSync(path.join(DIST, file))) {
      throw new Error(`dist/${file} is missing: run \`npm run build:dev\` first (npm test does)`);
    }
  }
  const server = await startStaticServer(DIST);
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    browser,
    server,
    errors: [],
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * One browser and one server for a test file, shared by its tests, and no page or console error
 * allowed in any of them. Returns the harness getter for the tests to use.
 */
export function usePlayground(): () => Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });
  afterEach(() => {
    expect(h?.errors).toEqual([]);
  });
  return () => {
    if (!h) throw new Error("the playground harness did not start (see the beforeAll error)");
    return h;
  };
}

export interface OpenOptions {
  lang?: "ja-JP" | "en-US";
  mailbox?: "1.12" | "1.13" | "1.14" | "1.15";
  /** "never": a client without OnMessageAttachmentsChanged / OnMessageRecipientsChanged (Send-time path). */
  events?: "never";
}

/** A fresh page (its own compose window and device storage) on the playground. */
export async function openPlayground(h: Harness, opts: OpenOptions = {}): Promise<Page> {
  const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (e) => h.errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/favicon/.test(m.text())) h.errors.push(`console: ${m.text()}`);
  });
  const query = new URLSearchParams();
  if (opts.lang) query.set("lang", opts.lang);
  if (opts.mailbox) query.set("mailbox", opts.mailbox);
  if (opts.events) query.set("events", opts.events);
  await page.goto(`${h.server.url}playground/${query.size ? `?${query}` : ""}`);
  await page.waitForSelector("body[data-ready]");
  // The launchevent bundle registered its handler with the simulated mailbox.
  await page.waitForFunction(() => window.outboundGuardPlayground?.session.mailbox.actions.has("onMessageSendHandler") === true);
  return page;
}

export interface Compose {
  from?: string;
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
}

export async function fillCompose(page: Page, c: Compose): Promise<void> {
  if (c.from !== undefined) await page.selectOption("#from", c.from);
  for (const field of ["to", "cc", "bcc", "subject", "body"] as const) {
    const value = c[field];
    if (value !== undefined) await page.fill(`#${field}`, value);
  }
}

export interface SendResult {
  state: string;
  /** The Smart Alert's message as Outlook received it (Markdown on 1.15, else text), or null when none. */
  alert: string | null;
  /** The open dialog's rendered text (innerText), or null when none. */
  shown: string | null;
  /** The alert's button test ids, in order. */
  buttons: string[];
  /** What the handler passed to event.completed. */
  completed: Record<string, unknown> | null;
  durationMs: number;
}

/** Clicks Send and waits for the handler's result (the alert, if any, is then open). */
export async function send(page: Page): Promise<SendResult> {
  const before = await page.evaluate(() => window.outboundGuardPlayground!.sendCount);
  await page.click("#send");
  await page.waitForFunction((n) => window.outboundGuardPlayground!.sendCount === n + 1, before);
  const alertOpen = await page.evaluate(() => (document.getElementById("smart-alert") as HTMLDialogElement).open);
  return {
    state: (await page.getAttribute("[data-testid=send-status]", "data-state")) ?? "",
    alert: alertOpen ? await page.evaluate(() => window.outboundGuardPlayground!.lastReport?.outcome?.dialog?.message ?? "") : null,
    shown: alertOpen ? await page.innerText("#smart-alert-message") : null,
    buttons: alertOpen ? await page.$$eval("#smart-alert-buttons button", (bs) => bs.map((b) => b.getAttribute("data-testid") ?? "")) : [],
    completed: await page.evaluate(() => (window.outboundGuardPlayground!.lastReport?.outcome?.options ?? null) as Record<string, unknown> | null),
    durationMs: await page.evaluate(() => window.outboundGuardPlayground!.lastReport?.outcome?.durationMs ?? -1),
  };
}

/** Answers the open Smart Alert and returns the resulting send state. */
export async function answerAlert(page: Page, button: "alert-dont-send" | "alert-send-anyway" | "alert-take-action"): Promise<string> {
  await page.click(`[data-testid=${button}]`);
  await page.waitForFunction(() => !(document.getElementById("smart-alert") as HTMLDialogElement).open);
  await page.waitForFunction(() => !document.body.dataset.busy);
  return (await page.getAttribute("[data-testid=send-status]", "data-state")) ?? "";
}

/** The addresses in one field of the "recipients after the handler" panel, and which were added. */
export async function recipientsAfter(page: Page, field: "to" | "cc" | "bcc"): Promise<Array<{ address: string; added: boolean }>> {
  return page.$$eval(`[data-testid=after-${field}] [data-testid=recipient]`, (els) =>
    els.map((e) => ({ address: e.getAttribute("data-address") ?? "", added: e.getAttribute("data-added") === "true" })),
  );
}

/** The names of the Office calls logged for the last Send. */
export async function callsLogged(page: Page): Promise<Array<{ call: string; outcome: string }>> {
  return page.$$eval("[data-testid=call]", (rows) => rows.map((r) => ({ call: r.getAttribute("data-call") ?? "", outcome: r.getAttribute("data-outcome") ?? "" })));
}

export async function setPolicy(page: Page, text: string): Promise<void> {
  await page.fill("#policy-text", text);
}
