#!/usr/bin/env node
/**
 * Reports on the built bundles: size raw and gzip, and the oldest ECMAScript version whose
 * syntax each one parses as (acorn). Classic Outlook builds before 2403 accept only ES2016 in the
 * DOM-less runtime, so launchevent.js is expected to parse as ES2016.
 *
 *   node tests/tools/build-report.js [distDir] [--json]
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const acorn = require("acorn");

const VERSIONS = [5, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

/** The first ecmaVersion acorn accepts the script at, and the first error at ES2016. */
function syntaxLevel(code) {
  let es2016Error;
  for (const v of VERSIONS) {
    try {
      acorn.parse(code, { ecmaVersion: v, sourceType: "script", allowHashBang: true });
      return { ecmaVersion: v, es2016Error };
    } catch (err) {
      if (v === 2016) {
        const start = Math.max(0, err.pos - 60);
        es2016Error = `${err.message}: …${code.slice(start, err.pos + 40).replace(/\s+/g, " ")}…`;
      }
    }
  }
  return { ecmaVersion: undefined, es2016Error };
}

function report(dist) {
  const files = ["launchevent.js", "taskpane.js", "playground/playground.js"];
  return files
    .filter((f) => fs.existsSync(path.join(dist, f)))
    .map((f) => {
      const code = fs.readFileSync(path.join(dist, f));
      const level = syntaxLevel(code.toString("utf8"));
      return {
        file: f,
        raw: code.length,
        gzip: zlib.gzipSync(code, { level: 9 }).length,
        ecmaVersion: level.ecmaVersion,
        es2016: level.ecmaVersion !== undefined && level.ecmaVersion <= 2016,
        es2016Error: level.es2016Error,
      };
    });
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const dist = path.resolve(args.find((a) => !a.startsWith("--")) || "dist");
  const rows = report(dist);
  if (args.includes("--json")) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    for (const r of rows) {
      console.log(`${r.file.padEnd(26)} ${(r.raw / 1024).toFixed(1).padStart(8)} KiB raw ${(r.gzip / 1024).toFixed(1).padStart(7)} KiB gzip  parses as ES${r.ecmaVersion ?? "?"}`);
      if (!r.es2016) console.log(`  not ES2016: ${r.es2016Error}`);
    }
  }
}

module.exports = { report, syntaxLevel };
