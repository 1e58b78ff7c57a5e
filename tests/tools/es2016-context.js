/**
 * A Node `vm` context shaped like classic Outlook on Windows before Version 2403: the JavaScript
 * of event-based add-ins there "only supports ECMAScript 2016 and earlier specifications"
 * (Microsoft, "Troubleshoot event-based and spam-reporting add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/testing/troubleshoot-event-based-and-spam-reporting-add-ins).
 *
 * A fresh context has all of V8's built-ins, so this removes every global and built-in method
 * added after ES2016 before the bundle loads. The bundle must load, register its handlers and run
 * with what is left plus what its own prelude polyfills. No DOM, no localStorage, no fetch.
 *
 * Plain CommonJS: used by `npm run validate` (tests/tools/validate-manifest.js) and jest tests.
 */
"use strict";
const vm = require("vm");

/** [owner expression, property, ES edition that added it]. */
const POST_ES2016 = [
  // ES2017
  ["Object", "values", 2017],
  ["Object", "entries", 2017],
  ["Object", "getOwnPropertyDescriptors", 2017],
  ["String.prototype", "padStart", 2017],
  ["String.prototype", "padEnd", 2017],
  ["this", "SharedArrayBuffer", 2017],
  ["this", "Atomics", 2017],
  // ES2018
  ["Promise.prototype", "finally", 2018],
  // (Symbol.asyncIterator, ES2018, cannot be removed: well-known symbols are non-configurable.)
  // ES2019
  ["Array.prototype", "flat", 2019],
  ["Array.prototype", "flatMap", 2019],
  ["Object", "fromEntries", 2019],
  ["String.prototype", "trimStart", 2019],
  ["String.prototype", "trimEnd", 2019],
  // ES2020
  ["this", "BigInt", 2020],
  ["this", "BigInt64Array", 2020],
  ["this", "BigUint64Array", 2020],
  ["DataView.prototype", "getBigInt64", 2020],
  ["DataView.prototype", "getBigUint64", 2020],
  ["DataView.prototype", "setBigInt64", 2020],
  ["DataView.prototype", "setBigUint64", 2020],
  ["Promise", "allSettled", 2020],
  ["String.prototype", "matchAll", 2020],
  ["this", "globalThis", 2020],
  // ES2021
  ["Promise", "any", 2021],
  ["this", "AggregateError", 2021],
  ["String.prototype", "replaceAll", 2021],
  ["this", "WeakRef", 2021],
  ["this", "FinalizationRegistry", 2021],
  // ES2022
  ["Array.prototype", "at", 2022],
  ["String.prototype", "at", 2022],
  ["Object", "hasOwn", 2022],
  // ES2023
  ["Array.prototype", "findLast", 2023],
  ["Array.prototype", "findLastIndex", 2023],
  ["Array.prototype", "toSorted", 2023],
  ["Array.prototype", "toReversed", 2023],
  // Not ECMAScript, but newer than that runtime and absent from it.
  ["this", "structuredClone", 0],
  ["this", "queueMicrotask", 0],
];

/** Removes every POST_ES2016 entry from the context's own built-ins (run before the bundle). */
function stripPostEs2016(context) {
  const lines = POST_ES2016.map(([owner, name]) => `try { delete ${owner}[${JSON.stringify(name)}]; } catch (e) {}`);
  vm.runInContext(lines.join("\n"), context);
}

/** The entries still present after stripping (must be none, or the check proves nothing). */
function remainingPostEs2016(context) {
  const checks = POST_ES2016.map(([owner, name]) => `(${JSON.stringify(name)} in ${owner}) ? ${JSON.stringify(`${owner}.${name}`)} : null`);
  return vm.runInContext(`[${checks.join(",")}].filter(function (x) { return x; })`, context);
}

/** A DOM-less context with only timers, console and the given globals, stripped to ES2016. */
function createEs2016Context(globals) {
  const context = vm.createContext(Object.assign({ setTimeout, clearTimeout }, globals || {}));
  stripPostEs2016(context);
  return context;
}

module.exports = { POST_ES2016, stripPostEs2016, remainingPostEs2016, createEs2016Context };
