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
