/**
 * For bundles only (webpack resolve.alias; see webpack.config.js): stands in for the packages
 * archiver reaches only when it reads files from disk (readdir-glob for directory()/glob(),
 * graceful-fs and lazystream for file-path entries, archiver-utils/file.js with glob and lodash
 * for its file helpers). protect/ zips in-memory bytes only, so none of them is ever called; if
 * one is, it fails loudly instead of doing something silently wrong.
 * Plain CommonJS (ES5) because CommonJS modules require it and call it directly.
 */
"use strict";

function fileSystemUnavailable() {
  throw new Error(
    "Outbound Guard bundle: archiver tried to read from a file system (directory, glob or file-path entry). " +
      "This bundle zips in-memory bytes only; pass Buffers to archive.append().",
  );
}

// readdir-glob and glob: the module is the function.
module.exports = fileSystemUnavailable;
// lazystream: `new lazystream.Readable(...)`; graceful-fs: fs.createReadStream, lstat, readdir, stat.
["Readable", "Writable", "createReadStream", "lstat", "readdir", "stat", "Stats"].forEach(function (name) {
  module.exports[name] = fileSystemUnavailable;
});
