#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark of the project, one after another, each printing its own
 * figures beside a reference measured in the same run. Pass --quick for a shorter run; pass
 * names (pii, protect, send, freeze, coldstart, misdirection) to run only those.
 */
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");
const quick = process.argv.includes("--quick");
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));

function node(script, args = []) {
  return [process.execPath, [script, ...args]];
}

/** Each bench: a name, how to prepare it, and how to run it. */
const BENCHES = [
  {
    name: "pii",
    prepare: [[process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tests/bench/pii-tsconfig.json"]]],
    run: node("tests/.out/pii-bench/tests/bench/pii-bench.js", quick ? ["--quick"] : []),
  },
  { name: "protect", prepare: [], run: node("tests/bench/protect-bench.js", quick ? ["--quick"] : []) },
  {
    name: "send",
    prepare: [
      ["npm", ["run", "build", "--", "--env", "out=tests/.out/dist-prod"]],
      ["npm", ["run", "build:dev"]],
    ],
    run: node("tests/bench/playground-send-bench.js"),
  },
  {
    // Issue 11: how long the playground page freezes while a 20 MB CSV is protected at attach time.
    name: "freeze",
    prepare: [["npm", ["run", "build:dev"]]],
    run: node("tests/bench/playground-attach-freeze-bench.js", quick ? ["--runs", "1", "--warmup", "0", "--mb", "5"] : []),
  },
  {
    // Issue 11: load launchevent.js until both handlers are registered, DOM-less ES2016 vm.
    name: "coldstart",
    prepare: [["npm", ["run", "build", "--", "--env", "out=tests/.out/dist-prod"]]],
    run: node("tests/bench/coldstart-bench.js", ["--dist", "tests/.out/dist-prod", ...(quick ? ["--quick"] : [])]),
  },
  { name: "misdirection", prepare: [], run: node("tests/bench/misdirection-bench.js", quick ? ["--quick"] : []), optional: true },
];

let failed = 0;
for (const bench of BENCHES) {
  if (only.length && !only.includes(bench.name)) continue;
  if (bench.optional && !fs.existsSync(path.join(ROOT, bench.run[1][0]))) continue;
  console.log(`\n=== ${bench.name} ===`);
  for (const [cmd, args] of bench.prepare) {
    const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) {
      console.error(`${bench.name}: preparing failed (${cmd} ${args.join(" ")})`);
      failed++;
      continue;
    }
  }
  const [cmd, args] = bench.run;
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`${bench.name}: exited ${r.status}`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
