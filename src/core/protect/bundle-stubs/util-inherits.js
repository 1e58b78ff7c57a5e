/**
 * For bundles only (webpack resolve.fallback `util`): every package in the bundle that requires
 * "util" (archiver, compress-commons, zip-stream, archiver-zip-encrypted, browserify-zlib) uses
 * util.inherits and nothing else. The util polyfill adds ~20 KB (inspect, format, types with
 * get-intrinsic and which-typed-array) for it. Same behaviour as that polyfill's inherits.
 */
"use strict";

exports.inherits = function inherits(ctor, superCtor) {
  ctor.super_ = superCtor;
  ctor.prototype = Object.create(superCtor.prototype, {
    constructor: { value: ctor, enumerable: false, writable: true, configurable: true },
  });
};
