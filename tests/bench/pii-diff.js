#!/usr/bin/env node
/**
 * Differential run of two compiled PII scanners: every finding of the old build must be a finding
 * of the new one and nothing more (type, offsets, text, masked preview), on
 *  - every labelled set (tests/fixtures/pii/*.jsonl, pii-blind, pii-blind-2): subject and body,
 *    all types, each type alone, and without exclusions;
 *  - full-width copies of those mails (ASCII digits, letters and punctuation to U+FF01..);
 *  - seeded fuzz: mails concatenated and mutated (inserted digits, separators, line breaks, labels);
 *  - big texts (> 64K characters, scanned in windows): all mails joined, shuffled joins, mixed mail;
 *  - the adversarial inputs of the bench;
 *  - tables: generated customer CSVs (2, 5 and 20 MB: the attach-time case) and small ones mutated,
 *    re-delimited (tab, "|"), with CRLF, an organisation's header, prose and blank lines around.
 * Speed changes must leave this at 0 differences. The blind set 3 is never read.
 *
 *   npx tsc -p tests/bench/pii-tsconfig.json
 *   cp -r tests/.out/pii-bench /tmp/pii-old        # from the commit to compare against
 *   node tests/bench/pii-diff.js --old /tmp/pii-old [--new tests/.out/pii-bench] [--fuzz 3000]
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");
const args = process.argv.slice(2);
function opt(name, dflt) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
}
const oldDir = path.resolve(opt("--old", "/tmp/pii-old"));
const newDir = path.resolve(ROOT, opt("--new", "tests/.out/pii-bench"));
const fuzzCount = Number(opt("--fuzz", "3000"));

const oldScan = require(path.join(oldDir, "src/core/pii/scanner.js")).scanText;
const newScan = require(path.join(newDir, "src/core/pii/scanner.js")).scanText;
const inputs = require(path.join(newDir, "tests/bench/pii-inputs.js"));
const { customerCsv, customerCsvOfSize } = require(path.join(newDir, "tests/tools/customer-csv.js"));

const TYPES = [
  "my_number", "corporate_number", "credit_card", "phone", "email_address", "postal_code", "address",
  "birth_date", "bank_account", "passport", "drivers_license", "health_insurance", "pension_number",
];

const SETS = [
  "tests/fixtures/pii/pii-set.jsonl",
  "tests/fixtures/pii/pii-handwritten.jsonl",
  "tests/fixtures/pii/pii-holdout.jsonl",
  "tests/fixtures/pii-blind/blind-set.jsonl",
  "tests/fixtures/pii-blind-2/blind-set.jsonl",
];

function readSet(rel) {
  if (rel.includes("pii-blind-3")) throw new Error("blind set 3 is never read");
  return fs
    .readFileSync(path.join(ROOT, rel), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));
}

function key(m) {
  return `${m.type}@${m.start}-${m.end}:${JSON.stringify(m.text)}:${JSON.stringify(m.masked)}`;
}

let checked = 0;
let differences = 0;
const byGroup = new Map();
function compare(group, label, text, options) {
  checked++;
  let a;
  let b;
  let errA = null;
  let errB = null;
  try {
    a = oldScan(text, options).map(key);
  } catch (e) {
    errA = String(e);
  }
  try {
    b = newScan(text, options).map(key);
  } catch (e) {
    errB = String(e);
  }
  const g = byGroup.get(group) || { checked: 0, diffs: 0 };
  g.checked++;
  byGroup.set(group, g);
  let same = errA === errB;
  if (same && errA === null) same = a.length === b.length && a.every((x, i) => x === b[i]);
  if (same) return;
  differences++;
  g.diffs++;
  if (differences <= 20) {
    const inB = new Set(b || []);
    const inA = new Set(a || []);
    const onlyOld = errA ? [errA] : a.filter((x) => !inB.has(x));
    const onlyNew = errB ? [errB] : b.filter((x) => !inA.has(x));
    console.log(`DIFF [${group}] ${label} ${options ? JSON.stringify(options) : ""}`);
    console.log(`  old only: ${onlyOld.slice(0, 5).join(" | ")}`);
    console.log(`  new only: ${onlyNew.slice(0, 5).join(" | ")}`);
    if (!onlyOld.length && !onlyNew.length) console.log("  (same findings, different order)");
  }
}

/** ASCII printable to full width, space to U+3000. */
function fullWidth(s) {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) out += "\u3000";
    else if (c > 32 && c < 127) out += String.fromCharCode(c + 0xfee0);
    else out += s[i];
  }
  return out;
}

/** Deterministic PRNG (mulberry32). */
function rng(seed) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = [
  "0", "1", "4", "9", "０", "９", "-", "－", "ー", " ", "\u3000", "\n", "\n\n", "\r\n", ".", "/", "(", ")", "*",
  "〒", "@", "+81 ", "TEL:", "電話", "携帯", "マイナンバー", "生年月日", "口座", "普通", "番号", "注文番号",
  "--\n", "以上", "> ", "昭和", "平成", "年", "月", "日", "丁目", "東京都", "ﾏｲﾅﾝﾊﾞｰ", "4111", "090-1234-5678",
  "123456789012", "\t", ",", "Regards,\n", "株式会社", "旅券", "免許証", "基礎年金番号", "保険者番号",
];

function mutate(text, rand, count) {
  let t = text;
  for (let k = 0; k < count; k++) {
    const at = Math.floor(rand() * (t.length + 1));
    const r = rand();
    if (r < 0.5) t = t.slice(0, at) + INSERTS[Math.floor(rand() * INSERTS.length)] + t.slice(at);
    else if (r < 0.7) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(rand() * 4));
    else if (r < 0.85) {
      const len = 1 + Math.floor(rand() * 30);
      t = t.slice(0, at) + t.slice(at, at + len) + t.slice(at);
    } else {
      const len = 1 + Math.floor(rand() * 40);
      t = t.slice(0, at) + fullWidth(t.slice(at, at + len)) + t.slice(at + len);
    }
  }
  return t;
}

const t0 = Date.now();
const all = [];
for (const rel of SETS) {
  const mails = readSet(rel);
  const name = path.basename(path.dirname(rel)) + "/" + path.basename(rel);
  for (const m of mails) {
    all.push(m);
    for (const [part, text] of [["subject", m.subject], ["body", m.body]]) {
      if (typeof text !== "string") continue;
      compare(name, `${m.id}.${part}`, text, undefined);
      compare(name, `${m.id}.${part}`, text, { exclusions: false });
      compare(name + " full-width", `${m.id}.${part}`, fullWidth(text), undefined);
      if (part === "body") {
        for (const type of TYPES) compare(name + " per type", `${m.id}.${part}`, text, { types: [type] });
        compare(name + " CRLF", `${m.id}.${part}`, text.replace(/\n/g, "\r\n"), undefined);
      }
    }
  }
}

const rand = rng(20261204);
for (let i = 0; i < fuzzCount; i++) {
  const n = 1 + Math.floor(rand() * 3);
  const parts = [];
  for (let k = 0; k < n; k++) parts.push(all[Math.floor(rand() * all.length)].body);
  const joined = parts.join(rand() < 0.5 ? "\n\n" : "\n");
  const text = mutate(joined, rand, 1 + Math.floor(rand() * 12));
  compare("fuzz", `#${i}`, text, undefined);
}

// big texts: windows
const bodies = all.map((m) => m.body);
compare("big", "all bodies joined", bodies.join("\n\n"), undefined);
compare("big", "all bodies joined, one newline", bodies.join("\n"), undefined);
compare("big", "all bodies full-width", fullWidth(bodies.join("\n\n")), undefined);
for (let s = 0; s < 6; s++) {
  const r = rng(s + 1);
  const shuffled = bodies.slice().sort(() => r() - 0.5);
  compare("big", `shuffled join #${s}`, mutate(shuffled.join("\n\n"), r, 200), undefined);
}
compare("big", "mixed mail 1M", inputs.mixedMailText(1 << 20), undefined);
compare("big", "mixed mail 300K", inputs.mixedMailText(300000), { exclusions: false });

for (const { name, text } of inputs.adversarialInputs()) {
  compare("adversarial", name, text, undefined);
  compare("adversarial (100K)", name, text.slice(0, 100000), undefined);
}

// tables: an attached customer list, whole and mutated
const utf8 = new TextDecoder();
for (const mb of [2, 5, 20]) compare("tables", `customer CSV ${mb} MB`, utf8.decode(customerCsvOfSize(mb << 20)), undefined);
const csv = utf8.decode(customerCsv(3000));
compare("tables", "customer CSV, types phone+address", csv, { types: ["phone", "address"] });
compare("tables", "customer CSV, no exclusions", csv, { exclusions: false });
compare("tables", "customer CSV, CRLF", csv.replace(/\n/g, "\r\n"), undefined);
compare("tables", "customer CSV, tabs", csv.replace(/,/g, "\t"), undefined);
compare("tables", "customer CSV, pipes", csv.replace(/,/g, " | "), undefined);
compare("tables", "customer CSV, branch header", csv.replace("氏名,", "支店名,"), undefined);
compare("tables", "customer CSV, no header", csv.slice(csv.indexOf("\n") + 1), undefined);
{
  const r = rng(77);
  const rows = csv.split("\n");
  for (let i = 0; i < 60; i++) {
    // slices of the list between mails, blank lines, separators and other tables
    const from = Math.floor(r() * rows.length);
    const piece = rows.slice(from, from + 20 + Math.floor(r() * 400)).join("\n");
    const around = all[Math.floor(r() * all.length)].body;
    const text = r() < 0.5 ? `${around}\n\n${rows[0]}\n${piece}\n\n${around}` : `${around}\n${piece}\n--\n${around}`;
    compare("tables (mutated)", `#${i}`, mutate(text, r, Math.floor(r() * 40)), undefined);
  }
}

for (const [g, s] of byGroup) console.log(`  ${g.padEnd(40)} ${String(s.checked).padStart(6)} scans  ${s.diffs} differences`);
console.log(`pii-diff: ${checked} scans compared (old ${oldDir}, new ${newDir}), ${differences} differences, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(differences === 0 ? 0 : 1);
