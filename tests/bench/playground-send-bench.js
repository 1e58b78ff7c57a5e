#!/usr/bin/env node
/**
 * The time of one typical Send in the playground: 5 recipients (3 internal, 2 external in two
 * domains), no attachments, the real launchevent.js in headless Chromium against the simulated
 * Outlook. Each run is a new message, so every run does the whole check and shows the alert.
 * An internal-only Send (no alert, sent at once) is measured too.
 *
 * Per run:
 *   handler  = pressSend's durationMs: Send pressed → the handler's event.completed()
 *   wall     = in the page, from the click on Send to the Smart Alert open (or "Sent" shown),
 *              one animation frame later (i.e. painted)
 * The wall time includes the send driver's 50 ms settle window (it listens that long for a second,
 * forbidden event.completed() before acting), which real Outlook does not have.
 * Also prints the launchevent bundle size, raw and gzip, for a production build in dist-prod/ or
 * tests/.out/dist-prod/, and for dist/, when present.
 *
 *   npm run build:dev && node tests/bench/playground-send-bench.js [--runs 30] [--warmup 3]
 *   (production sizes: npm run build -- --env out=tests/.out/dist-prod first)
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const Module = require("module");
const ts = require("typescript");
const { chromium } = require("playwright-core");

const ROOT = path.resolve(__dirname, "..", "..");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a whole number, got ${process.argv[i + 1]}`);
  return n;
}

/** Loads a TypeScript module of this repository (the test static server) without a build step. */
function requireTs(file) {
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, {
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

function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function stats(values) {
  return { median: median(values), p90: percentile(values, 90), min: Math.min(...values), max: Math.max(...values) };
}

const SCENARIOS = {
  "external (alert)": {
    to: '"Ichiro Tanaka" <ichiro.tanaka@minatotech.co.jp>; yamamoto@example.co.jp; kato@osaka.example.co.jp',
    cc: "hana@partner.example.com; sato@example.co.jp",
    expect: "alert",
  },
  "internal only (sent)": {
    to: "yamamoto@example.co.jp; kato@osaka.example.co.jp; sato@example.co.jp",
    cc: "suzuki@example.co.jp; ito@tokyo.example.co.jp",
    expect: "sent",
  },
};

/** One Send in the page; returns { handler, wall, state }. */
async function oneSend(page, scenario) {
  await page.click("#new-message");
  await page.fill("#to", scenario.to);
  await page.fill("#cc", scenario.cc);
  await page.fill("#bcc", "");
  await page.fill("#subject", "お見積もりの件");
  const result = await page.evaluate(async () => {
    const handle = window.outboundGuardPlayground;
    const before = handle.sendCount;
    const dialog = document.getElementById("smart-alert");
    const started = performance.now();
    document.getElementById("send").click();
    await new Promise((resolve) => {
      const poll = () => (handle.sendCount > before ? resolve() : requestAnimationFrame(poll));
      poll();
    });
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const wall = performance.now() - started;
    return { wall, handler: handle.lastReport.outcome ? handle.lastReport.outcome.durationMs : -1, alert: dialog.open };
  });
  if (result.alert) await page.click("[data-testid=alert-dont-send]");
  await page.waitForFunction(() => !document.body.dataset.busy);
  const state = result.alert ? "alert" : "sent";
  if (state !== scenario.expect) throw new Error(`expected ${scenario.expect}, got ${state}`);
  return result;
}

function bundleSizes() {
  const rows = [];
  for (const dir of ["dist-prod", path.join("tests", ".out", "dist-prod"), "dist"]) {
    const file = path.join(ROOT, dir, "launchevent.js");
    if (!fs.existsSync(file)) continue;
    const data = fs.readFileSync(file);
    const minified = !/\n\s{2,}\S/.test(data.subarray(0, 20000).toString("utf8"));
    rows.push({
      build: `${dir}/launchevent.js${minified ? " (minified)" : " (development)"}`,
      raw: `${(data.length / 1024).toFixed(1)} KiB`,
      gzip: `${(zlib.gzipSync(data, { level: 9 }).length / 1024).toFixed(1)} KiB`,
    });
  }
  return rows;
}

async function main() {
  const runs = option("runs", 30);
  const warmup = option("warmup", 3);
  const dist = path.join(ROOT, "dist");
  if (!fs.existsSync(path.join(dist, "playground", "index.html"))) throw new Error("dist/playground is missing: run `npm run build:dev` first");

  const { startStaticServer } = requireTs(path.join(ROOT, "tests", "tools", "static-server.ts"));
  const server = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const table = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}playground/?lang=en-US`);
    await page.waitForSelector("body[data-ready]");
    for (const [name, scenario] of Object.entries(SCENARIOS)) {
      for (let i = 0; i < warmup; i++) await oneSend(page, scenario);
      const handler = [];
      const wall = [];
      for (let i = 0; i < runs; i++) {
        const r = await oneSend(page, scenario);
        handler.push(r.handler);
        wall.push(r.wall);
      }
      const h = stats(handler);
      const w = stats(wall);
      const ms = (v) => `${v.toFixed(1)} ms`;
      table.push({ send: name, runs, "handler median": ms(h.median), "handler p90": ms(h.p90), "wall median": ms(w.median), "wall p90": ms(w.p90), "wall min–max": `${w.min.toFixed(0)}–${w.max.toFixed(0)} ms` });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`Playground Send, 5 recipients, no attachments — Chromium ${browser.version()}, ${require("os").cpus().length} cores`);
  console.table(table);
  console.log("handler = pressSend durationMs (Send → event.completed); wall = click → alert open / Sent shown, painted;");
  console.log("wall includes the simulated driver's 50 ms settle window after event.completed (not in real Outlook).");
  const sizes = bundleSizes();
  if (sizes.length) {
    console.log("\nlaunchevent bundle size");
    console.table(sizes);
  }
  if (!sizes.some((s) => s.build.includes("dist-prod"))) console.log("(production size: npm run build -- --env out=tests/.out/dist-prod, then run again)");
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
