#!/usr/bin/env node
/**
 * protect/ benchmark: MB/s for 1, 10 and 25 MB, incompressible and text, fast engine vs
 * archiver-zip-encrypted (reference), in Node and in headless Chromium, beside
 * `7zz a -tzip -mem=AES256 -mx0` (and `-mx5` deflate for text) in the same run; peak memory as a
 * multiple of the input; then where the time of one 25 MB archive goes, stage by stage, in Chromium.
 *
 *   node tests/bench/protect-bench.js            (all)
 *   node tests/bench/protect-bench.js --quick    (1 and 10 MB only)
 *   node tests/bench/protect-bench.js --chromium (Chromium rows and stages only, no Node, no 7zz)
 *
 * Time: the best of RUNS runs (the machine is shared; the best run is the least disturbed).
 * Memory: peak RSS of the process doing the work (Node: maxRSS of the child; Chromium: VmHWM of
 * the renderer, reset through /proc/PID/clear_refs once the input exists) minus its RSS before the
 * input was made, divided by the input size: so 1.0× is the input alone, and the archive, the
 * Base64-free working copies and any garbage not yet collected come on top.
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
const CHROMIUM_ONLY = process.argv.includes("--chromium");
const RUNS = 3;
const SIZES = QUICK ? [1, 10] : [1, 10, 25];
const KINDS = ["incompressible", "text"];
const ENGINES = ["fast", "reference"];
/**
 * In Chromium also the fast engine with its JavaScript AES kernel (as where WebAssembly is
 * missing, e.g. possibly classic Outlook) and with the page's keystream workers
 * (src/launchevent/keystream-workers.ts).
 */
const CHROMIUM_ENGINES = ["fast", "fast (JS AES)", "fast+workers", "reference"];
const PASSWORD = "BenchPassw0rd2345";

const PRNG = `function pseudoRandomBytes(length, seed) {
  var out = new Uint8Array(length); var x = (seed >>> 0) || 1;
  for (var i = 0; i < length; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; out[i] = x & 0xff; }
  return out;
}
function textBytes(length) {
  var words = ["見積", "請求", "order", "確認", "the", "report", "2026", "年度", "lorem", "ipsum", "会議", "資料"].map(function (w) {
    var b = []; var e = unescape(encodeURIComponent(w)); for (var i = 0; i < e.length; i++) b.push(e.charCodeAt(i)); return b;
  });
  var out = new Uint8Array(length); var o = 0; var x = 7;
  while (o < length) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    var w = words[(x >>> 0) % words.length];
    for (var i = 0; i < w.length && o < length; i++) out[o++] = w[i];
    if (o < length) out[o++] = (x & 15) === 0 ? 10 : 32;
  }
  return out;
}
/** A customer list as a CRM exports it: names, e-mail, phone, postcode, address, dates, amounts. */
function customerCsv(length) {
  var x = 0x2545f491;
  function r(n) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) % n; }
  function pad(v, n) { v = String(v); while (v.length < n) v = "0" + v; return v; }
  var sei = ["佐藤","鈴木","高橋","田中","伊藤","渡辺","山本","中村","小林","加藤","吉田","山田","佐々木","山口","松本","井上","木村","林","斎藤","清水"];
  var mei = ["太郎","花子","一郎","美咲","健太","陽菜","翔","結衣","大輔","さくら","拓也","愛","直樹","由美","誠","恵"];
  var romaS = ["sato","suzuki","takahashi","tanaka","ito","watanabe","yamamoto","nakamura","kobayashi","kato","yoshida","yamada","sasaki","yamaguchi","matsumoto","inoue","kimura","hayashi","saito","shimizu"];
  var romaM = ["taro","hanako","ichiro","misaki","kenta","hina","sho","yui","daisuke","sakura","takuya","ai","naoki","yumi","makoto","megumi"];
  var pref = ["東京都","大阪府","神奈川県","愛知県","福岡県","北海道","京都府","兵庫県","埼玉県","千葉県"];
  var city = ["中央区","北区","港区","青葉区","西区","南区","緑区","中区","東区","本町"];
  var dom = ["gmail.com","yahoo.co.jp","example.co.jp","outlook.jp","docomo.ne.jp","icloud.com"];
  var rank = ["ゴールド","シルバー","ブロンズ","一般"];
  var lines = ["顧客ID,氏名,ローマ字,メール,電話,郵便番号,住所,生年月日,最終購入日,購入金額,会員ランク"], size = 0;
  for (var i = 1; size < length; i++) {
    var s = r(20), m = r(16);
    var row = ["C" + (100000 + i), sei[s] + " " + mei[m], romaM[m] + " " + romaS[s], romaM[m] + "." + romaS[s] + r(1000) + "@" + dom[r(6)],
      "0" + (r(9) + 1) + "0-" + pad(r(10000), 4) + "-" + pad(r(10000), 4), pad(r(1000), 3) + "-" + pad(r(10000), 4),
      pref[r(10)] + city[r(10)] + (r(9) + 1) + "丁目" + (r(30) + 1) + "-" + (r(20) + 1),
      (1940 + r(65)) + "-" + pad(r(12) + 1, 2) + "-" + pad(r(28) + 1, 2), "2026-" + pad(r(12) + 1, 2) + "-" + pad(r(28) + 1, 2),
      String(r(500000)), rank[r(4)]].join(",");
    lines.push(row);
    size += row.length + 2; // characters: never more than the UTF-8 bytes
  }
  var b = new TextEncoder().encode(lines.join("\\r\\n"));
  return b.subarray(0, length);
}
function makeData(kind, size) { return kind === "text" ? textBytes(size) : kind === "csv" ? customerCsv(size) : pseudoRandomBytes(size, 12345); }`;

// ---------------------------------------------------------------- child: one Node case
if (process.argv[2] === "--child") {
  const [bundle, kind, size, engine] = process.argv.slice(3);
  const api = require(bundle);
  const makeData = new Function(`${PRNG}; return makeData;`)();
  const base = process.memoryUsage().rss;
  const data = makeData(kind, Number(size));
  const name = kind === "text" ? "data.txt" : "data.bin";
  (async () => {
    await api.createProtectedZip([{ name, bytes: makeData(kind, MB) }], { password: PASSWORD, engine }); // warm-up
    const ms = [];
    let zipBytes = 0;
    let peak = 0;
    for (let run = 0; run < RUNS; run++) {
      const t = process.hrtime.bigint();
      const r = await api.createProtectedZip([{ name, bytes: data }], { password: PASSWORD, engine });
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
      zipBytes = r.bytes.length;
      if (run === 0) peak = process.resourceUsage().maxRSS * 1024; // first run: no garbage of earlier runs
    }
    process.stdout.write(JSON.stringify({ ms: Math.min(...ms), zipBytes, peakMB: peak / MB, baseMB: base / MB }));
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
      ? path.join(ROOT, "tests/bench/protect-bench-entry.ts")
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
            alias: {
              glob: false,
              "abort-controller": path.join(PROTECT, "abort-controller-shim.ts"),
              // foras' embedded .wasm, which the WebAssembly deflater decodes itself (wasm-deflater.ts)
              "foras-embedded-wasm$": require(path.join(ROOT, "webpack.config.js")).bundleResolve().alias["foras-embedded-wasm$"],
            },
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
function sevenZip(dir, kind, size, level = "-mx0") {
  const makeData = new Function(`${PRNG}; return makeData;`)();
  const src = path.join(dir, kind === "text" ? "data.txt" : "data.bin");
  fs.writeFileSync(src, makeData(kind, size));
  const out = path.join(dir, "7z-out.zip");
  const run = () => {
    fs.rmSync(out, { force: true });
    const t = process.hrtime.bigint();
    const r = spawnSync("/usr/bin/time", ["-f", "%M", "7zz", "a", "-tzip", "-mem=AES256", level, `-p${PASSWORD}`, "-bso0", "-bsp0", out, src], { encoding: "utf8" });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) throw new Error(r.stderr);
    const kb = Number(r.stderr.trim().split("\n").pop());
    return { ms, peakMB: kb / 1024 };
  };
  run(); // warm the page cache
  return run();
}

// ---------------------------------------------------------------- Chromium
/** Renderer processes of the browser `rootPid` (Linux /proc). */
function rendererPids(rootPid) {
  const children = new Map();
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const ppid = Number(fs.readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(d));
    } catch {
      // gone
    }
  }
  const out = [];
  const walk = (pid) => {
    for (const c of children.get(pid) || []) {
      try {
        if (fs.readFileSync(`/proc/${c}/cmdline`, "utf8").includes("--type=renderer")) out.push(c);
      } catch {
        // gone
      }
      walk(c);
    }
  };
  walk(rootPid);
  return out;
}
function statusKB(pid, field) {
  const m = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+)`, "m"));
  return m ? Number(m[1]) : NaN;
}
function resetPeak(pid) {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

/** The page loads the web bundle as /b.js; its lazy files (the WebAssembly deflater) come from beside it. */
async function openPage(browser, bundle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dir = path.dirname(bundle);
  await page.route("http://localhost/**", (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === "b.js") return route.fulfill({ contentType: "text/javascript", body: fs.readFileSync(bundle, "utf8") });
    if (/^[\w.-]+\.js$/.test(name) && fs.existsSync(path.join(dir, name))) {
      return route.fulfill({ contentType: "text/javascript", body: fs.readFileSync(path.join(dir, name), "utf8") });
    }
    return route.fulfill({ contentType: "text/html", body: '<!doctype html><meta charset="utf-8"><script src="/b.js"></script>' });
  });
  await page.goto("http://localhost/");
  await page.evaluate(() => {
    // "fast": this thread only (as classic Outlook); "fast+workers": with the page's keystream workers.
    globalThis.benchOptions = (password, engine) => {
      globalThis.OutboundGuardProtectStages.forceAesKernel(engine === "fast (JS AES)" ? "js" : undefined);
      return engine === "reference"
        ? { password, engine: "reference" }
        : { password, engine: "fast", keystream: engine === "fast+workers" ? globalThis.OutboundGuardProtectStages.workerPort : null };
    };
  });
  return { context, page };
}

async function chromiumCases(browser, code, cases) {
  const rootPid = process.pid; // playwright starts chromium as a child of this process
  const results = [];
  for (const c of cases) {
    const { context, page } = await openPage(browser, code);
    // warm-up (JIT, WebCrypto, CompressionStream), then the renderers' RSS before the input exists
    await page.evaluate(
      async ({ prng, c, password, mb }) => {
        const makeData = new Function(`${prng}; return makeData;`)();
        await globalThis.OutboundGuardProtect.createProtectedZip([{ name: c.kind === "text" ? "w.txt" : "w.bin", bytes: makeData(c.kind, mb) }], globalThis.benchOptions(password, c.engine));
      },
      { prng: PRNG, c, password: PASSWORD, mb: MB },
    );
    await page.waitForTimeout(300);
    const pids = rendererPids(rootPid);
    const before = new Map(pids.map((p) => [p, statusKB(p, "VmRSS")]));
    await page.evaluate(({ prng, c }) => {
      const makeData = new Function(`${prng}; return makeData;`)();
      globalThis.benchData = makeData(c.kind, c.size);
    }, { prng: PRNG, c });
    const resettable = pids.every(resetPeak);
    const runs = await page.evaluate(
      async ({ c, password, runs }) => {
        const api = globalThis.OutboundGuardProtect;
        const name = c.kind === "text" ? "data.txt" : "data.bin";
        const out = [];
        for (let i = 0; i < runs; i++) {
          const t = performance.now();
          const z = await api.createProtectedZip([{ name, bytes: globalThis.benchData }], globalThis.benchOptions(password, c.engine));
          out.push({ ms: performance.now() - t, zipBytes: z.bytes.length, engineUsed: z.engine, aes: globalThis.OutboundGuardProtectStages.aesKernel() });
        }
        return out;
      },
      { c, password: PASSWORD, runs: 1 },
    );
    // memory: the first run only (its peak is not inflated by earlier runs' garbage)
    let peakMB = NaN;
    if (resettable) {
      let best = -Infinity;
      for (const p of pids) {
        try {
          best = Math.max(best, statusKB(p, "VmHWM") - before.get(p));
        } catch {
          // gone
        }
      }
      peakMB = best / 1024;
    }
    const more = await page.evaluate(
      async ({ c, password, runs }) => {
        const api = globalThis.OutboundGuardProtect;
        const name = c.kind === "text" ? "data.txt" : "data.bin";
        const out = [];
        for (let i = 0; i < runs; i++) {
          const t = performance.now();
          await api.createProtectedZip([{ name, bytes: globalThis.benchData }], globalThis.benchOptions(password, c.engine));
          out.push(performance.now() - t);
        }
        return out;
      },
      { c, password: PASSWORD, runs: RUNS - 1 },
    );
    results.push({ ...c, ms: Math.min(runs[0].ms, ...more), zipBytes: runs[0].zipBytes, engineUsed: runs[0].engineUsed, aes: runs[0].aes, peakMB });
    await context.close();
  }
  return results;
}

async function chromiumStages(browser, code, size) {
  const out = [];
  // The stages also for a realistic CSV (customer list): deflate's speed and ratio depend on the text.
  for (const kind of [...KINDS, "csv"]) {
    const { context, page } = await openPage(browser, code);
    const t = await page.evaluate(
      async ({ prng, kind, size }) => {
        const makeData = new Function(`${prng}; return makeData;`)();
        const s = globalThis.OutboundGuardProtectStages;
        const name = kind === "text" ? "data.txt" : kind === "csv" ? "customers.csv" : "data.bin";
        await s.stages(makeData(kind, 1 << 20), name); // warm-up
        return s.stages(makeData(kind, size), name);
      },
      { prng: PRNG, kind, size },
    );
    out.push({ kind, t });
    await context.close();
  }
  return out;
}

// ---------------------------------------------------------------- main
(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "og-protect-bench-"));
  const loadAtStart = os.loadavg();
  try {
    const t0 = Date.now();
    const nodeBundle = await build(tmp, "node");
    const webBundle = await build(tmp, "web");
    const gz = execFileSync("gzip", ["-9c", webBundle]).length;
    console.log(`bundles built in ${((Date.now() - t0) / 1000).toFixed(1)} s; web bundle ${(fs.statSync(webBundle).size / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzip`);
    const rows = [];
    if (!CHROMIUM_ONLY) {
      for (const kind of KINDS) {
        for (const sizeMB of SIZES) {
          const size = sizeMB * MB;
          const z = sevenZip(tmp, kind, size);
          rows.push({ runtime: "7zz", engine: "7zz -mem=AES256 -mx0", kind, sizeMB, ms: z.ms, peakMB: z.peakMB });
          if (kind === "text") {
            const z5 = sevenZip(tmp, kind, size, "-mx5");
            rows.push({ runtime: "7zz", engine: "7zz -mem=AES256 -mx5", kind, sizeMB, ms: z5.ms, peakMB: z5.peakMB });
          }
          for (const engine of ENGINES) {
            const out = execFileSync(process.execPath, [__filename, "--child", nodeBundle, kind, String(size), engine], { encoding: "utf8", maxBuffer: 1 << 20 });
            const r = JSON.parse(out);
            rows.push({ runtime: "node", engine, kind, sizeMB, ms: r.ms, peakMB: r.peakMB - r.baseMB, note: `archive ${(r.zipBytes / MB).toFixed(1)} MB` });
          }
        }
      }
    }
    const { chromium } = require("playwright-core");
    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    const code = webBundle;
    let stageRows = [];
    try {
      const cases = [];
      for (const kind of KINDS) for (const sizeMB of SIZES) for (const engine of CHROMIUM_ENGINES) cases.push({ kind, size: sizeMB * MB, sizeMB, engine });
      for (const r of await chromiumCases(browser, code, cases)) {
        rows.push({ runtime: "chromium", engine: r.engine, kind: r.kind, sizeMB: r.sizeMB, ms: r.ms, peakMB: r.peakMB, note: `archive ${(r.zipBytes / MB).toFixed(1)} MB${r.engine === "reference" ? "" : `, AES ${r.aes}`}${r.engineUsed !== (r.engine === "reference" ? "reference" : "fast") ? " FELL BACK" : ""}` });
      }
      stageRows = await chromiumStages(browser, code, SIZES[SIZES.length - 1] * MB);
    } finally {
      await browser.close();
    }
    // table
    const ref = (row) => rows.find((x) => x.runtime === row.runtime && x.kind === row.kind && x.sizeMB === row.sizeMB && x.engine === "reference");
    const seven = (row) => rows.find((x) => x.runtime === "7zz" && x.kind === row.kind && x.sizeMB === row.sizeMB);
    const pad = (s, n) => String(s).padEnd(n);
    const lpad = (s, n) => String(s).padStart(n);
    const load = (l) => l.map((x) => x.toFixed(2)).join(" ");
    console.log(`\nprotect/ benchmark — ${os.cpus().length} cores, node ${process.version}, ${new Date().toISOString()}; load average at start ${load(loadAtStart)}, at end ${load(os.loadavg())} (a shared machine: compare ratios within one run)`);
    console.log(`${pad("runtime", 9)}${pad("engine", 22)}${pad("data", 15)}${lpad("MB", 4)}${lpad("ms", 9)}${lpad("MB/s", 9)}${lpad("x ref", 8)}${lpad("x 7zz", 8)}${lpad("peak MB", 9)}${lpad("x input", 9)}  note`);
    for (const kind of KINDS)
      for (const sizeMB of SIZES)
        for (const row of rows.filter((x) => x.kind === kind && x.sizeMB === sizeMB)) {
          const mbs = row.sizeMB / (row.ms / 1000);
          const r = ref(row);
          const s = seven(row);
          const xr = r ? (r.ms / row.ms).toFixed(1) : "";
          const xs = s ? (s.ms / row.ms).toFixed(2) : "";
          console.log(
            `${pad(row.runtime, 9)}${pad(row.engine, 22)}${pad(row.kind, 15)}${lpad(row.sizeMB, 4)}${lpad(row.ms.toFixed(0), 9)}${lpad(mbs.toFixed(1), 9)}${lpad(xr, 8)}${lpad(xs, 8)}${lpad(Number.isNaN(row.peakMB) ? "-" : row.peakMB.toFixed(0), 9)}${lpad(Number.isNaN(row.peakMB) || row.runtime === "7zz" ? "" : (row.peakMB / row.sizeMB).toFixed(1), 9)}  ${row.note || ""}`,
          );
        }
    console.log(`\nms = best of ${RUNS} runs. x ref = reference time / this time (higher is faster); x 7zz = 7zz -mx0 time / this time.`);
    console.log("peak MB = peak RSS of the working process minus its RSS before the input existed (Node: child maxRSS; Chromium: renderer VmHWM; 7zz: its maxRSS); x input = that / input size.");
    for (const { kind, t } of stageRows) {
      console.log(`\nwhere the time goes, Chromium, ${SIZES[SIZES.length - 1]} MB ${kind} (each stage alone, ms):`);
      for (const [label, ms] of Object.entries(t)) console.log(`  ${label.padEnd(52)}${ms.toFixed(0).padStart(7)}`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
