/**
 * The first module of the launchevent bundle. Classic Outlook on Windows runs that bundle as one
 * JavaScript file with no DOM: no `window`, `document`, `self`, `localStorage`, and on some builds
 * no `globalThis`, `setImmediate`, `queueMicrotask`, `atob` or `btoa`. Some packages the bundle
 * carries read those names when they load (abort-controller's browser build destructures `self`;
 * `process/browser` looks for `setTimeout`/`clearTimeout`; archiver calls bare `setImmediate`, and
 * without it zipping hangs forever). This module defines what is missing — and only what is
 * missing, so in a browser it changes nothing. Built-ins newer than ES2016 (that runtime's level
 * before Version 2403) come from es2016-shim.ts and bigint-stand-in.ts.
 *
 * It never defines `window` or `document` (code may test for them to find out whether it has a
 * DOM), and never touches `crypto`: without `crypto.getRandomValues` there is no safe password,
 * and the code that needs one must fail closed rather than find a weak substitute here.
 *
 * webpack's ProvidePlugin hands `setImmediate`/`clearImmediate` from this module to every module
 * that uses them as free names, in every bundle (task pane and playground too).
 */

// First: built-ins newer than ES2016 that packages call while they load (classic Outlook before 2403).
import "./es2016-shim";
import { installBigIntStandIn } from "./bigint-stand-in";
import { installTextCodecs } from "./text-codec-shim";

type AnyFunction = (...args: unknown[]) => unknown;

/** The global object, found without assuming `globalThis` (ES2020) exists. */
function findGlobal(): Record<string, unknown> {
  if (typeof globalThis !== "undefined") return globalThis as unknown as Record<string, unknown>;
  if (typeof self !== "undefined") return self as unknown as Record<string, unknown>;
  // Sloppy-mode function: `this` is the global object.
  return Function("return this")() as Record<string, unknown>;
}

const g = findGlobal();

function define(name: string, value: unknown): void {
  if (typeof g[name] !== "undefined") return;
  try {
    Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
  } catch {
    g[name] = value;
  }
}

define("globalThis", g);
define("self", g);
define("global", g);
installBigIntStandIn(g);

// clearTimeout: process/browser keeps a reference to it. Without a real one there is nothing to
// cancel with, so the stand-in only forgets the id.
define("clearTimeout", function clearTimeoutStandIn(): void {
  /* no timer API to cancel with */
});

const nativeSetTimeout = g.setTimeout as ((fn: () => void, ms?: number) => unknown) | undefined;
const nativeClearTimeout = g.clearTimeout as ((id: unknown) => void) | undefined;

define("queueMicrotask", function queueMicrotaskShim(fn: () => void): void {
  Promise.resolve()
    .then(fn)
    .catch((err) => {
      // Like the real one: an error thrown by the task is reported, not swallowed by the chain.
      if (nativeSetTimeout) nativeSetTimeout(() => { throw err; }, 0);
    });
});

/**
 * setImmediate: run after the current task, before timers where we can. A browser's
 * MessageChannel gives a real macrotask without setTimeout's 4 ms clamp; a DOM-less runtime has
 * only setTimeout.
 */
type Immediate = { id: number };
const pending = new Map<number, () => void>();
let nextId = 1;
let post: ((id: number) => void) | undefined;
let postChosen = false;

/** Chosen on first use only: an open MessageChannel would keep a Node process (jest) alive. */
function choosePost(): ((id: number) => void) | undefined {
  if (postChosen) return post;
  postChosen = true;
  if (typeof (g as { MessageChannel?: unknown }).MessageChannel === "function") {
    const channel = new (g as unknown as { MessageChannel: typeof MessageChannel }).MessageChannel();
    channel.port1.onmessage = (ev: MessageEvent) => runImmediate(ev.data as number);
    post = (id) => channel.port2.postMessage(id);
  } else if (nativeSetTimeout) {
    post = (id) => {
      nativeSetTimeout(() => runImmediate(id), 0);
    };
  }
  return post;
}

function runImmediate(id: number): void {
  const task = pending.get(id);
  if (!task) return;
  pending.delete(id);
  task();
}

export function setImmediate(fn: AnyFunction, ...args: unknown[]): Immediate {
  const nativeSetImmediate = g.setImmediate as ((fn: AnyFunction, ...a: unknown[]) => unknown) | undefined;
  if (nativeSetImmediate && nativeSetImmediate !== setImmediate) {
    return nativeSetImmediate(fn, ...args) as Immediate;
  }
  const id = nextId++;
  pending.set(id, () => fn(...args));
  const post = choosePost();
  if (post) post(id);
  else Promise.resolve().then(() => runImmediate(id));
  return { id };
}

export function clearImmediate(handle: Immediate | undefined): void {
  const nativeClearImmediate = g.clearImmediate as ((h: unknown) => void) | undefined;
  if (nativeClearImmediate && nativeClearImmediate !== clearImmediate) {
    nativeClearImmediate(handle);
    return;
  }
  if (handle && typeof handle.id === "number") pending.delete(handle.id);
}

installTextCodecs(g);

define("setImmediate", setImmediate);
define("clearImmediate", clearImmediate);

// atob/btoa are missing on some classic Outlook builds. Latin-1 strings only, as the real ones.
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function btoaShim(input: string): string {
  const s = String(input);
  let out = "";
  for (let i = 0; i < s.length; i += 3) {
    const a = s.charCodeAt(i);
    const b = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    const c = i + 2 < s.length ? s.charCodeAt(i + 2) : 0;
    if (a > 255 || b > 255 || c > 255) throw new Error("btoa: the string has characters outside Latin-1");
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < s.length ? B64[(n >> 6) & 63] : "=";
    out += i + 2 < s.length ? B64[n & 63] : "=";
  }
  return out;
}

function atobShim(input: string): string {
  const s = String(input).replace(/[\t\n\f\r ]+/g, "").replace(/={1,2}$/, "");
  if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) throw new Error("atob: the string is not valid Base64");
  let out = "";
  let bits = 0;
  let value = 0;
  for (let i = 0; i < s.length; i++) {
    value = (value << 6) | B64.indexOf(s[i]);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((value >> bits) & 255);
    }
  }
  return out;
}

define("btoa", btoaShim);
define("atob", atobShim);

// Keep a reference so bundlers do not drop the timer lookups above as unused.
export const timers = { setTimeout: nativeSetTimeout, clearTimeout: nativeClearTimeout };
