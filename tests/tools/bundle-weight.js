#!/usr/bin/env node
/**
 * What weighs in a bundle (issue 11): builds production with source maps (webpack.config.js's own
 * settings, into tests/.out/bundle-weight) and charges every byte of the minified file to the
 * source it came from, by the source map. Grouped by package (or by src/ folder). The gzip column
 * is each group's bytes gzipped on their own: a ranking (the whole file gzips better than its parts).
 *
 *   node tests/tools/bundle-weight.js [file=launchevent.js] [--top N] [--modules] [--json] [--dist DIR]
 *
 * --dist DIR reads DIR/<file> and DIR/<file>.map from an earlier run instead of building.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { TraceMap, decodedMappings } = require("@jridgewell/trace-mapping");

const ROOT = path.resolve(__dirname, "..", "..");
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args.find((a, i) => !a.startsWith("--") && !["--top", "--dist"].includes(args[i - 1])) || "launchevent.js";
const top = Number(opt("--top") || 25);
const perModule = args.includes("--modules");

/** "webpack://outbound-guard/../../main/node_modules/@noble/hashes/esm/_u64.js" → "@noble/hashes". */
function groupOf(source) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (m) return m[1];
  const s = /(src\/[^/]+(?:\/[^/]+)?)\/[^/]+$/.exec(source);
  if (s) return s[1];
  return /webpack\/(runtime|bootstrap)/.test(source) ? "(webpack runtime)" : source.replace(/^webpack:\/\/[^/]*\//, "");
}

function build(out) {
  const webpack = require("webpack");
  const config = require(path.join(ROOT, "webpack.config.js"))({ out }, { mode: "production" });
  config.devtool = "source-map";
  // Measuring, not shipping: the size limit must not stop the report on a bundle that is over it.
  config.plugins = config.plugins.filter((p) => p.constructor.name !== "BundleSizeLimitPlugin");
  return new Promise((resolve, reject) =>
    webpack(config).run((err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    }),
  );
}

async function main() {
  const dir = opt("--dist") ? path.resolve(opt("--dist")) : path.join(ROOT, "tests", ".out", "bundle-weight");
  if (!opt("--dist")) await build(dir);
  const code = fs.readFileSync(path.join(dir, file), "utf8");
  const map = new TraceMap(fs.readFileSync(path.join(dir, `${file}.map`), "utf8"));
  const lines = code.split("\n");
  const text = new Map(); // source → its generated text
  const charge = (source, chunk) => text.set(source, (text.get(source) || "") + chunk);
  decodedMappings(map).forEach((segments, line) => {
    const l = lines[line] || "";
    let last = 0;
    let owner = "(unmapped)";
    for (const seg of segments) {
      if (seg[0] > last) charge(owner, l.slice(last, seg[0]));
      last = seg[0];
      owner = seg.length >= 4 ? map.sources[seg[1]] : "(unmapped)";
    }
    charge(owner, l.slice(last) + "\n");
  });
  const groups = new Map();
  const rows = [];
  for (const [source, t] of text) {
    const bytes = Buffer.byteLength(t);
    rows.push({ source, bytes });
    const g = groups.get(groupOf(source)) || { group: groupOf(source), sources: 0, bytes: 0, text: "" };
    g.sources++;
    g.bytes += bytes;
    g.text += t;
    groups.set(g.group, g);
  }
  const total = Buffer.byteLength(code);
  const sorted = [...groups.values()]
    .map((g) => ({ group: g.group, sources: g.sources, bytes: g.bytes, gzip: zlib.gzipSync(g.text, { level: 9 }).length }))
    .sort((a, b) => b.bytes - a.bytes);
  if (args.includes("--json")) {
    console.log(JSON.stringify({ file, bytes: total, gzip: zlib.gzipSync(code, { level: 9 }).length, groups: sorted, sources: perModule ? rows.sort((a, b) => b.bytes - a.bytes) : undefined }, null, 2));
    return;
  }
  const kib = (n) => (n / 1024).toFixed(1).padStart(8);
  console.log(`${file}: ${kib(total)} KiB minified, ${kib(zlib.gzipSync(code, { level: 9 }).length)} KiB gzip -9; by source map:`);
  console.log(`${"group".padEnd(40)} ${"files".padStart(5)} ${"min KiB".padStart(8)} ${"gzip*".padStart(8)}  share`);
  for (const g of sorted.slice(0, top)) {
    console.log(`${g.group.padEnd(40)} ${String(g.sources).padStart(5)} ${kib(g.bytes)} ${kib(g.gzip)}  ${((100 * g.bytes) / total).toFixed(1).padStart(5)}%`);
  }
  console.log("* each group gzipped alone");
  if (perModule) {
    console.log("\nlargest files:");
    for (const r of rows.sort((a, b) => b.bytes - a.bytes).slice(0, top)) console.log(`${kib(r.bytes)} KiB  ${r.source.replace(/^webpack:\/\/[^/]*\//, "")}`);
  }
}

main().catch((err) => {
  console.error(err.message || err);
  process.exit(1);
});
