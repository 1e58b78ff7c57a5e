/**
 * The WebAssembly deflater (deflate-wasm.js) in real Chromium on a page whose Content-Security-
 * Policy refuses every connection (connect-src 'none', as a strict admin policy may): it must still
 * load and deflate. foras' own start fetched its module from a data: URL, which such a page refuses
 * ("Fetch API cannot load data:application/wasm…"); wasm-deflater.ts hands it the bytes instead.
 * 'wasm-unsafe-eval' stays in script-src: without it no page can compile WebAssembly at all.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { chromium, type Browser } from "playwright-core";
import webpack from "webpack";
import { CHROMIUM, CHROMIUM_ARGS } from "../../e2e/playground-driver";
import { protectWebpackSettings } from "./build-bundle";
import { tempDir } from "./seven-zip";

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, "../../..");
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'none'";

function build(outDir: string): Promise<void> {
  const s = protectWebpackSettings();
  const compiler = webpack({
    mode: "production",
    devtool: false,
    target: ["web", "es2020"],
    context: ROOT,
    entry: path.join(__dirname, "deflate-wasm-csp-entry.ts"),
    output: { path: outDir, filename: "page.js", chunkFilename: "[name].js" },
    resolve: { extensions: [".ts", ".js"], fallback: s.resolve.fallback, alias: s.resolve.alias },
    module: {
      rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(ROOT, "tsconfig.json"), compilerOptions: { sourceMap: false } } }],
    },
    plugins: [new webpack.ProvidePlugin(s.provide)],
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
  });
  return new Promise((ok, fail) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err || !stats || stats.hasErrors()) return fail(err ?? new Error(stats?.toString({ all: false, errors: true }) ?? "no stats"));
      ok();
    }),
  );
}

let dir: ReturnType<typeof tempDir>;
let browser: Browser;
beforeAll(async () => {
  dir = tempDir("og-deflate-csp-");
  await build(dir.dir);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  dir?.cleanup();
});

async function strictPage() {
  const page = await browser.newPage();
  const errors: string[] = [];
  const loaded: string[] = [];
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text().slice(0, 200))));
  page.on("pageerror", (e) => void errors.push(e.message));
  await page.route("http://localhost/**", (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name.endsWith(".js")) {
      loaded.push(name);
      return route.fulfill({ contentType: "text/javascript", body: fs.readFileSync(path.join(dir.dir, name)) });
    }
    return route.fulfill({ contentType: "text/html", headers: { "Content-Security-Policy": CSP }, body: '<!doctype html><meta charset="utf-8"><script src="/page.js"></script>' });
  });
  await page.goto("http://localhost/");
  return { page, errors, loaded };
}

test("the control: this page's policy refuses a fetch of a data: URL (what foras' own start does)", async () => {
  const { page } = await strictPage();
  expect(await page.evaluate(() => window.fetchDataUrl())).toMatch(/^refused: TypeError/);
  await page.close();
});

test("under it, deflate-wasm.js loads, starts and deflates: the output inflates back, no CSP error", async () => {
  const { page, errors, loaded } = await strictPage();
  const r = await page.evaluate(() => window.deflateWithWasm());
  expect(loaded).toContain("deflate-wasm.js");
  expect(r.same).toBe(true);
  expect(r.deflated).toBeLessThan(r.input / 20);
  expect(errors).toEqual([]);
  await page.close();
});
