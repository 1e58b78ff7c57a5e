#!/usr/bin/env node
/**
 * `npm run mutate`: proves the fault tests by breaking the code they guard (mutations.js).
 *
 * The work tree is never changed: src, tests and the configs are copied to a scratch directory
 * (node_modules linked), each mutation is applied there alone, its named jest runs are started,
 * and the file is put back before the next. A mutation is KILLED when a named test fails (or its
 * suite cannot run), SURVIVED when they all pass. First, unless --no-baseline, every named run is
 * started on the unbroken copy: it must pass, so a kill means the mutation, not a broken test.
 *
 * Exit 1 when a mutation survives, its text is not found exactly once, a run matches no test, or
 * the baseline fails. Options: --only name1,name2   --no-baseline   --check (targets only).
 */
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { MUTATIONS } = require("./mutations");

const ROOT = path.resolve(__dirname, "../..");
const args = process.argv.slice(2);
const only = (() => {
  const i = args.indexOf("--only");
  return i >= 0 ? new Set(args[i + 1].split(",")) : undefined;
})();
const baseline = !args.includes("--no-baseline");
const checkOnly = args.includes("--check");

/** How many times `find` occurs in `text`. */
function occurrences(text, find) {
  let n = 0;
  for (let i = text.indexOf(find); i >= 0; i = text.indexOf(find, i + find.length)) n += 1;
  return n;
}

function targetProblems(root) {
  const problems = [];
  for (const m of MUTATIONS) {
    const file = path.join(root, m.file);
    const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    const n = occurrences(text, m.find);
    if (n !== 1) problems.push(`${m.name}: its text occurs ${n} times in ${m.file} (must be exactly once)`);
    for (const r of m.runs) if (!fs.existsSync(path.join(root, r.file))) problems.push(`${m.name}: no test file ${r.file}`);
  }
  return problems;
}

function scratchCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "og-mutate-"));
  for (const name of ["src", "tests"]) fs.cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  for (const name of ["package.json", "tsconfig.json"]) fs.copyFileSync(path.join(ROOT, name), path.join(dir, name));
  fs.symlinkSync(fs.realpathSync(path.join(ROOT, "node_modules")), path.join(dir, "node_modules"), "dir");
  return dir;
}

/** One jest run in the scratch copy: its failing tests, or why it could not run. */
function runJest(dir, run) {
  const out = path.join(dir, `.jest-result-${process.pid}.json`);
  fs.rmSync(out, { force: true });
  const jest = require.resolve("jest/bin/jest", { paths: [ROOT] });
  const jestArgs = [jest, run.file, "--ci", "--json", "--outputFile", out, "--runInBand"];
  if (run.t) jestArgs.push("-t", run.t);
  const r = spawnSync(process.execPath, jestArgs, { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (!fs.existsSync(out)) return { failed: [], ran: 0, error: (r.stderr || r.stdout || "jest gave no result").split("\n").slice(0, 5).join(" ") };
  const result = JSON.parse(fs.readFileSync(out, "utf8"));
  const failed = [];
  let suiteError;
  for (const suite of result.testResults) {
    for (const a of suite.assertionResults) if (a.status === "failed") failed.push(`${a.fullName}${firstClue(a.failureMessages)}`);
    if (suite.status === "failed" && suite.assertionResults.every((a) => a.status !== "failed")) {
      suiteError = `${path.basename(suite.name)} could not run: ${(suite.message || "").split("\n").find((l) => l.trim()) ?? ""}`.slice(0, 200);
    }
  }
  return { failed, ran: result.numPassedTests + result.numFailedTests, error: suiteError };
}

/** The received lines of a failed expectation (e.g. which stop lost what), else its first line. */
function firstClue(messages) {
  const lines = (messages || []).join("\n").split("\n").map((l) => l.trim());
  const received = lines.filter((l) => l.startsWith("+ ") && !/^\+ (Received|Array \[|Object \{|\]|\})/.test(l)).slice(0, 3);
  const clue = received.length > 0 ? received.join(" | ") : lines.find((l) => l && !l.startsWith("Error: expect")) ?? "";
  return clue ? `\n             → ${clue.slice(0, 300)}` : "";
}

const label = (run) => `${path.basename(run.file)}${run.t ? ` -t "${run.t}"` : ""}`;

function main() {
  const started = Date.now();
  const selected = MUTATIONS.filter((m) => !only || only.has(m.name));
  if (only) for (const name of only) if (!MUTATIONS.some((m) => m.name === name)) console.error(`unknown mutation: ${name}`);
  let bad = false;
  const problems = targetProblems(ROOT);
  for (const p of problems) console.log(`NOT FOUND  ${p}`);
  if (problems.length > 0) bad = true;
  if (checkOnly) return bad ? 1 : 0;

  const dir = scratchCopy();
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  process.on("SIGINT", () => {
    cleanup();
    process.exit(130);
  });
  try {
    if (baseline) {
      const seen = new Set();
      for (const m of selected) {
        for (const run of m.runs) {
          const key = label(run);
          if (seen.has(key)) continue;
          seen.add(key);
          const r = runJest(dir, run);
          const ok = !r.error && r.failed.length === 0 && r.ran > 0;
          console.log(`${ok ? "BASELINE ok" : "BASELINE FAILED"}  ${key}${ok ? "" : `: ${r.error ?? r.failed.join("; ") ?? "no test ran"}`}`);
          if (!ok) bad = true;
        }
      }
      if (bad) {
        console.log("The unbroken code does not pass the named runs: fix them before mutating.");
        return 1;
      }
    }
    const rows = [];
    for (const m of selected) {
      const file = path.join(dir, m.file);
      const original = fs.readFileSync(file, "utf8");
      if (occurrences(original, m.find) !== 1) continue; // reported above
      const t0 = Date.now();
      fs.writeFileSync(file, original.replace(m.find, () => m.replace));
      let verdict = "SURVIVED";
      const why = [];
      try {
        for (const run of m.runs) {
          const r = runJest(dir, run);
          if (r.failed.length > 0 || r.error) {
            verdict = "KILLED";
            why.push(...r.failed.map((f) => `${label({ file: run.file })}: ${f}`));
            if (r.error) why.push(r.error);
            break;
          }
          if (r.ran === 0) why.push(`${label(run)} ran no test`);
        }
      } finally {
        fs.writeFileSync(file, original);
      }
      if (verdict !== "KILLED") bad = true;
      const seconds = ((Date.now() - t0) / 1000).toFixed(0);
      console.log(`${verdict.padEnd(8)} ${m.name} (${seconds} s)`);
      for (const w of why) console.log(`           ${w}`);
      rows.push({ m, verdict });
    }
    const survived = rows.filter((r) => r.verdict !== "KILLED").map((r) => r.m.name);
    console.log(`\n${rows.length - survived.length} of ${rows.length} mutations killed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    if (survived.length > 0) console.log(`SURVIVED: ${survived.join(", ")}`);
    return bad ? 1 : 0;
  } finally {
    cleanup();
  }
}

process.exitCode = main();
