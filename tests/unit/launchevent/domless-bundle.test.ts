/**
 * Proof that the BUILT dist/launchevent.js — the one file classic Outlook on Windows loads — runs
 * with no DOM: a Node `vm` context holding only setTimeout, clearTimeout, console,
 * crypto.getRandomValues and the simulated Office. No window, document, self, localStorage, fetch.
 * Assumes `npm run build:dev` has run (npm test does it first).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { webcrypto } from "node:crypto";
import { createSimulatedMailbox, installSimulatedOffice, pressSend, type SimulatedMailbox } from "../../../src/playground/simulated-outlook";

const BUNDLE_PATH = path.resolve(__dirname, "..", "..", "..", "dist", "launchevent.js");

let code: string;

beforeAll(() => {
  if (!fs.existsSync(BUNDLE_PATH)) throw new Error(`${BUNDLE_PATH} is missing: run \`npm run build:dev\` first (npm test does)`);
  code = fs.readFileSync(BUNDLE_PATH, "utf8");
});

/** A context with nothing but the four things a DOM-less runtime is sure to have, and Office. */
function domlessContext(mailbox: SimulatedMailbox, extra: Record<string, unknown> = {}): vm.Context {
  const context = vm.createContext({
    setTimeout,
    clearTimeout,
    console,
    crypto: { getRandomValues: <T extends ArrayBufferView | null>(array: T) => webcrypto.getRandomValues(array as never) as T },
    ...extra,
  });
  installSimulatedOffice(context, mailbox);
  return context;
}

function load(context: vm.Context): void {
  vm.runInContext(code, context, { filename: "launchevent.js", timeout: 10_000 });
}

const typeofIn = (context: vm.Context, name: string): string => vm.runInContext(`typeof ${name}`, context) as string;

test("the context really has no DOM, no storage and no fetch, and the bundle loads and registers its handler", () => {
  const mailbox = createSimulatedMailbox({ to: ["buyer@client.example.net"] });
  const context = domlessContext(mailbox);
  for (const name of ["window", "document", "localStorage", "fetch", "XMLHttpRequest", "self"]) expect(typeofIn(context, name)).toBe("undefined");
  load(context);
  expect([...mailbox.actions.keys()]).toEqual(["onMessageSendHandler", "onNewMessageComposeHandler", "onMessageAttachmentsChangedHandler", "onMessageRecipientsChangedHandler"]);
  // The bundle's prelude may define `self` (some packages read it) but never a DOM.
  for (const name of ["window", "document", "localStorage"]) expect(typeofIn(context, name)).toBe("undefined");
});

test("without fetch: one Send stops with the alert naming the external recipient and saying the defaults were used", async () => {
  const mailbox = createSimulatedMailbox({
    from: "taro@example.co.jp",
    to: ['"Buyer" <buyer@client.example.net>', "kato@example.co.jp"],
    displayLanguage: "en-US",
    mailboxVersion: "1.15",
  });
  load(domlessContext(mailbox));
  const outcome = await pressSend(mailbox);
  expect(outcome.allowed).toBe(false);
  expect(outcome.dialog?.sendMode).toBe("promptUser");
  expect(outcome.options?.errorMessage).toContain("- client.example.net: buyer@client.example.net");
  expect(outcome.options?.errorMessage).not.toContain("kato@example.co.jp");
  expect(outcome.options?.errorMessage).toContain("The company policy could not be loaded, so the built-in defaults were used.");
  // The defaults name no supervisor, so nothing is added.
  expect(mailbox.item.bcc).toEqual([]);
  // Send again with the same recipients: it goes.
  const again = await pressSend(mailbox);
  expect(again.allowed).toBe(true);
});

test("with a stub fetch serving a policy: the alert names the external recipient and the supervisor is added to BCC", async () => {
  const requested: string[] = [];
  const policy = {
    internalDomains: ["example.co.jp", "*.example.co.jp"],
    supervisor: { address: "compliance@example.co.jp", field: "bcc", when: "external" },
  };
  const fetchStub = (url: string) => {
    requested.push(url);
    return Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(JSON.stringify(policy)) });
  };
  const mailbox = createSimulatedMailbox({
    from: "taro@example.co.jp",
    to: ["buyer@client.example.net", "kato@osaka.example.co.jp"],
    displayLanguage: "ja-JP",
    mailboxVersion: "1.12",
  });
  load(domlessContext(mailbox, { fetch: fetchStub }));
  const outcome = await pressSend(mailbox);

  expect(requested).toHaveLength(1);
  expect(requested[0]).toMatch(/^https?:\/\/.+\/policy\.json$/);
  expect(outcome.allowed).toBe(false);
  expect(outcome.options).not.toHaveProperty("sendModeOverride"); // Mailbox 1.12
  const text = outcome.dialog?.message ?? "";
  expect(text).toContain("社外の宛先 (1 ドメイン、1 件)");
  expect(text).toContain("・client.example.net: buyer@client.example.net");
  expect(text).toContain("上長 compliance@example.co.jp を BCC に追加しました。");
  expect(text).not.toContain("既定の設定");
  expect(mailbox.item.bcc.map((r) => r.emailAddress)).toEqual(["compliance@example.co.jp"]);
  expect(mailbox.calls.filter((c) => c.call === "bcc.addAsync")).toHaveLength(1);
});
