#!/usr/bin/env node
// Launcher for the admin CLI. The TypeScript is compiled to lib/ by `npm install` (prepare) or
// `npm run build:cli`; this file stays plain JavaScript so npx can run it directly.
"use strict";
const path = require("node:path");
let cli;
try {
  cli = require(path.join(__dirname, "..", "..", "lib", "cli", "main.js"));
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND") {
    process.stderr.write("outbound-guard: the CLI is not built yet. Run `npm install` (or `npm run build:cli`) in the repository first.\n");
    process.exit(2);
  }
  throw err;
}
cli.main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`outbound-guard: ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  },
);
