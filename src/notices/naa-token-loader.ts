/**
 * MSAL (≈400 KB minified) is loaded only when a Send really needs a Graph token, as its own file
 * beside launchevent.js, so the handler Outlook loads for every compose and Send stays small
 * (issue 11). Only a runtime with a DOM can load that file: webpack adds a <script> tag.
 *
 * Classic Outlook on Windows runs the handler as ONE JavaScript file with no DOM and no imports
 * ("you must bundle your JavaScript code into a single file": OfficeDev/office-js-docs-pr#4149,
 * OfficeDev/office-js#3963), so there the sign-in cannot be loaded at Send. Nothing is lost: the
 * notice waits in the task pane's queue and the alert says why (fallback "signin_unavailable").
 * Even with MSAL inlined, NAA's acquireTokenSilent at OnMessageSend fails in classic Outlook
 * (OfficeDev/office-js#4764, #6692, open as a Win32 product bug). Outlook on the web, new Outlook
 * and Mac run the handler in a browser runtime (launchevent.html), where the file loads:
 * https://learn.microsoft.com/office/dev/add-ins/outlook/autolaunch
 */
import type { NaaSettings } from "./naa-token";
import type { TokenSource } from "./graph-sender";

declare let __webpack_public_path__: string;

// The sign-in file sits beside the script that is running now (launchevent.js on the add-in's
// host, or the playground's copy): take its folder while this bundle is being evaluated, the only
// moment document.currentScript names it. Without a document the build's host stays (unused).
const running = typeof document !== "undefined" && document.currentScript ? (document.currentScript as HTMLScriptElement).src : "";
if (running) __webpack_public_path__ = running.slice(0, running.lastIndexOf("/") + 1);

/** Whether this runtime can load the sign-in file (webpack's chunk loader adds a <script> to the document). */
export function signInLoadable(global: object = globalThis): boolean {
  const doc = (global as { document?: { createElement?: unknown; head?: unknown } }).document;
  return Boolean(doc && typeof doc.createElement === "function");
}

/** NAA tokens through MSAL, fetched on first use; a file that fails to load is tried again next Send. */
export function lazyNaaTokenSource(settings: NaaSettings): TokenSource {
  let source: Promise<TokenSource> | undefined;
  return async (scopes) => {
    if (!source) {
      source = import(/* webpackChunkName: "graph-sign-in", webpackMode: "lazy" */ "./naa-token").then((m) => m.naaTokenSource(settings));
      source.catch(() => (source = undefined));
    }
    return (await source)(scopes);
  };
}
