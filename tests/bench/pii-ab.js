#!/usr/bin/env node
/**
 * A/B CPU time of two compiled PII scanners on the bench's mixed mail, interleaved in one
 * process (old, new, old, new…) so both see the same load on a shared machine. Prints the
 * median CPU ms (user + system of this process) and wall ms of each, and their ratio.
 *
 *   node tests/bench/pii-ab.js --old /tmp/pii-old [--new tests/.out/pii-bench] [--runs 9] [--size 4]
 */
"use strict";
const path = require("node:path");
const ROOT = path.resolve(__dirname, "../..");
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : dflt);
const dirs = { old: path.resolve(opt("--old", "/tmp/pii-old")), new: path.resolve(ROOT, opt("--new", "tests/.out/pii-bench")) };
const runs = Number(opt("--runs", "9"));
const size = Number(opt("--size", "4")) << 20;
const scan = {};
for (const k of Object.keys(dirs)) scan[k] = require(path.join(dirs[k], "src/core/pii/scanner.js")).scanText;
const text = require(path.join(dirs.new, "tests/bench/pii-inputs.js")).mixedMailText(size);
const mails = [];
for (let i = 0; i < text.length; i += 2000) mails.push(text.slice(i, i + 2000));
const utf8 = Buffer.byteLength(text) / (1 << 20);

function measure(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall: performance.now() - t0 };
}
const med = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
for (const shape of ["one call", "one call per 2 KB"]) {
  const res = { old: [], new: [] };
  for (const k of ["old", "new"]) (shape === "one call" ? scan[k](text) : mails.forEach((m) => scan[k](m))); // warm up
  for (let r = 0; r < runs; r++) {
    for (const k of r % 2 ? ["new", "old"] : ["old", "new"]) {
      res[k].push(measure(() => (shape === "one call" ? scan[k](text) : mails.forEach((m) => scan[k](m)))));
    }
  }
  const line = (k) => {
    const cpu = med(res[k].map((x) => x.cpu));
    const wall = med(res[k].map((x) => x.wall));
    return { cpu, wall, s: `${k.padEnd(4)} cpu ${cpu.toFixed(0).padStart(5)} ms (${(utf8 / (cpu / 1000)).toFixed(1)} MB/s of CPU)  wall ${wall.toFixed(0).padStart(5)} ms` };
  };
  const o = line("old");
  const n = line("new");
  console.log(`${shape}, ${(text.length / (1 << 20)).toFixed(1)} M chars, median of ${runs}:\n  ${o.s}\n  ${n.s}\n  CPU ratio old/new ${(o.cpu / n.cpu).toFixed(2)}x`);
}
