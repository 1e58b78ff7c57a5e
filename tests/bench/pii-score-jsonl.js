#!/usr/bin/env node
/**
 * Scores the detector on a labelled JSONL set the way an outside scorer does: through the real
 * CLI (`outbound-guard scan --jsonl`), then per-type precision/recall against the labels.
 *
 *   npm run build:cli && node tests/bench/pii-score-jsonl.js tests/fixtures/pii/pii-holdout.jsonl [--errors]
 *
 * A found item matches a label when mail id, type and exact text agree (counted as multisets).
 */
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "..");
const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
if (!file) {
  process.stderr.write("usage: node tests/bench/pii-score-jsonl.js LABELLED.jsonl [--errors]\n");
  process.exit(2);
}
const showErrors = process.argv.includes("--errors");

const labelled = fs
  .readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l));
const run = spawnSync(process.execPath, [path.join(ROOT, "src", "cli", "outbound-guard.cjs"), "scan", "--jsonl", file], {
  encoding: "utf8",
  maxBuffer: 256 << 20,
});
if (run.status !== 0) {
  process.stderr.write(`scan --jsonl exited ${run.status}: ${run.stderr}\n`);
  process.exit(1);
}
const out = run.stdout.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
if (out.length !== labelled.length) {
  process.stderr.write(`expected ${labelled.length} output lines, got ${out.length}\n`);
  process.exit(1);
}

const counts = {};
const bump = (type, k) => {
  counts[type] = counts[type] || { tp: 0, fp: 0, fn: 0 };
  counts[type][k]++;
};
const errors = [];
let negatives = 0;
let falseAlarmMails = 0;
labelled.forEach((mail, i) => {
  const got = out[i];
  if (got.id !== mail.id) throw new Error(`line ${i + 1}: id ${got.id} for ${mail.id}`);
  const expected = mail.expected.slice();
  for (const f of got.found) {
    const k = expected.findIndex((e) => e.type === f.type && e.text === f.text);
    if (k >= 0) {
      bump(f.type, "tp");
      expected.splice(k, 1);
    } else {
      bump(f.type, "fp");
      errors.push(`${mail.id} FP ${f.type} ${JSON.stringify(f.text)}`);
    }
  }
  for (const e of expected) {
    bump(e.type, "fn");
    errors.push(`${mail.id} FN ${e.type} ${JSON.stringify(e.text)}`);
  }
  if (mail.expected.length === 0) {
    negatives++;
    if (got.found.length > 0) falseAlarmMails++;
  }
});

const ratio = (a, b) => (b === 0 ? 1 : a / b);
const pad = (s, n) => String(s).padEnd(n);
const all = { tp: 0, fp: 0, fn: 0 };
console.log(`${path.relative(ROOT, path.resolve(file))}: ${labelled.length} mails, ${negatives} without personal data`);
console.log(`  ${pad("type", 20)}${pad("tp", 6)}${pad("fp", 6)}${pad("fn", 6)}${pad("precision", 11)}recall`);
for (const type of Object.keys(counts).sort()) {
  const c = counts[type];
  all.tp += c.tp;
  all.fp += c.fp;
  all.fn += c.fn;
  console.log(`  ${pad(type, 20)}${pad(c.tp, 6)}${pad(c.fp, 6)}${pad(c.fn, 6)}${pad(ratio(c.tp, c.tp + c.fp).toFixed(3), 11)}${ratio(c.tp, c.tp + c.fn).toFixed(3)}`);
}
console.log(`  ${pad("overall", 20)}${pad(all.tp, 6)}${pad(all.fp, 6)}${pad(all.fn, 6)}${pad(ratio(all.tp, all.tp + all.fp).toFixed(3), 11)}${ratio(all.tp, all.tp + all.fn).toFixed(3)}`);
console.log(`  clean mails with a false alarm: ${falseAlarmMails} of ${negatives}`);
if (showErrors) for (const e of errors) console.log(`  ${e}`);
