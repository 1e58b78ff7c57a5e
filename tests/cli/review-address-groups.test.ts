/**
 * Address groups nested deeper than postal-mime's recursion guard (50) used to lose their
 * recipients, so the verdict was "allow" with nothing external: fail open (issue 13). Nesting is
 * not allowed by RFC 5322 3.4 but a hostile sender can write it; every mailbox must still count.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { FIXTURES, runCli } from "./run-cli";

function nested(depth: number, inner: string): string {
  let open = "";
  for (let i = 0; i < depth; i++) open += `g${i}: `;
  return `${open}${inner}${";".repeat(depth)}`;
}

function review(to: string): Record<string, unknown> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "og-groups-"));
  const file = path.join(dir, "nested.eml");
  fs.writeFileSync(
    file,
    [
      'From: "Sato Jiro" <jiro@example.co.jp>',
      `To: ${to}`,
      "Subject: Quotation",
      "Date: Thu, 26 Nov 2026 10:00:00 +0900",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=UTF-8",
      "",
      "Hello.",
      "",
    ].join("\r\n"),
  );
  const r = runCli(["review", file, "--policy", path.join(FIXTURES, "policy", "company.json"), "--json"]);
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim());
}

describe("review --json with nested address groups", () => {
  test.each([60, 5000])("%i-deep nesting: the external recipient is still found and confirmed", (depth) => {
    const r = review(nested(depth, "Outside <spy@attacker.example>, colleague@example.co.jp"));
    expect(r.verdict).toBe("confirm");
    expect(r.external).toEqual([{ address: "spy@attacker.example", domain: "attacker.example", field: "to" }]);
  });

  test("a mailbox after a deep group (and a quoted ':' or ';' in a name) is kept too", () => {
    const r = review(`${nested(60, "a@partner.example")}, "Odd: name;" <b@other.example>`);
    expect((r.external as Array<{ address: string }>).map((e) => e.address)).toEqual(["a@partner.example", "b@other.example"]);
  });

  test("a plain one-level group is unchanged", () => {
    const r = review("Team: x@partner.example, y@example.co.jp;");
    expect(r.external).toEqual([{ address: "x@partner.example", domain: "partner.example", field: "to" }]);
  });
});
