/**
 * For bundles only (webpack resolve.fallback `assert`): browserify-zlib, the only package in the
 * bundle that requires "assert", calls assert(value, message), assert.ok and assert.equal (loose
 * ==, as Node's). The assert polyfill is ~40 KB with its util and get-intrinsic dependencies.
 */
"use strict";

function failure(message) {
  var error = new Error(message);
  error.name = "AssertionError";
  error.code = "ERR_ASSERTION";
  return error;
}

function ok(value, message) {
  if (!value) throw failure(message || "The expression evaluated to a falsy value: " + String(value));
}

module.exports = ok;
ok.ok = ok;
ok.equal = function equal(actual, expected, message) {
  if (actual != expected) throw failure(message || String(actual) + " == " + String(expected));
};
