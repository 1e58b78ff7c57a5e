/**
 * The PRODUCTION launchevent.js in a DOM-less `vm` context stripped of every built-in newer than
 * ES2016 (tests/tools/es2016-context.js): classic Outlook on Windows before Version 2403 runs
 * event handlers with "ECMAScript 2016 and earlier" only (Microsoft, "Troubleshoot event-based and
 * spam-reporting add-ins"). No BigInt, flat/flatMap, Object.fromEntries/entries/values, padStart,
 * matchAll, replaceAll, at, Promise.allSettled/any, globalThis, queueMicrotask, DOM, localStorage,
 * fetch, crypto.subtle. The bundle must load, register both handlers and check a whole Send.
 * `npm run validate` runs the load-and-register part of this on dist/ (validate-manifest.js).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { webcrypto } from "node:crypto";
import { createSimulatedMailbox, installSimulatedOffice, pressSend, userAttach, type SimulatedMailbox } from "../../../src/playground/simulated-outlook";
import { AUDIT_HEADER_NAME, AUDIT_HEADER_PATTERN } from "../../../src/core/audit/audit-header";
import { extractWith7z, pseudoRandomBytes, sameBytes } from "../../integration/protect/seven-zip";
import { BigIntStandIn, installBigIntStandIn } from "../../../src/launchevent/bigint-stand-in";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createEs2016Context, remainingPostEs2016, POST_ES2016 } = require("../../tools/es2016-context.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const validator = require("../../tools/validate-manifest.js");

const ROOT = path.resolve(__dirname, "..", "..", "..");
const OUT = path.join(ROOT, "tests", ".out", "es2016-runtime");
let code: string;

beforeAll(() => {
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", `out=${OUT}`], { cwd: ROOT, stdio: "pipe" });
  code = fs.readFileSync(path.join(OUT, "launchevent.js"), "utf8");
}, 240_000);

const getRandomValues = <T extends ArrayBufferView | null>(a: T) => webcrypto.getRandomValues(a as never) as T;

function es2016Context(mailbox: SimulatedMailbox, extra: Record<string, unknown> = {}): vm.Context {
  const context: vm.Context = createEs2016Context({ console, crypto: { getRandomValues }, ...extra });
  installSimulatedOffice(context, mailbox);
  return context;
}

const typeofIn = (context: vm.Context, expr: string): string => vm.runInContext(`typeof ${expr}`, context) as string;

test("the context really lacks every post-ES2016 built-in, and the bundle still loads and registers every handler", () => {
  const mailbox = createSimulatedMailbox({ to: ["buyer@client.example.net"] });
  const context = es2016Context(mailbox);
  expect(remainingPostEs2016(context)).toEqual([]);
  expect(POST_ES2016.length).toBeGreaterThanOrEqual(30);
  for (const name of ["BigInt", "globalThis", "window", "document", "localStorage", "fetch", "queueMicrotask"]) expect(typeofIn(context, name)).toBe("undefined");
  for (const m of ["Array.prototype.flatMap", "Array.prototype.flat", "Object.fromEntries", "String.prototype.matchAll", "String.prototype.replaceAll", "Promise.allSettled", "Promise.any"]) {
    expect(typeofIn(context, m)).toBe("undefined");
  }

  vm.runInContext(code, context, { filename: "launchevent.js", timeout: 10_000 });

  expect([...mailbox.actions.keys()]).toEqual(["onMessageSendHandler", "onNewMessageComposeHandler", "onMessageAttachmentsChangedHandler", "onMessageRecipientsChangedHandler"]);
  for (const name of ["window", "document", "localStorage"]) expect(typeofIn(context, name)).toBe("undefined");
});

test("the prelude's polyfills behave like the built-ins they stand for", async () => {
  const context = es2016Context(createSimulatedMailbox());
  vm.runInContext(code, context, { filename: "launchevent.js", timeout: 10_000 });
  const run = (js: string) => JSON.parse(vm.runInContext(`JSON.stringify(${js})`, context) as string);
  expect(run(`Object.entries({ a: 1, b: [2] })`)).toEqual([["a", 1], ["b", [2]]]);
  expect(run(`Object.values({ a: 1, b: 2 })`)).toEqual([1, 2]);
  expect(run(`Object.fromEntries([["a", 1], ["b", 2]])`)).toEqual({ a: 1, b: 2 });
  expect(run(`[1, [2, [3, [4]]], , 5].flat()`)).toEqual([1, 2, [3, [4]], 5]);
  expect(run(`[1, [2, [3, [4]]]].flat(Infinity)`)).toEqual([1, 2, 3, 4]);
  expect(run(`[1, 2].flatMap(function (x) { return [x, [x * 10]]; })`)).toEqual([1, [10], 2, [20]]);
  expect(run(`["7".padStart(3, "0"), "ab".padEnd(5, "xy"), "abc".padStart(2), "  a ".trimStart() + "|", "| a  ".trimEnd()]`)).toEqual(["007", "abxyx", "abc", "a |", "| a"]);
  expect(run(`Object.keys(Object.getOwnPropertyDescriptors({ x: 1 }).x).sort()`)).toEqual(["configurable", "enumerable", "value", "writable"]);
  // Polyfilled methods are not enumerable (for-in over an array must not see them).
  expect(run(`(function () { var k = []; for (var p in [1]) k.push(p); return k; })()`)).toEqual(["0"]);
  const settled = await (vm.runInContext(`Promise.allSettled([1, Promise.reject(new Error("x"))]).then(function (r) { return JSON.stringify(r.map(function (s) { return s.status; })); })`, context) as Promise<string>);
  expect(JSON.parse(settled)).toEqual(["fulfilled", "rejected"]);
  const finallyOrder = await (vm.runInContext(`(function () { var seen = []; return Promise.resolve(5).finally(function () { seen.push("f"); }).then(function (v) { seen.push(v); return JSON.stringify(seen); }); })()`, context) as Promise<string>);
  expect(JSON.parse(finallyOrder)).toEqual(["f", 5]);
});

describe("the BigInt stand-in (only where BigInt is missing)", () => {
  function strippedGlobal(): { context: vm.Context; g: Record<string, unknown> } {
    const context: vm.Context = createEs2016Context({});
    const g = vm.runInContext("this", context) as Record<string, unknown>;
    return { context, g };
  }

  test("setBigUint64 writes an exact length in both byte orders, the same bytes as the native one", () => {
    const { context, g } = strippedGlobal();
    expect(installBigIntStandIn(g)).toBe(true);
    for (const n of [0, 8, 2 ** 32 - 1, 2 ** 32, 2 ** 40 + 5, Number.MAX_SAFE_INTEGER]) {
      for (const le of [false, true]) {
        const mine = vm.runInContext(`(function () { var v = new DataView(new ArrayBuffer(10)); v.setBigUint64(1, BigInt(${n}), ${le}); return Array.prototype.slice.call(new Uint8Array(v.buffer)); })()`, context);
        const native = new DataView(new ArrayBuffer(10));
        native.setBigUint64(1, BigInt(n), le);
        expect(Array.from(mine as number[])).toEqual(Array.from(new Uint8Array(native.buffer)));
      }
    }
  });

  test("any other use throws a TypeError that says BigInt is unavailable, never a wrong number", () => {
    const { context, g } = strippedGlobal();
    installBigIntStandIn(g);
    for (const js of ["BigInt(1) + 1", "BigInt(2) < 3", "String(BigInt(4))", "Number(BigInt(5))", "BigInt(2) ** BigInt(3)", "JSON.stringify({ a: BigInt(1) })", "new DataView(new ArrayBuffer(8)).setBigUint64(0, BigInt(-1))", "new DataView(new ArrayBuffer(8)).setBigUint64(0, 7)"]) {
      expect(() => vm.runInContext(js, context)).toThrow(/BigInt is not available in this Outlook/);
    }
    expect(vm.runInContext(`typeof BigInt("18446744073709551615")`, context)).toBe("object");
    expect(BigIntStandIn.name).toBe("BigIntStandIn");
  });

  test("a runtime that has BigInt keeps its own", () => {
    const g: Record<string, unknown> = { BigInt, DataView };
    expect(installBigIntStandIn(g)).toBe(false);
    expect(g.BigInt).toBe(BigInt);
  });
});

test("a whole Send in the ES2016 context: recipients, WinZip AES (pure-JS SHA-1, no crypto.subtle), audit header", async () => {
  const files = [
    { name: "見積書.pdf", bytes: pseudoRandomBytes(120_000, 11) },
    { name: "memo.txt", bytes: new TextEncoder().encode("社外秘\n".repeat(300)) },
  ];
  const policy = { internalDomains: ["example.co.jp"], external: { confirm: false }, supervisor: { when: "never" }, personalData: { action: "off" }, attachments: { protect: "external" } };
  const mailbox = createSimulatedMailbox({
    from: "taro@example.co.jp",
    to: ["buyer@client.example.net"],
    cc: ["kato@example.co.jp"],
    displayLanguage: "en-US",
    attachments: files.map((f) => ({ name: f.name, contentBase64: Buffer.from(f.bytes).toString("base64") })),
  });
  const context = es2016Context(mailbox, { fetch: () => Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(JSON.stringify(policy)) }) });
  expect(typeofIn(context, "crypto.subtle")).toBe("undefined");
  vm.runInContext(code, context, { filename: "launchevent.js", timeout: 10_000 });

  const first = await pressSend(mailbox);
  expect(first.handlerError).toBeUndefined();
  expect(first.allowed).toBe(false); // the first Send says what went into the archive
  expect(first.options?.errorMessage ?? "").not.toMatch(/BigInt|could not|failed/i);
  expect(mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
  const archive = mailbox.item.attachments[0];
  const password = JSON.parse(mailbox.item.sessionData.get("outboundGuard.state") ?? "{}").steps?.protectAttachments?.password ?? "";
  const x = extractWith7z(new Uint8Array(Buffer.from(archive.contentBase64 ?? "", "base64")), password);
  expect(x.ok).toBe(true);
  for (const f of files) expect(sameBytes(x.files.get(f.name), f.bytes)).toBe(true);
  // The fingerprint is SHA-256 (noble): the stamp is there and well-formed.
  expect(mailbox.item.internetHeaders.get(AUDIT_HEADER_NAME)).toMatch(AUDIT_HEADER_PATTERN);
}, 60_000);

test("attach time in the ES2016 context: the attached files are replaced by the archive, and the Send reads no attachment content", async () => {
  const file = { name: "見積書.pdf", bytes: pseudoRandomBytes(60_000, 12) };
  const policy = { internalDomains: ["example.co.jp"], external: { confirm: false }, supervisor: { when: "never" }, personalData: { action: "warn" }, attachments: { protect: "external" } };
  const mailbox = createSimulatedMailbox({ from: "taro@example.co.jp", to: ["buyer@client.example.net"], displayLanguage: "en-US" });
  const context = es2016Context(mailbox, { fetch: () => Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(JSON.stringify(policy)) }) });
  vm.runInContext(code, context, { filename: "launchevent.js", timeout: 10_000 });
  userAttach(mailbox, { name: file.name, contentBase64: Buffer.from(file.bytes).toString("base64") });
  await mailbox.whenEventsSettled();
  expect(mailbox.launchEvents.map((e) => [e.completed, e.handlerError])).toEqual([[true, undefined]]);
  expect(mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
  const password = JSON.parse(mailbox.item.sessionData.get("outboundGuard.state") ?? "{}").steps?.protectAttachments?.password ?? "";
  const x = extractWith7z(new Uint8Array(Buffer.from(mailbox.item.attachments[0].contentBase64 ?? "", "base64")), password);
  expect(sameBytes(x.files.get(file.name), file.bytes)).toBe(true);
  const from = mailbox.calls.length;
  const out = await pressSend(mailbox);
  expect(out.handlerError).toBeUndefined();
  expect(mailbox.calls.slice(from).map((c) => c.call)).not.toContain("getAttachmentContentAsync");
}, 60_000);

test("npm run validate's bundle check uses the same stripped context: a bundle that needs BigInt at load is refused", () => {
  const dir = fs.mkdtempSync(path.join(OUT, "needs-bigint-"));
  const file = path.join(dir, "launchevent.js");
  fs.writeFileSync(file, `var big = BigInt(2); Office.actions.associate("onMessageSendHandler", function () {});`);
  const result = validator.handlersRegisteredBy(file);
  expect(result.error).toMatch(/ReferenceError: BigInt is not defined/);
  fs.writeFileSync(file, `var pairs = Object.fromEntries([["a", 1]]); Office.actions.associate("onMessageSendHandler", function () {});`);
  expect(validator.handlersRegisteredBy(file).error).toMatch(/Object\.fromEntries is not a function/);
  fs.writeFileSync(file, `Office.actions.associate("onMessageSendHandler", function () {});`);
  expect(validator.handlersRegisteredBy(file).error).toBeUndefined();
});
