/**
 * Issue 13: `policy check` warns (exit 0) about ZipCrypto settings that do nothing: ZipCrypto is
 * used only with "encryption": "zipcrypto" AND for the domains in zipcryptoDomains (README, DESIGN).
 * The deployment guides' full example uses them together, so it checks without a warning.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { ROOT, runCli } from "./run-cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "og-warn-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(attachments: object, env: NodeJS.ProcessEnv = {}) {
  const f = path.join(dir, "p.json");
  writeFileSync(f, JSON.stringify({ attachments }));
  return { f, r: runCli(["policy", "check", f], env) };
}

test('zipcryptoDomains with "aes256": valid, exit 0, one warning line naming the fix', () => {
  const { f, r } = check({ encryption: "aes256", zipcryptoDomains: ["legacy-partner.co.jp"] });
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(`${f}: valid policy`);
  expect(r.stderr.trim().split("\n")).toEqual([expect.stringContaining(`${f}: warning: attachments.zipcryptoDomains (legacy-partner.co.jp) does nothing`)]);
  expect(r.stderr).toContain('"encryption": "zipcrypto"');
});

test('"zipcrypto" without domains warns; in Japanese under LANG=ja', () => {
  const { r } = check({ encryption: "zipcrypto" }, { LANG: "ja_JP.UTF-8" });
  expect(r.code).toBe(0);
  expect(r.stderr).toContain("zipcryptoDomains が空");
});

test('"zipcrypto" with its domains, and the defaults: no warning', () => {
  expect(check({ encryption: "zipcrypto", zipcryptoDomains: ["legacy-partner.co.jp"] }).r.stderr).toBe("");
  expect(check({}).r.stderr).toBe("");
});

test.each(["deployment-guide.md", "deployment-guide.ja.md"])("%s: the full example checks without a warning", (doc) => {
  const text = readFileSync(path.join(ROOT, "docs", doc), "utf8");
  const example = /```json\n([\s\S]*?)\n```/.exec(text.slice(text.indexOf("## 14.")))?.[1] ?? "";
  const f = path.join(dir, "example.json");
  writeFileSync(f, example);
  const r = runCli(["policy", "check", f]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("");
});
