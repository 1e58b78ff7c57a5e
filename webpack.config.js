/**
 * Outbound Guard build.
 *
 *   npm run build                       production, minified, for the dev host https://localhost:3000/
 *   npm run build -- --env host=https://addins.example.com/outbound-guard/ --env policy=./our-policy.json
 *   npm run build:dev                   development (not minified, source maps)
 *   npm start                           webpack serve on http://localhost:3000 (add `-- --env https` for https)
 *
 * --env options
 *   host=URL      where dist/ will be served. Every URL in dist/manifest.xml, the bundle's
 *                 __ADDIN_HOST__ (used to fetch policy.json with an absolute URL, as classic
 *                 Outlook requires) and the .well-known allow-list use it. Must be https except
 *                 for http://localhost. Default: https://localhost:3000/ (http://localhost:3000/
 *                 under `npm start` without `--env https`).
 *   policy=FILE   validated with src/core/policy (a bad policy fails the build, one line per
 *                 error naming its field path) and copied to dist/policy.json. Default: the
 *                 built-in defaults are written there.
 *   build=N       the fourth part of the manifest <Version> (0..99999). See manifestVersion().
 *   out=DIR       write to DIR instead of dist/ (tests build into tests/.out/).
 *   playground    production builds only: include the playground (development builds always do).
 *   https         `npm start` only: serve https (office-addin-dev-certs' certificates when that
 *                 package is installed and has made them, else webpack-dev-server's self-signed).
 *
 * Outputs (dist/): launchevent.js (ONE self-contained file, runs with no DOM), launchevent.html,
 * taskpane.js + taskpane.html, assets/, manifest.xml, policy.json, policy.schema.json,
 * .well-known/microsoft-officeaddins-allowed.json — exactly what an admin uploads
 * (docs/deployment-guide.md §4). Development builds add source maps and playground/index.html +
 * playground/playground.js (the playground page loads ../launchevent.js itself, after its own
 * script); a production build adds the playground only with --env playground.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const pkg = require("./package.json");

const ROOT = __dirname;
const DIST = path.join(ROOT, "dist");
/** The host written in manifest.xml; the build replaces it. */
const MANIFEST_DEV_HOST = "https://localhost:3000/";
const DEV_PORT = 3000;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Build numbers count hours from this instant (see manifestVersion). */
const BUILD_EPOCH = Date.UTC(2025, 0, 1);

/** Normalises and checks the --env host value: absolute http(s) URL ending in "/". */
function normaliseHost(value) {
  let url;
  try {
    url = new URL(String(value));
  } catch {
    throw new Error(`--env host: not an absolute URL: ${JSON.stringify(value)}`);
  }
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) {
    throw new Error(`--env host: Outlook loads add-ins over https only, got ${url.href}`);
  }
  if (url.search || url.hash) throw new Error(`--env host: must not have a query or fragment, got ${url.href}`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/**
 * The manifest <Version>: MAJOR.MINOR.PATCH from package.json, and a fourth part BUILD that grows
 * with every build, so Outlook and the admin center see each build for a host as an update.
 * BUILD is `--env build=N` when given (a CI build number), else the number of whole hours since
 * 2025-01-01 UTC; and it is always at least one more than the BUILD of the dist/manifest.xml left
 * by the previous build of the same MAJOR.MINOR.PATCH, so two builds in the same hour still
 * increase. Each part of an XML manifest version is at most 5 digits: hours fit until 2036.
 */
function manifestVersion(env, now = Date.now(), outDir = DIST) {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(pkg.version);
  if (!match) throw new Error(`package.json version is not MAJOR.MINOR.PATCH: ${pkg.version}`);
  const base = `${Number(match[1])}.${Number(match[2])}.${Number(match[3])}`;
  let build;
  if (env.build !== undefined) {
    build = Number(env.build);
    if (!Number.isInteger(build) || build < 0 || build > 99999) {
      throw new Error(`--env build: must be a whole number from 0 to 99999, got ${JSON.stringify(env.build)}`);
    }
  } else {
    build = Math.max(0, Math.floor((now - BUILD_EPOCH) / 3600000));
    const previous = previousBuildNumber(base, outDir);
    if (previous !== undefined && previous >= build) build = previous + 1;
  }
  if (build > 99999) throw new Error(`manifest build number ${build} exceeds 5 digits: pass --env build=N`);
  return `${base}.${build}`;
}

function previousBuildNumber(base, outDir) {
  try {
    const text = fs.readFileSync(path.join(outDir, "manifest.xml"), "utf8");
    const m = /<Version>\s*([\d.]+)\s*<\/Version>/.exec(text);
    if (!m) return undefined;
    const parts = m[1].split(".");
    if (parts.slice(0, 3).join(".") !== base || parts.length < 4) return undefined;
    return Number(parts[3]);
  } catch {
    return undefined;
  }
}

/** Writes the manifest for `host`: every dev-host URL moved, <Version> replaced. */
function manifestFor(text, host, version) {
  const origin = new URL(host).origin;
  const devOrigin = new URL(MANIFEST_DEV_HOST).origin;
  // Comments are for this source file; dist/manifest.xml is what admins upload.
  let out = text.replace(/<!--[\s\S]*?-->\s*/g, "");
  out = out.split(MANIFEST_DEV_HOST).join(host);
  // AppDomain entries are origins without the trailing slash.
  out = out.split(`>${devOrigin}<`).join(`>${origin}<`);
  out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  if (!new URL(host).hostname.startsWith("localhost") && /localhost/i.test(out)) {
    const line = out.split("\n").findIndex((l) => /localhost/i.test(l)) + 1;
    throw new Error(`manifest.xml: a localhost URL is left after moving to ${host} (line ${line}); write dev URLs as ${MANIFEST_DEV_HOST}`);
  }
  return out;
}

/**
 * Loads src/core/policy straight from its TypeScript (transpiled in memory), so the build uses
 * the same validator as the add-in and the CLI, with no compile step first.
 */
function loadPolicyModule(file = "") {
  const ts = require("typescript");
  const previous = require.extensions[".ts"];
  require.extensions[".ts"] = (module, filename) => {
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
        isolatedModules: true,
      },
    });
    module._compile(outputText, filename);
  };
  try {
    return require(path.join(ROOT, "src", "core", "policy", file));
  } finally {
    if (previous) require.extensions[".ts"] = previous;
    else delete require.extensions[".ts"];
  }
}

/** The text of dist/policy.json: the admin's file if valid (build fails otherwise), else defaults. */
function policyText(env) {
  const policy = loadPolicyModule();
  if (!env.policy) return JSON.stringify(policy.defaultPolicy(), null, 2) + "\n";
  const file = path.resolve(process.cwd(), String(env.policy));
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    throw new Error(`--env policy: cannot read ${file}: ${err.message}`);
  }
  const result = policy.parsePolicy(text);
  if (!result.ok) {
    throw new Error(`--env policy: ${file} is not a valid policy:\n` + result.errors.map((e) => `  ${e}`).join("\n"));
  }
  return text.endsWith("\n") ? text : text + "\n";
}

/** Emits manifest.xml, policy.json and the .well-known allow-list into the compilation. */
class AddinFilesPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("AddinFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AddinFilesPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const { host, version, env } = this.options;
          const manifestPath = path.join(ROOT, "manifest.xml");
          compilation.fileDependencies.add(manifestPath);
          if (env.policy) compilation.fileDependencies.add(path.resolve(process.cwd(), String(env.policy)));
          try {
            const manifest = manifestFor(fs.readFileSync(manifestPath, "utf8"), host, version);
            compilation.emitAsset("manifest.xml", new RawSource(manifest));
            compilation.emitAsset("policy.json", new RawSource(policyText(env)));
            // The JSON Schema admins point "$schema" at, generated from the validator's own zod schema.
            compilation.emitAsset("policy.schema.json", new RawSource(loadPolicyModule("json-schema").policySchemaText()));
            // Classic Outlook lets the DOM-less bundle make cross-origin requests (and SSO) only
            // when the bundle's origin lists it here. It must be served at the ORIGIN's root:
            // https://host/.well-known/microsoft-officeaddins-allowed.json, even when the add-in
            // lives under a path.
            const allowed = { allowed: [new URL("launchevent.js", host).href] };
            compilation.emitAsset(
              ".well-known/microsoft-officeaddins-allowed.json",
              new RawSource(JSON.stringify(allowed, null, 2) + "\n"),
            );
          } catch (err) {
            compilation.errors.push(new webpack.WebpackError(err.message));
          }
        },
      );
    });
  }
}

/**
 * The playground page must run the SAME dist/launchevent.js that Outlook loads, as its own
 * <script>, after the playground's script has installed the simulated Office global.
 */
class PlaygroundLaunchEventTagPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("PlaygroundLaunchEventTagPlugin", (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).alterAssetTagGroups.tap(
        "PlaygroundLaunchEventTagPlugin",
        (data) => {
          if (data.outputName === "playground/index.html") {
            data.bodyTags.push(
              HtmlWebpackPlugin.createHtmlTagObject("script", { src: "../launchevent.js" }),
            );
          }
          return data;
        },
      );
    });
  }
}

/**
 * Issue 11: Outlook loads launchevent.js for every compose and every Send. Sizes in KiB: N × 1024
 * bytes, minified as written, and gzip as zlib level 9 counts it (`gzip -9c | wc -c` gives within
 * 0.5% of that: GNU gzip's encoder differs a little). Over the limit, the production build FAILS:
 * issue 11's 500 KiB minified and 150 KiB gzip. (Reached by leaving archiver-zip-encrypted's stack
 * out of the add-in bundles: see the NormalModuleReplacementPlugin below. What weighs what:
 * `node tests/tools/bundle-weight.js --top 30`.)
 */
const BUNDLE_LIMITS = {
  "launchevent.js": {
    limit: { minified: 500 * 1024, gzip: 150 * 1024 },
  },
};

/** One line naming the file, its sizes and the limit it is over; undefined when within. */
function bundleSizeProblem(file, bytes, limit = BUNDLE_LIMITS[file] && BUNDLE_LIMITS[file].limit, what = "limit") {
  if (!limit) return undefined;
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB (${n} bytes)`;
  const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
  const over = [];
  if (bytes.length > limit.minified) over.push(`${kib(bytes.length)} minified, over the ${what} of ${kib(limit.minified)}`);
  if (gzip > limit.gzip) over.push(`${kib(gzip)} with gzip -9, over the ${what} of ${kib(limit.gzip)}`);
  if (over.length === 0) return undefined;
  return `${file} is ${over.join(", and ")} (issue 11: Outlook loads it at every compose and Send)`;
}

/** Fails a production build whose launchevent.js is past its limit. */
class BundleSizeLimitPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleSizeLimitPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // After minifying (PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE): the bytes that are uploaded.
        { name: "BundleSizeLimitPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ANALYSE },
        (assets) => {
          for (const [file, { limit }] of Object.entries(BUNDLE_LIMITS)) {
            if (!assets[file]) continue;
            const problem = bundleSizeProblem(file, Buffer.from(assets[file].buffer()), limit, "limit");
            if (problem) compilation.errors.push(new webpack.WebpackError(problem));
          }
        },
      );
    });
  }
}

/** src/core/protect/reference-engine.ts, as imported ("./reference-engine") or resolved. */
const REFERENCE_ENGINE_MODULE = /[\\/]core[\\/]protect[\\/]reference-engine(\.ts)?$|^\.\/reference-engine$/;

/** A path in the repository. */
function entryFile(relative) {
  return path.join(ROOT, relative);
}

/**
 * How packages resolve in every bundle (and in the protect integration tests' bundle, which
 * builds with this same function, so what 7-Zip opens there is what Outlook runs).
 *
 * Node built-ins: small browser stand-ins. Packages reached only by code we never run are
 * aliased to stubs that throw a clear error if ever called (never silently wrong); each entry
 * below says why, and the launchevent bundle size it saves is in the git log of this file.
 */
function bundleResolve({ addin = false } = {}) {
  const stub = (name) => entryFile(`src/core/protect/bundle-stubs/${name}`);
  const fileSystemUnavailable = stub("file-system-unavailable.js");
  // readable-stream 4, the version archiver 7, zip-stream and compress-commons declare.
  const readableStream4 = path.dirname(
    require.resolve("readable-stream/package.json", { paths: [path.dirname(require.resolve("archiver/package.json"))] }),
  );
  return {
    extensions: [".ts", ".tsx", ".js", ".json"],
    extensionAlias: { ".js": [".ts", ".js"] },
    fallback: {
      // archiver / archiver-zip-encrypted and friends, in the browser and the DOM-less runtime.
      // crypto: only randomBytes, pbkdf2Sync and createHmac are needed (archiver-zip-encrypted,
      // generate-password); the protect module's shim gives them from crypto.getRandomValues
      // (failing closed without it) instead of crypto-browserify (~145 KB gzip more).
      // The add-in bundles, which leave the reference engine out, need only randomBytes: a shim
      // without Buffer (node-crypto-random-only.ts), so the buffer polyfill stays out too.
      crypto: entryFile(addin ? "src/core/protect/node-crypto-random-only.ts" : "src/core/protect/node-crypto-shim.ts"),
      stream: readableStream4,
      zlib: require.resolve("browserify-zlib"),
      path: require.resolve("path-browserify"),
      buffer: require.resolve("buffer/"),
      process: require.resolve("process/browser.js"),
      events: require.resolve("events/"),
      fs: false,
      constants: false,
      os: false,
    },
    alias: {
      // protect/ zips in-memory bytes: archiver's directory/glob/file-path code (and what only it
      // loads) is never reached. glob also reads fs.realpathSync.native at load.
      "readdir-glob$": fileSystemUnavailable,
      "graceful-fs$": fileSystemUnavailable,
      "lazystream$": fileSystemUnavailable,
      "glob$": fileSystemUnavailable,
      [require.resolve("archiver-utils/file.js")]: fileSystemUnavailable,
      // npm installs one copy of readable-stream 4 per package that needs it (archiver,
      // archiver-utils, compress-commons, crc32-stream, zip-stream): bundle one, and use it for
      // require("stream") too (its exports have Readable, Transform, PassThrough, Stream, ...).
      "readable-stream$": readableStream4,
      // Aliases, not fallbacks: the util and assert polyfill packages are installed, so a
      // fallback would never apply. Every user of util in the bundle calls only util.inherits;
      // browserify-zlib, the only user of assert, calls assert/ok/equal.
      "util$": stub("util-inherits.js"),
      "assert$": stub("assert-ok-equal.js"),
      // archiver's core uses only async.queue.
      "async$": stub("async-queue.js"),
      // abort-controller's browser build throws at load where there is no self/window.
      "abort-controller$": entryFile("src/core/protect/abort-controller-shim.ts"),
      // foras' embedded .wasm (a base64 data: URL), which its "exports" does not list: wasm-deflater.ts
      // decodes it to bytes itself so that starting foras fetches nothing (foras-embedded-wasm.d.ts).
      "foras-embedded-wasm$": forasEmbeddedWasm(),
    },
  };
}

/** foras' dist/esm/wasm/pkg/foras.wasm.mjs, found from its package's "require" entry (dist/cjs/src/node/index.cjs). */
function forasEmbeddedWasm() {
  const dist = path.resolve(path.dirname(require.resolve("@hazae41/foras")), "../../..");
  return path.join(dist, "esm/wasm/pkg/foras.wasm.mjs");
}

/**
 * ProvidePlugin entries for every helper tslib exports (__awaiter: ["tslib", "__awaiter"], ...):
 * with noEmitHelpers, the code TypeScript lowers names the helpers as free variables, and each
 * bundle gets one copy of each helper it uses instead of one per file.
 */
function tslibHelpers() {
  return Object.fromEntries(
    Object.keys(require("tslib"))
      .filter((name) => name.startsWith("__") && name !== "__esModule")
      .map((name) => [name, ["tslib", name]]),
  );
}

/**
 * `npm start` serves no page at "/" (the add-in's pages have their own names): send a browser
 * there to the playground, keeping the query (`/?lang=ja` → `/playground/?lang=ja`).
 * Plain Node request/response, so a test can run it without webpack serve.
 */
function rootToPlayground(req, res, next) {
  const url = new URL(req.url || "/", "http://localhost");
  if ((req.method === "GET" || req.method === "HEAD") && url.pathname === "/") {
    res.statusCode = 302;
    res.setHeader("Location", `/playground/${url.search}`);
    res.end();
    return;
  }
  next();
}

function devServerHttps(env) {
  if (!env.https) return undefined;
  try {
    // Optional: `npm i -D office-addin-dev-certs && npx office-addin-dev-certs install` makes a
    // certificate Outlook trusts. Without it, webpack-dev-server makes a self-signed one, which a
    // browser (and Outlook) will not trust until you accept it.
    const certsDir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const read = (name) => fs.readFileSync(path.join(certsDir, name));
    return { type: "https", options: { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") } };
  } catch {
    return { type: "https" };
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const defaultHost = serving && !env.https ? `http://localhost:${DEV_PORT}/` : MANIFEST_DEV_HOST;
  const host = normaliseHost(env.host || defaultHost);
  const outDir = env.out ? path.resolve(process.cwd(), String(env.out)) : DIST;
  const version = manifestVersion(env, Date.now(), outDir);
  // `npm run build` writes only what an admin uploads (docs/deployment-guide.md §4): no playground,
  // no source maps. Development builds (`npm run build:dev`, `npm start`, the browser tests) have
  // both; `--env playground` adds the playground to a production build (a demo host).
  const withPlayground = dev || Boolean(env.playground);

  const tsRule = {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        // Type errors are `npm run typecheck`'s job; the build only transpiles (isolatedModules).
        transpileOnly: true,
        compilerOptions: {
          // Classic Outlook builds before 2403 accept only ES2016 syntax in the DOM-less runtime.
          target: "ES2016",
          module: "ES2020",
          noEmitHelpers: true,
          sourceMap: true,
        },
      },
    },
  };

  // Packages ship ES2018-2022 syntax (zod: optional chaining, spread). TypeScript, already here
  // for our own code, lowers it to ES2016 too; only syntax, never library calls (no polyfills).
  const packagesRule = {
    test: /\.[cm]?js$/,
    include: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        transpileOnly: true,
        compilerOptions: {
          allowJs: true,
          checkJs: false,
          target: "ES2016",
          module: "ESNext",
          // Lowering to ES2016 needs helpers (__awaiter, __generator, __asyncGenerator, ...);
          // TypeScript would paste a copy into every file. tslibHelpers() provides one copy.
          noEmitHelpers: true,
          strict: false,
          alwaysStrict: false,
          sourceMap: true,
          isolatedModules: false,
        },
      },
    },
  };

  const prelude = entryFile("src/launchevent/prelude.ts");

  return {
    mode,
    // The launchevent bundle must load in a JavaScript-only runtime: no eval, no dev client.
    // Source maps only where someone debugs: not in the files an admin uploads.
    devtool: dev ? "source-map" : false,
    target: ["web", "es2016"],
    context: ROOT,
    entry: {
      // The handler Outlook loads for every compose and Send. Its one lazy part, MSAL (Graph
      // sign-in, src/notices/naa-token-loader.ts), is a file beside it that only a runtime with a
      // DOM loads (a <script> tag); classic Outlook's DOM-less runtime never asks for it. The
      // public path is the host, fixed: webpack's "auto" throws at load where there is no document.
      launchevent: {
        import: [prelude, entryFile("src/launchevent/launchevent.ts")],
        chunkLoading: "jsonp",
        asyncChunks: true,
        publicPath: host,
      },
      taskpane: [prelude, entryFile("src/taskpane/taskpane.ts")],
      ...(withPlayground ? { playground: [prelude, entryFile("src/playground/playground.ts")] } : {}),
    },
    output: {
      path: outDir,
      filename: (data) => (data.chunk && data.chunk.name === "playground" ? "playground/playground.js" : "[name].js"),
      publicPath: "auto",
      clean: true,
      // One file per entry; nothing is loaded later, except launchevent's sign-in file (above).
      chunkFilename: "[name].js",
      chunkLoading: false,
      wasmLoading: false,
      workerChunkLoading: false,
      asyncChunks: false,
      globalObject: "this",
    },
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
      minimize: !dev,
    },
    performance: { hints: false },
    resolve: bundleResolve({ addin: true }),
    module: {
      rules: [tsRule, packagesRule],
      // Every import() stays in its bundle (classic Outlook runs launchevent.js as one file and
      // cannot load another); only one marked webpackMode "lazy" becomes a file of its own.
      parser: { javascript: { dynamicImportMode: "eager" } },
    },
    plugins: [
      new webpack.ProvidePlugin({
        Buffer: ["buffer", "Buffer"],
        process: "process/browser.js",
        setImmediate: [prelude, "setImmediate"],
        clearImmediate: [prelude, "clearImmediate"],
        ...tslibHelpers(),
      }),
      // The add-in bundles leave out the reference ZIP engine (archiver, archiver-zip-encrypted,
      // aes-js, pako, buffer, readable-stream…: ~250 KiB of launchevent.js, issue 11): the fast
      // engine writes both AES-256 and ZipCrypto. The CLI, the bench and the protect tests'
      // bundle (bundleResolve() only, not this plugin) keep it.
      new webpack.NormalModuleReplacementPlugin(REFERENCE_ENGINE_MODULE, entryFile("src/core/protect/reference-engine-absent.ts")),
      new webpack.DefinePlugin({
        __ADDIN_HOST__: JSON.stringify(host),
        __ADDIN_VERSION__: JSON.stringify(version),
      }),
      new HtmlWebpackPlugin({
        filename: "launchevent.html",
        template: entryFile("src/launchevent/launchevent.html"),
        chunks: ["launchevent"],
        inject: "body",
        scriptLoading: "blocking",
        minify: !dev,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: entryFile("src/taskpane/taskpane.html"),
        chunks: ["taskpane"],
        inject: "body",
        scriptLoading: "blocking",
        minify: !dev,
      }),
      ...(withPlayground
        ? [
            new HtmlWebpackPlugin({
              filename: "playground/index.html",
              template: entryFile("src/playground/index.html"),
              chunks: ["playground"],
              inject: "body",
              scriptLoading: "blocking",
              minify: !dev,
            }),
            new PlaygroundLaunchEventTagPlugin(),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }],
      }),
      new AddinFilesPlugin({ host, version, env }),
      ...(dev ? [] : [new BundleSizeLimitPlugin()]),
    ],
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      server: devServerHttps(env) || "http",
      static: false,
      // The dev-server client breaks the DOM-less runtime: serve the files as they are.
      client: false,
      hot: false,
      liveReload: false,
      webSocketServer: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      devMiddleware: { writeToDisk: true },
      // Ahead of webpack-dev-middleware, which would answer "/" with "Cannot GET /".
      setupMiddlewares: (middlewares) => [{ name: "root-to-playground", middleware: rootToPlayground }, ...middlewares],
      open: process.env.CI ? false : ["/playground/"],
    },
    stats: { preset: "errors-warnings", assets: true, assetsSort: "name", excludeAssets: [/\.map$/] },
  };
};

module.exports.manifestFor = manifestFor;
module.exports.manifestVersion = manifestVersion;
module.exports.normaliseHost = normaliseHost;
module.exports.OFFICE_JS = OFFICE_JS;
module.exports.bundleResolve = bundleResolve;
module.exports.rootToPlayground = rootToPlayground;
module.exports.BUNDLE_LIMITS = BUNDLE_LIMITS;
module.exports.bundleSizeProblem = bundleSizeProblem;
module.exports.BundleSizeLimitPlugin = BundleSizeLimitPlugin;
