#!/usr/bin/env node
/**
 * How long the playground page freezes while a file is protected at attach time (issue 11): a
 * 20 MB customer-list CSV (names, phones, e-mail addresses: the personal-data scan has work to
 * do) attached to a message with an external recipient, `attachments.protect: "external"`, the
 * real launchevent.js in headless Chromium.
 *
 * Per run, in the page, from the file input's change to the last launch event completed:
 *   longest frame gap = the longest time between two requestAnimationFrame callbacks (the page
 *                       could not paint or react for that long);
 *   longest task      = the longest entry of a PerformanceObserver("longtask");
 *   attach-time run   = OnMessageAttachmentsChanged raised → completed;
 *   progress painted  = a frame was painted while the "Protecting attachments…" bar was listed.
 *
 *   npm run build:dev && node tests/bench/playground-attach-freeze-bench.js [--runs 3] [--warmup 1] [--mb 20] [--dist dist]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const Module = require("module");
const ts = require("typescript");
const { chromium } = require("playwright-core");

const ROOT = path.resolve(__dirname, "..", "..");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

function option(name, fallback, least = Number.MIN_VALUE) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isFinite(n) || n < least) throw new Error(`--${name} needs a number of at least ${least}, got ${process.argv[i + 1]}`);
  return n;
}

/** Loads a TypeScript module of this repository without a build step. */
function requireTs(file) {
  const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
  });
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(outputText, file);
  return m.exports;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const POLICY = {
  internalDomains: ["example.co.jp", "*.example.co.jp"],
  external: { confirm: true },
  attachments: { protect: "external" },
};

/** The frame / long-task recorder, installed in the page before the file is attached. */
function startRecorder() {
  const rec = { frames: [], tasks: [], progressFrames: 0, stop: false };
  window.__freeze = rec;
  try {
    rec.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.tasks.push(e.duration);
    });
    rec.observer.observe({ type: "longtask", buffered: false });
  } catch {
    rec.observer = undefined;
  }
  const tick = (t) => {
    rec.frames.push(t);
    if (document.querySelector('[data-testid=info-bar][data-type="progressIndicator"]')) rec.progressFrames++;
    if (!rec.stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stopRecorder() {
  const rec = window.__freeze;
  rec.stop = true;
  if (rec.observer) rec.observer.disconnect();
  let gap = 0;
  for (let i = 1; i < rec.frames.length; i++) gap = Math.max(gap, rec.frames[i] - rec.frames[i - 1]);
  const m = window.outboundGuardPlayground.session.mailbox;
  const ev = m.launchEvents.filter((e) => e.event === "OnMessageAttachmentsChanged");
  const last = ev[ev.length - 1];
  return {
    gap,
    task: rec.tasks.length ? Math.max(...rec.tasks) : 0,
    run: last && last.completedAt ? last.completedAt - last.raisedAt : -1,
    progressFrames: rec.progressFrames,
    tasks: rec.tasks.filter((d) => d >= 200).map((d) => Math.round(d)),
    names: m.item.attachments.map((a) => a.name),
  };
}

async function oneRun(page, file) {
  await page.click("#new-message");
  await page.fill("#to", "ichiro.tanaka@minatotech.co.jp");
  await page.dispatchEvent("#to", "change");
  await page.waitForFunction(() => window.outboundGuardPlayground.session.mailbox.eventTracker.running === 0);
  const before = await page.evaluate(() => window.outboundGuardPlayground.session.mailbox.launchEvents.length);
  await page.evaluate(startRecorder);
  await page.setInputFiles("#attach-input", file, { timeout: 180_000 });
  await page.waitForFunction(
    (n) => {
      const m = window.outboundGuardPlayground.session.mailbox;
      const mine = m.launchEvents.slice(n).filter((e) => e.event === "OnMessageAttachmentsChanged");
      return mine.length > 0 && mine.every((e) => e.completedAt !== undefined) && m.eventTracker.running === 0;
    },
    before,
    { timeout: 1_800_000, polling: 100 },
  );
  // Two more frames, so a freeze at the very end is counted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const r = await page.evaluate(stopRecorder);
  if (r.names.length !== 1 || !r.names[0].endsWith(".zip")) throw new Error(`not protected at attach time: ${r.names.join(", ")}`);
  return r;
}

async function main() {
  const runs = option("runs", 3);
  const warmup = option("warmup", 1, 0);
  const mb = option("mb", 20);
  const distAt = process.argv.indexOf("--dist");
  const dist = distAt > 0 ? path.resolve(process.argv[distAt + 1]) : path.join(ROOT, "dist");
  if (!fs.existsSync(path.join(dist, "playground", "index.html"))) throw new Error("dist/playground is missing: run `npm run build:dev` first");
  const { customerCsvOfSize } = requireTs(path.join(ROOT, "tests", "tools", "customer-csv.ts"));
  // A file on disk, as a person picks it: Chromium reads it itself (a buffer would be decoded in the
  // page by Playwright, a long task of the harness, not of the playground).
  const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "og-freeze-"));
  const file = path.join(dir, "顧客一覧.csv");
  fs.writeFileSync(file, customerCsvOfSize(Math.round(mb * 1_000_000)));

  const { startStaticServer } = requireTs(path.join(ROOT, "tests", "tools", "static-server.ts"));
  const server = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const rows = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}playground/?lang=en-US`);
    await page.waitForSelector("body[data-ready]");
    await page.fill("#policy-text", JSON.stringify(POLICY, null, 2));
    await page.dispatchEvent("#policy-text", "input");
    for (let i = 0; i < warmup; i++) await oneRun(page, file);
    for (let i = 0; i < runs; i++) rows.push(await oneRun(page, file));
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const ms = (v) => `${v.toFixed(0)} ms`;
  console.log(`Playground freeze while a ${mb} MB customer CSV is protected at attach time — Chromium ${browser.version()}, ${require("os").cpus().length} cores, load ${require("os").loadavg()[0].toFixed(2)}`);
  console.table(rows.map((r, i) => ({ run: i + 1, "longest frame gap": ms(r.gap), "longest task": ms(r.task), "attach-time run": ms(r.run), "frames with progress bar": r.progressFrames })));
  console.log(
    `long tasks (≥ 200 ms), last run: ${rows[rows.length - 1].tasks.join(", ")} ms\n` +
    `median of ${runs}: longest frame gap ${ms(median(rows.map((r) => r.gap)))}, longest task ${ms(median(rows.map((r) => r.task)))}, attach-time run ${ms(median(rows.map((r) => r.run)))}`,
  );
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
