/**
 * Builds tests/integration/protect/bundle-entry.ts with webpack 5 (target "web") into a temp dir,
 * with webpack.config.js's resolve settings and the ProvidePlugin globals protect/ needs in a
 * browser or DOM-less bundle.
 */
import { join, resolve } from "node:path";
import { readFileSync } from "node:fs";
import webpack from "webpack";

const ROOT = resolve(__dirname, "../../..");
const PROTECT = join(ROOT, "src/core/protect");

// The same resolve settings as every add-in bundle (fallbacks, aliases, bundle stubs), taken from
// webpack.config.js itself so the archives 7-Zip opens here come from what Outlook runs.
const { bundleResolve } = require(join(ROOT, "webpack.config.js")) as {
  bundleResolve(): { fallback: Record<string, string | false>; alias: Record<string, string | false> };
};

export function protectWebpackSettings() {
  const { fallback, alias } = bundleResolve();
  return {
    resolve: { fallback, alias },
    provide: {
      Buffer: ["buffer", "Buffer"] as string[],
      process: "process/browser.js",
      setImmediate: [join(PROTECT, "set-immediate-shim.ts"), "setImmediate"],
    },
  };
}

export interface BuiltBundle {
  file: string;
  code: string;
}

export function buildProtectBundle(outDir: string, mode: "development" | "production" = "production"): Promise<BuiltBundle> {
  const s = protectWebpackSettings();
  const config: webpack.Configuration = {
    mode,
    devtool: false,
    target: ["web", "es2020"],
    context: ROOT,
    entry: join(__dirname, "bundle-entry.ts"),
    output: { path: outDir, filename: "protect-bundle.js", iife: true },
    resolve: { extensions: [".ts", ".js"], fallback: s.resolve.fallback, alias: s.resolve.alias },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          options: { transpileOnly: true, configFile: join(ROOT, "tsconfig.json"), compilerOptions: { sourceMap: false } },
        },
      ],
    },
    plugins: [new webpack.ProvidePlugin(s.provide)],
    performance: { hints: false },
    optimization: mode === "production" ? { minimize: true } : undefined,
    infrastructureLogging: { level: "error" },
  };
  const compiler = webpack(config);
  return new Promise((ok, fail) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return fail(err);
      if (!stats || stats.hasErrors()) return fail(new Error(stats ? stats.toString({ all: false, errors: true }) : "no stats"));
      const file = join(outDir, "protect-bundle.js");
      ok({ file, code: readFileSync(file, "utf8") });
    });
  });
}
