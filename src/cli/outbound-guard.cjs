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
/**
 * Exits once stdout and stderr have handed every queued byte to the OS. Writes to a pipe are
 * asynchronous in Node, so process.exit right after main() would cut `review --json | wc -c` at
 * 64 KiB. An empty write's callback runs after every earlier write on the same stream.
 */
function exitWhenFlushed(code) {
  process.exitCode = code;
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
}
cli.main(process.argv.slice(2)).then(
  (code) => exitWhenFlushed(code),
  (err) => {
    process.stderr.write(`outbound-guard: ${err && err.stack ? err.stack : err}\n`);
    exitWhenFlushed(1);
  },
);
