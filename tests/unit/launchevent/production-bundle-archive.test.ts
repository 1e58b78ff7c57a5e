/**
 * The PRODUCTION launchevent.js (minified, with the size-trimming aliases and stubs) makes archives
 * that real 7-Zip opens — AES-256 and ZipCrypto, both from the fast engine, the only one in the
 * Send bundle (issue 11: archiver-zip-encrypted is left out) — in a DOM-less context with no
 * crypto.subtle, only getRandomValues.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { webcrypto } from "node:crypto";
import { createSimulatedMailbox, installSimulatedOffice, pressSend, type SimulatedMailbox } from "../../../src/playground/simulated-outlook";
import { extractWith7z, extractWithUnzip, list7z, pseudoRandomBytes, sameBytes } from "../../integration/protect/seven-zip";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const OUT = path.join(ROOT, "tests", ".out", "prod-bundle-archive");
let code: string;

beforeAll(() => {
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", `out=${OUT}`], { cwd: ROOT, stdio: "pipe" });
  code = fs.readFileSync(path.join(OUT, "launchevent.js"), "utf8");
}, 180_000);

const FILES = [
  { name: "見積書.pdf", bytes: pseudoRandomBytes(300_000, 7) },
  { name: "memo.txt", bytes: new TextEncoder().encode("持ち物リスト\n".repeat(500)) },
  { name: "empty.txt", bytes: new Uint8Array(0) },
];

function sendWithAttachments(policy: object): { mailbox: SimulatedMailbox; run: () => ReturnType<typeof pressSend> } {
  const mailbox = createSimulatedMailbox({
    from: "taro@example.co.jp",
    to: ["buyer@client.example.net"],
    displayLanguage: "en-US",
    attachments: FILES.map((f) => ({ name: f.name, contentBase64: Buffer.from(f.bytes).toString("base64") })),
  });
  const context = vm.createContext({
    setTimeout,
    clearTimeout,
    console,
    crypto: { getRandomValues: <T extends ArrayBufferView | null>(a: T) => webcrypto.getRandomValues(a as never) as T },
    fetch: () => Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(JSON.stringify(policy)) }),
  });
  installSimulatedOffice(context, mailbox);
  vm.runInContext(code, context, { filename: "launchevent.js", timeout: 10_000 });
  return { mailbox, run: () => pressSend(mailbox) };
}

function archiveAndPassword(mailbox: SimulatedMailbox): { zip: Uint8Array; password: string } {
  const archive = mailbox.item.attachments.find((a) => a.name === "attachments.zip");
  const state = JSON.parse(mailbox.item.sessionData.get("outboundGuard.state") ?? "{}");
  return { zip: new Uint8Array(Buffer.from(archive?.contentBase64 ?? "", "base64")), password: state.steps?.protectAttachments?.password ?? "" };
}

const QUIET = { internalDomains: ["example.co.jp"], external: { confirm: false }, supervisor: { when: "never" }, personalData: { action: "off" } };

test.each([
  ["AES-256 (fast engine)", { ...QUIET, attachments: { protect: "external" } }, false],
  ["ZipCrypto (fast engine)", { ...QUIET, attachments: { protect: "external", encryption: "zipcrypto", zipcryptoDomains: ["client.example.net"] } }, true],
])("%s: every file back byte for byte from 7-Zip", async (_name, policy, zipcrypto) => {
  const { mailbox, run } = sendWithAttachments(policy);
  const out = await run();
  expect(out.allowed).toBe(false); // the first Send shows what went into the archive
  expect(mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
  const { zip, password } = archiveAndPassword(mailbox);
  expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
  const methods = list7z(zip).match(/^Method = .*$/gm) ?? [];
  expect(methods).toHaveLength(FILES.length);
  for (const m of methods) expect(m).toMatch(zipcrypto ? /ZipCrypto/ : /AES-256/);
  for (const extract of zipcrypto ? [extractWith7z, extractWithUnzip] : [extractWith7z]) {
    const x = extract(zip, password);
    expect(x.ok).toBe(true);
    for (const f of FILES) expect(sameBytes(x.files.get(f.name), f.bytes)).toBe(true);
  }
  expect(extractWith7z(zip, password + "x").ok).toBe(false);
}, 60_000);

test("the Send bundle has no reference engine: archiver, archiver-zip-encrypted and aes-js are left out (issue 11)", () => {
  expect(code).toContain("is not part of this bundle"); // reference-engine-absent.ts took its place
  expect(code).not.toContain("outbound-guard-zip-encrypted"); // formats.ts's archiver format name
  expect(code).not.toMatch(/zip20/); // archiver-zip-encrypted's ZipCrypto method
});
