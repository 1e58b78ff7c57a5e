#!/usr/bin/env node
/**
 * Cold start of the Send handler (issue 11): the time from starting to evaluate the production
 * launchevent.js to both handlers registered (Office.actions.associate called twice), in a
 * DOM-less `vm` context stripped to ES2016 like classic Outlook before Version 2403
 * (tests/tools/es2016-context.js). Median of N fresh contexts; every run's source differs by a
 * trailing comment so V8's compilation cache cannot serve a warm copy.
 *
 * Beside it, in the same run: a no-op script of the same size (many small functions never
 * called: what parsing that many bytes costs by itself), and with --before FILE another bundle
 * (e.g. the build before issue 11) measured the same way.
 *
 *   node tests/bench/coldstart-bench.js [--dist DIR] [--before FILE] [--runs N]
 *   npm run bench -- coldstart   (builds tests/.out/dist-prod first)
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const zlib = require("node:zlib");
const { performance } = require("node:perf_hooks");
const { createEs2016Context } = require("../tools/es2016-context.js");

const ROOT = path.resolve(__dirname, "..", "..");
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const dist = path.resolve(ROOT, opt("--dist", "tests/.out/dist-prod"));
const before = opt("--before");
const runs = Number(opt("--runs", argv.includes("--quick") ? 7 : 21));

/** One cold evaluation: milliseconds until `handlers` associations, or the error. */
function coldStart(code, run, handlers) {
  let registered;
  let count = 0;
  const quiet = { log() {}, info() {}, warn() {}, error() {}, debug() {} };
  const context = createEs2016Context({
    console: quiet,
    Office: {
      actions: {
        associate() {
          if (++count === handlers) registered = performance.now();
        },
      },
      context: { requirements: { isSetSupported: () => false }, diagnostics: {}, mailbox: {} },
      MailboxEnums: {},
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      CoercionType: { Text: "text", Html: "html" },
    },
  });
  const source = `${code}\n//# run ${run} ${Math.random()}`;
  const start = performance.now();
  vm.runInContext(source, context, { filename: `launchevent-${run}.js` });
  const end = performance.now();
  return registered === undefined ? { ms: end - start, registered: false } : { ms: registered - start, registered: true };
}

/** A script of `bytes` bytes that defines functions and calls none, then registers two handlers. */
function noOpOfSize(bytes) {
  const tail = 'Office.actions.associate("a", function () {}); Office.actions.associate("b", function () {});\n';
  const parts = [];
  let size = tail.length;
  for (let i = 0; size < bytes; i++) {
    const line = `function f${i}(a,b){var c=a+b*${i};return c>${i}?[a,b,c]:{a:a,b:b,c:c}}\n`;
    parts.push(line);
    size += line.length;
  }
  return parts.join("") + tail;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Samples every script in turn, run after run, so a busy machine slows them all alike. */
function measureAll(scripts) {
  for (const sc of scripts) coldStart(sc.code, -1, 2); // load V8's own lazily built pieces, not counted
  const samples = scripts.map(() => []);
  for (let i = 0; i < runs; i++) {
    scripts.forEach((sc, k) => {
      const r = coldStart(sc.code, i, 2);
      if (!r.registered) throw new Error(`${sc.label}: the handlers were not registered`);
      samples[k].push(r.ms);
    });
  }
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  return scripts.map((sc, k) => {
    const raw = Buffer.byteLength(sc.code);
    const gzip = zlib.gzipSync(sc.code, { level: 9 }).length;
    const m = median(samples[k]);
    console.log(
      `${sc.label.padEnd(40)} ${kib(raw).padStart(11)} ${kib(gzip).padStart(11)}   median ${m.toFixed(1).padStart(6)} ms  (min ${Math.min(...samples[k]).toFixed(1)}, max ${Math.max(...samples[k]).toFixed(1)})`,
    );
    return m;
  });
}

const bundlePath = path.join(dist, "launchevent.js");
if (!fs.existsSync(bundlePath)) {
  console.error(`coldstart: ${bundlePath} not found (npm run build -- --env out=${path.relative(ROOT, dist)})`);
  process.exit(2);
}
const code = fs.readFileSync(bundlePath, "utf8");
console.log(`cold start: evaluate launchevent.js until both handlers are registered, ES2016 vm without a DOM, ${runs} runs each`);
console.log(`${"".padEnd(40)} ${"raw".padStart(11)} ${"gzip -9".padStart(11)}`);
const scripts = [
  { label: "launchevent.js (this build)", code },
  { label: "reference: no-op script, same size", code: noOpOfSize(Buffer.byteLength(code)) },
];
if (before) scripts.push({ label: `reference: ${path.basename(path.dirname(path.resolve(before)))}/${path.basename(before)}`, code: fs.readFileSync(before, "utf8") });
const [ours, noop, earlier] = measureAll(scripts);
console.log(`this build takes ${(ours / noop).toFixed(1)}× the no-op script of its size${earlier ? `, ${(ours / earlier).toFixed(2)}× the reference bundle` : ""}`);
