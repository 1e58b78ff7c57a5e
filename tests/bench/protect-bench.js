#!/usr/bin/env node
/**
 * protect/ benchmark: MB/s for 1, 10 and 25 MB, incompressible and text, fast engine vs
 * archiver-zip-encrypted (reference), in Node and in headless Chromium, beside
 * `7zz a -tzip -mem=AES256 -mx0` in the same run; peak memory.
 *
 *   node tests/bench/protect-bench.js            (all)
 *   node tests/bench/protect-bench.js --quick    (1 and 10 MB only)
 *
 * Builds the protect API twice with webpack 5 + ts-loader (target node; target web with the
 * browser fallbacks of tests/integration/protect/build-bundle.ts) into a temp dir.
 * One child process per Node case, one fresh browser context per Chromium case.
 */
"use strict";
const { spawnSync, execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");
const PROTECT = path.join(ROOT, "src/core/protect");
const MB = 1024 * 1024;
const QUICK = process.argv.includes("--quick");
const SIZES = QUICK ? [1, 10] : [1, 10, 25];
const KINDS = ["incompressible", "text"];
const ENGINES = ["fast", "reference"];
const PASSWORD = "BenchPassw0rd2345";

const PRNG = `function pseudoRandomBytes(length, seed) {
  var out = new Uint8Array(length); var x = (seed >>> 0) || 1;
  for (var i = 0; i < length; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; out[i] = x & 0xff; }
  return out;
}
function textBytes(length) {
  var words = ["見積", "請求", "order", "確認", "the", "report", "2026", "年度", "lorem", "ipsum", "会議", "資料"];
  var s = ""; var x = 7;
  while (s.length < length) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; s += words[(x >>> 0) % words.length] + ((x & 15) === 0 ? "\\n" : " "); }
  var out = new Uint8Array(length); for (var i = 0; i < length; i++) out[i] = s.charCodeAt(i) & 0x7f || 32; return out;
}
function makeData(kind, size) { return kind === "text" ? textBytes(size) : pseudoRandomBytes(size, 12345); }`;

// ---------------------------------------------------------------- child: one Node case
if (process.argv[2] === "--child") {
  const [bundle, kind, size, engine] = process.argv.slice(3);
  const api = require(bundle);
  const makeData = new Function(`${PRNG}; return makeData;`)();
  const data = makeData(kind, Number(size));
  const name = kind === "text" ? "data.txt" : "data.bin";
  (async () => {
    await api.createProtectedZip([{ name, bytes: makeData(kind, MB) }], { password: PASSWORD, engine }); // warm-up
    const before = process.memoryUsage().rss;
    const t = process.hrtime.bigint();
    const r = await api.createProtectedZip([{ name, bytes: data }], { password: PASSWORD, engine });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const peak = process.resourceUsage().maxRSS * 1024;
    process.stdout.write(JSON.stringify({ ms, zipBytes: r.bytes.length, peakMB: peak / MB, baseMB: before / MB }));
  })().catch((e) => {
    process.stderr.write(String(e && e.stack));
    process.exit(1);
  });
  return;
}

// ---------------------------------------------------------------- build
function build(outDir, target) {
  const webpack = require("webpack");
  const web = target === "web";
  const config = {
    mode: "production",
    devtool: false,
    target: web ? ["web", "es2020"] : "node",
    context: ROOT,
    entry: web
      ? path.join(ROOT, "tests/integration/protect/bundle-entry.ts")
      : path.join(PROTECT, "index.ts"),
    output: web
      ? { path: outDir, filename: "protect-web.js", iife: true }
      : { path: outDir, filename: "protect-node.js", library: { type: "commonjs2" } },
    resolve: {
      extensions: [".ts", ".js"],
      ...(web
        ? {
            fallback: {
              crypto: path.join(PROTECT, "node-crypto-shim.ts"),
              stream: require.resolve("stream-browserify"),
              zlib: require.resolve("browserify-zlib"),
              path: require.resolve("path-browserify"),
              buffer: require.resolve("buffer/"),
              process: require.resolve("process/browser.js"),
              util: require.resolve("util/"),
              events: require.resolve("events/"),
              assert: require.resolve("assert/"),
              fs: false,
              constants: false,
            },
            alias: { glob: false, "abort-controller": path.join(PROTECT, "abort-controller-shim.ts") },
          }
        : {}),
    },
    module: {
      rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(ROOT, "tsconfig.json"), compilerOptions: { sourceMap: false } } }],
    },
    plugins: web
      ? [
          new webpack.ProvidePlugin({
            Buffer: ["buffer", "Buffer"],
            process: "process/browser.js",
            setImmediate: [path.join(PROTECT, "set-immediate-shim.ts"), "setImmediate"],
          }),
        ]
      : [],
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
  };
  return new Promise((ok, fail) =>
    webpack(config).run((err, stats) => {
      if (err || stats.hasErrors()) return fail(err || new Error(stats.toString({ all: false, errors: true })));
      ok(path.join(outDir, web ? "protect-web.js" : "protect-node.js"));
    }),
  );
}

// ---------------------------------------------------------------- 7-Zip
function sevenZip(dir, kind, size) {
  const makeData = new Function(`${PRNG}; return makeData;`)();
  const src = path.join(dir, kind === "text" ? "data.txt" : "data.bin");
  fs.writeFileSync(src, makeData(kind, size));
  const out = path.join(dir, "7z-out.zip");
  const run = () => {
    fs.rmSync(out, { force: true });
    const t = process.hrtime.bigint();
    const r = spawnSync("/usr/bin/time", ["-f", "%M", "7zz", "a", "-tzip", "-mem=AES256", "-mx0", `-p${PASSWORD}`, "-bso0", "-bsp0", out, src], { encoding: "utf8" });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) throw new Error(r.stderr);
    const kb = Number(r.stderr.trim().split("\n").pop());
    return { ms, peakMB: kb / 1024 };
  };
  run(); // warm the page cache
  return run();
}

// ---------------------------------------------------------------- Chromium
async function chromiumCases(webBundle, cases) {
  const { chromium } = require("playwright-core");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const code = fs.readFileSync(webBundle, "utf8");
  const results = [];
  try {
    for (const c of cases) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route("http://localhost/**", (route) =>
        route.request().url().endsWith("/b.js")
          ? route.fulfill({ contentType: "text/javascript", body: code })
          : route.fulfill({ contentType: "text/html", body: '<!doctype html><meta charset="utf-8"><script src="/b.js"></script>' }),
      );
      await page.goto("http://localhost/");
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      const r = await page.evaluate(
        async ({ prng, c, password, mb }) => {
          const makeData = new Function(`${prng}; return makeData;`)();
          const api = globalThis.OutboundGuardProtect;
          const name = c.kind === "text" ? "data.txt" : "data.bin";
          await api.createProtectedZip([{ name, bytes: makeData(c.kind, mb) }], { password, engine: c.engine });
          const data = makeData(c.kind, c.size);
          const t = performance.now();
          const z = await api.createProtectedZip([{ name, bytes: data }], { password, engine: c.engine });
          return { ms: performance.now() - t, zipBytes: z.bytes.length, engineUsed: z.engine };
        },
        { prng: PRNG, c, password: PASSWORD, mb: MB },
      );
      const m = await cdp.send("Performance.getMetrics");
      const heap = m.metrics.find((x) => x.name === "JSHeapTotalSize");
      results.push({ ...c, ...r, heapMB: heap ? heap.value / MB : NaN });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

// ---------------------------------------------------------------- main
(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "og-protect-bench-"));
  try {
    const t0 = Date.now();
    const nodeBundle = await build(tmp, "node");
    const webBundle = await build(tmp, "web");
    const gz = execFileSync("gzip", ["-9c", webBundle]).length;
    console.log(`bundles built in ${((Date.now() - t0) / 1000).toFixed(1)} s; web bundle ${(fs.statSync(webBundle).size / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzip`);
    const rows = [];
    for (const kind of KINDS) {
      for (const sizeMB of SIZES) {
        const size = sizeMB * MB;
        const z = sevenZip(tmp, kind, size);
        rows.push({ runtime: "7zz", engine: "7zz -mem=AES256 -mx0", kind, sizeMB, ms: z.ms, peakMB: z.peakMB });
        for (const engine of ENGINES) {
          const out = execFileSync(process.execPath, [__filename, "--child", nodeBundle, kind, String(size), engine], { encoding: "utf8", maxBuffer: 1 << 20 });
          const r = JSON.parse(out);
          rows.push({ runtime: "node", engine, kind, sizeMB, ms: r.ms, peakMB: r.peakMB, note: `rss before ${r.baseMB.toFixed(0)} MB` });
        }
      }
    }
    const cases = [];
    for (const kind of KINDS) for (const sizeMB of SIZES) for (const engine of ENGINES) cases.push({ kind, size: sizeMB * MB, sizeMB, engine });
    for (const r of await chromiumCases(webBundle, cases)) {
      rows.push({ runtime: "chromium", engine: r.engine, kind: r.kind, sizeMB: r.sizeMB, ms: r.ms, peakMB: NaN, note: `JS heap ${r.heapMB.toFixed(0)} MB (ArrayBuffers not counted)${r.engineUsed !== r.engine ? " FELL BACK" : ""}` });
    }
    // table
    const ref = (row) => rows.find((x) => x.runtime === row.runtime && x.kind === row.kind && x.sizeMB === row.sizeMB && x.engine === "reference");
    const seven = (row) => rows.find((x) => x.runtime === "7zz" && x.kind === row.kind && x.sizeMB === row.sizeMB);
    const pad = (s, n) => String(s).padEnd(n);
    const lpad = (s, n) => String(s).padStart(n);
    console.log(`\nprotect/ benchmark — ${os.cpus().length} cores, node ${process.version}, ${new Date().toISOString()}`);
    console.log(`${pad("runtime", 9)}${pad("engine", 22)}${pad("data", 15)}${lpad("MB", 4)}${lpad("ms", 9)}${lpad("MB/s", 9)}${lpad("x ref", 8)}${lpad("x 7zz", 8)}${lpad("peak MB", 9)}  note`);
    for (const kind of KINDS)
      for (const sizeMB of SIZES)
        for (const row of rows.filter((x) => x.kind === kind && x.sizeMB === sizeMB)) {
          const mbs = row.sizeMB / (row.ms / 1000);
          const r = ref(row);
          const s = seven(row);
          const xr = r ? (r.ms / row.ms).toFixed(1) : "";
          const xs = s ? (s.ms / row.ms).toFixed(2) : "";
          console.log(
            `${pad(row.runtime, 9)}${pad(row.engine, 22)}${pad(row.kind, 15)}${lpad(row.sizeMB, 4)}${lpad(row.ms.toFixed(0), 9)}${lpad(mbs.toFixed(1), 9)}${lpad(xr, 8)}${lpad(xs, 8)}${lpad(Number.isNaN(row.peakMB) ? "-" : row.peakMB.toFixed(0), 9)}  ${row.note || ""}`,
          );
        }
    console.log("\nx ref = reference time / this time (higher is faster); x 7zz = 7zz time / this time. Node peak = process maxRSS.");
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
