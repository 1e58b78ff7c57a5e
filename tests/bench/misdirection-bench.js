#!/usr/bin/env node
/**
 * `npm run bench -- misdirection [--quick]` (or `node tests/bench/misdirection-bench.js`): compiles
 * misdirection-bench-core.ts with tsc and runs it — the time the misdirection checks add to a
 * review of a 200 KB quoted thread with 50 recipients.
 */
"use strict";
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");
const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tests/bench/misdirection-tsconfig.json"], { cwd: ROOT, stdio: "inherit" });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
const run = spawnSync(process.execPath, [path.join(ROOT, "tests/.out/misdirection-bench/tests/bench/misdirection-bench-core.js"), ...process.argv.slice(2)], { cwd: ROOT, stdio: "inherit" });
process.exit(run.status ?? 1);
