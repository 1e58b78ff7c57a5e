/**
 * `review --json` on an .eml whose Japanese body declares no charset (old mailers did this): the
 * マイナンバー written without spaces is only recognised beside its Japanese label, so a garbled
 * body gave 0 findings (issue 13). The bodies are encoded by glibc's iconv.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { FIXTURES, runCli } from "./run-cli";

const BODY = "山田様のマイナンバーは123456789018です。\n";

test.each(["UTF-8", "SHIFT_JIS", "EUC-JP", "ISO-2022-JP"])("an undeclared %s body: the マイナンバー is found", (encoding) => {
  const bytes = spawnSync("iconv", ["-f", "UTF-8", "-t", encoding], { input: Buffer.from(BODY, "utf8") }).stdout;
  const head = "From: jiro@example.co.jp\r\nTo: suzuki@partner.co.jp\r\nSubject: test\r\nDate: Thu, 26 Nov 2026 10:00:00 +0900\r\nMIME-Version: 1.0\r\n\r\n";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "og-jbody-"));
  const file = path.join(dir, "body.eml");
  fs.writeFileSync(file, Buffer.concat([Buffer.from(head, "latin1"), bytes]));
  const r = runCli(["review", file, "--policy", path.join(FIXTURES, "policy", "company.json"), "--json"]);
  fs.rmSync(dir, { recursive: true, force: true });
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout.trim());
  expect(out.findings).toEqual([expect.objectContaining({ kind: "personal_data", type: "my_number", text: "123456789018", where: "body" })]);
});

test.each(["SHIFT_JIS", "EUC-JP", "ISO-2022-JP"])("--apply on an undeclared %s body: message.eml carries the same Japanese text, not mojibake", (encoding) => {
  const bytes = spawnSync("iconv", ["-f", "UTF-8", "-t", encoding], { input: Buffer.from(BODY, "utf8") }).stdout;
  const head = "From: jiro@example.co.jp\r\nTo: suzuki@example.co.jp\r\nSubject: test\r\nDate: Thu, 26 Nov 2026 10:00:00 +0900\r\nMIME-Version: 1.0\r\n\r\n";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "og-jbody-apply-"));
  const file = path.join(dir, "body.eml");
  fs.writeFileSync(file, Buffer.concat([Buffer.from(head, "latin1"), bytes]));
  const out = path.join(dir, "out");
  const r = runCli(["review", file, "--policy", path.join(FIXTURES, "policy", "company.json"), "--apply", "--out", out, "--json"]);
  expect(r.code).toBe(0);
  const written = fs.readFileSync(path.join(out, "message.eml"), "latin1");
  fs.rmSync(dir, { recursive: true, force: true });
  // message.eml is UTF-8 (quoted-printable or base64): decode the body part and compare.
  const [, body] = written.split(/\r?\n\r?\n/, 2).length === 2 ? [null, written.slice(written.search(/\r?\n\r?\n/))] : [null, ""];
  const cte = /content-transfer-encoding:\s*([\w-]+)/i.exec(written)?.[1]?.toLowerCase();
  const text =
    cte === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
      : cte === "quoted-printable"
        ? Buffer.from(body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8")
        : Buffer.from(body, "latin1").toString("utf8");
  expect(text).toContain("山田様のマイナンバーは123456789018です。");
});
