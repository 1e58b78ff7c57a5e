/**
 * For bundles only (webpack resolve.alias `async$`): archiver's core uses only `async.queue`
 * (its entry and stat queues). This gives that one function from the async package itself,
 * without the other ~70 helpers of async's full build.
 */
"use strict";

exports.queue = require("async/queue.js");
