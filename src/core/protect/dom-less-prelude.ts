/**
 * For the DOM-less bundle (classic Outlook's JS-only runtime): run this FIRST (as the first
 * entry, or the first import of the entry). It defines the little that archiver's browser
 * polyfills touch at load and that such a runtime may lack, where (and only where) it is missing:
 *  - `clearTimeout`: process/browser.js compares against it when it drains its queue
 *    (a no-op is right there: it only clears timers that have already fired).
 *  - `globalThis`: referenced by readable-stream.
 * It defines nothing random and nothing cryptographic: without crypto.getRandomValues protect/
 * still fails closed.
 */
const g: Record<string, unknown> =
  typeof globalThis !== "undefined" ? (globalThis as unknown as Record<string, unknown>) : (Function("return this")() as Record<string, unknown>);

if (typeof g.globalThis === "undefined") g.globalThis = g;
if (typeof g.clearTimeout !== "function") g.clearTimeout = function clearTimeout(): void {};

export {};
