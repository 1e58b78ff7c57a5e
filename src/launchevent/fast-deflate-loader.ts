/**
 * The WebAssembly deflater (core/protect/wasm-deflater.ts, ~155 KB) as a file of its own beside
 * launchevent.js, fetched the first time a large entry is deflated (issue 11: launchevent.js is
 * loaded at every compose and Send and must stay within its size limit).
 *
 * Only a runtime with a DOM can load that file (webpack's chunk loader adds a <script>), and only
 * one with WebAssembly can run it: Outlook on the web, new Outlook and Mac run the handler in a
 * browser runtime (launchevent.html). Classic Outlook's JavaScript-only runtime has no DOM and no
 * imports ("you must bundle your JavaScript code into a single file": OfficeDev/office-js#3963),
 * so nothing is installed there and protect/ deflates as before (native CompressionStream or fflate).
 */
import { installFastDeflaterLoader } from "../core/protect/fast-deflater";

declare let __webpack_public_path__: string;

// The file sits beside the script running now (as the sign-in file does: notices/naa-token-loader.ts);
// document.currentScript names it only while this bundle is being evaluated.
const running = typeof document !== "undefined" && document.currentScript ? (document.currentScript as HTMLScriptElement).src : "";
if (running) __webpack_public_path__ = running.slice(0, running.lastIndexOf("/") + 1);

interface LoaderHost {
  document?: { createElement?: unknown };
  WebAssembly?: { instantiate?: unknown };
}

/** Whether this runtime can load the deflater's file and run it. */
export function fastDeflaterLoadable(host: LoaderHost = globalThis as unknown as LoaderHost): boolean {
  return typeof host.document?.createElement === "function" && typeof host.WebAssembly?.instantiate === "function";
}

/** Installs the lazy loader where it can work; returns whether it did. Nothing is fetched yet. */
export function installFastDeflateLoader(host: LoaderHost = globalThis as unknown as LoaderHost): boolean {
  if (!fastDeflaterLoadable(host)) return false;
  installFastDeflaterLoader(() =>
    import(/* webpackChunkName: "deflate-wasm", webpackMode: "lazy" */ "../core/protect/wasm-deflater").then((m) => m.createWasmDeflater()),
  );
  return true;
}
