/**
 * Issue 13: bad inputs through the real CLI. Every one ends in one line naming the file and the
 * reason, exit 2, no stack trace — or a correct answer. The inputs are generated here.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { strToU8, zipSync } from "fflate";
import PostalMime from "postal-mime";
import { FIXTURES, ROOT, runCli } from "./run-cli";

jest.setTimeout(180_000);
const POLICY = path.join(FIXTURES, "policy", "company.json");
const HEAD = "From: taro@example.co.jp\r\nTo: suzuki@partner.co.jp\r\nDate: Mon, 4 May 2026 10:15:00 +0900\r\n";
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "og-bad-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

function expectCleanRefusal(r: { code: number | null; stdout: string; stderr: string }, f: string, reason: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toContain(f);
  expect(r.stderr).toMatch(reason);
}

function deepNesting(levels: number): string {
  let s = `${HEAD}Subject: deep\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b0"\r\n\r\n`;
  for (let i = 1; i < levels; i++) s += `--b${i - 1}\r\nContent-Type: multipart/mixed; boundary="b${i}"\r\n\r\n`;
  s += `--b${levels - 1}\r\nContent-Type: text/plain\r\n\r\nhello\r\n`;
  for (let i = levels - 1; i >= 0; i--) s += `--b${i}--\r\n`;
  return s;
}

const BAD: Array<[string, () => string | Uint8Array, RegExp]> = [
  ["empty.eml", () => "", /not an e-mail message/],
  ["garbage.eml", () => new Uint8Array(randomBytes(5000).map((b) => (b === 0x3a ? 0x20 : b))), /not an e-mail message/],
  ["subject.eml", () => `${HEAD}Subject: ${"a".repeat(10_000_000)}\r\n\r\nbody\r\n`, /header size/],
  ["bomb.eml", () => `${HEAD}Subject: ${Array(100_000).fill("=?UTF-8?B?44GC?=").join(" ")}\r\n\r\nbody\r\n`, /encoded-words/],
  ["deep.eml", () => deepNesting(5000), /nesting depth/],
];

describe.each(BAD)("%s", (name, make, reason) => {
  test("review and review --apply: one line, exit 2, no stack trace", () => {
    const f = file(name, make());
    expectCleanRefusal(runCli(["review", f, "--policy", POLICY]), f, reason);
    const out = path.join(dir, `out-${name}`);
    expectCleanRefusal(runCli(["review", f, "--policy", POLICY, "--apply", "--out", out]), f, reason);
    expect(existsSync(path.join(out, "message.eml"))).toBe(false);
  });
});

describe("scan: bad inputs exit 2 with one line", () => {
  test("a missing file, a folder, an oversized docx", () => {
    const missing = path.join(dir, "missing.txt");
    expectCleanRefusal(runCli(["scan", missing]), missing, /no such file/);
    expectCleanRefusal(runCli(["scan", dir]), dir, /folder/);
    // 101 MB of XML that zips small: past the 100 MB the extractor unpacks.
    const docx = file("big.docx", zipSync({ "word/document.xml": strToU8(`<w:document>${"<w:t>a</w:t>".repeat(9_200_000)}</w:document>`) }));
    expectCleanRefusal(runCli(["scan", docx]), docx, /too_large/);
  });
});

/** Peak RSS in kB of the command, by GNU time (present on the CI image and here). */
function peakRss(args: string[]): { kb: number; stdout: string; code: number | null } {
  const r = spawnSync("/usr/bin/time", ["-f", "RSS=%M", process.execPath, path.join(ROOT, "src", "cli", "outbound-guard.cjs"), ...args], { encoding: "utf8", env: { ...process.env, LANG: "C" }, timeout: 170_000, maxBuffer: 64 * 1024 * 1024 });
  return { kb: Number(/RSS=(\d+)/.exec(r.stderr)?.[1]), stdout: r.stdout, code: r.status };
}

describe("a 50 MB body", () => {
  let big: string;
  beforeAll(() => {
    big = path.join(dir, "body50.eml");
    const fd = openSync(big, "w");
    writeSync(fd, `${HEAD}Subject: big\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n`);
    const line = "The quick brown fox jumps over the lazy dog, lorem ipsum dolor sit amet.\r\n".repeat(1000);
    writeSync(fd, "携帯 090-1234-5678\r\n");
    for (let n = 0; n < (50 * 1024 * 1024) / line.length; n++) writeSync(fd, line);
    writeSync(fd, "マイナンバー 1234 5678 9018\r\n");
    closeSync(fd);
  });

  test("review: read in part, says so (text and JSON limits), confirm not allow, under 500 MB", () => {
    const r = peakRss(["review", big, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.verdict).toBe("confirm");
    expect(json.limits.map((l: { code: string }) => l.code)).toEqual(["text_not_parsed", "body_not_scanned"]);
    expect(json.message).toContain("the rest was not");
    expect(r.kb).toBeLessThan(500 * 1024);
    const text = runCli(["review", big]);
    expect(text.stdout).toContain("not fully checked (text_not_parsed");
  });

  test("review --apply: refuses with one line instead of writing a message without its body", () => {
    const out = path.join(dir, "out-body50");
    const r = runCli(["review", big, "--policy", POLICY, "--apply", "--out", out]);
    expectCleanRefusal(r, big, /only its start was read/);
    expect(existsSync(path.join(out, "message.eml"))).toBe(false);
  });
});

describe("a 60 MB attachment", () => {
  function attachmentEml(name: string, filename: string): string {
    const p = path.join(dir, name);
    const fd = openSync(p, "w");
    writeSync(fd, `${HEAD}Subject: big file\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="XX"\r\n\r\n--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n`);
    writeSync(fd, `--XX\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="${filename}"\r\nContent-Transfer-Encoding: base64\r\n\r\n`);
    for (let done = 0; done < 60 * 1024 * 1024; done += 57 * 1024) {
      const b64 = randomBytes(57 * 1024).toString("base64");
      writeSync(fd, b64.replace(/.{76}/g, "$&\r\n") + "\r\n");
    }
    writeSync(fd, "--XX--\r\n");
    closeSync(fd);
    return p;
  }

  test.each([["big.bin"], ["big.pdf"]])("%s: the alert says it cannot be encrypted, --apply blocks and never promises the ZIP", async (filename) => {
    const eml = attachmentEml(`att-${filename}.eml`, filename);
    const out = path.join(dir, `out-${filename}`);
    const r = runCli(["review", eml, "--policy", POLICY, "--apply", "--out", out, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.verdict).toBe("block");
    expect(json.message).toContain("over Outlook's 25 MB limit");
    expect(json.message).not.toContain("Into the encrypted ZIP");
    expect(json.actions.map((a: { kind: string }) => a.kind)).not.toContain("protect_attachments");
    expect(json.applied.left).toEqual([{ name: filename, reason: "too_large" }]);
    expect(existsSync(path.join(out, "password-notice.eml"))).toBe(false);
    const sent = await PostalMime.parse(readFileSync(path.join(out, "message.eml")));
    expect(sent.headers.some((h) => h.key === "x-outbound-guard")).toBe(false);
  });
});
