/**
 * Issue 13: `review --apply` carries out every action the add-in applies at Send, the BCC-omission
 * fix (move_to_bcc, src/launchevent/steps/move-to-bcc-step.ts) and the send hold included.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import PostalMime from "postal-mime";
import { runCli } from "./run-cli";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "og-move-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const EML = [
  "From: Taro <taro@example.co.jp>",
  "To: Suzuki <suzuki@partner.co.jp>, sato@other.example.com",
  "Cc: hanako@example.co.jp",
  "Subject: =?UTF-8?B?6KaL56mN5pu4?=",
  "Date: Mon, 4 May 2026 10:15:00 +0900",
  "MIME-Version: 1.0",
  'Content-Type: multipart/mixed; boundary="XX"',
  "",
  "--XX",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Please find the quote attached.",
  "--XX",
  "Content-Type: text/csv",
  'Content-Disposition: attachment; filename="quote.csv"',
  "",
  "item,price",
  "a,100",
  "--XX--",
  "",
].join("\r\n");

function policy(extra: Record<string, unknown>): string {
  const p = path.join(dir, "policy.json");
  writeFileSync(
    p,
    JSON.stringify({
      internalDomains: ["example.co.jp"],
      supervisor: { address: "boss@example.co.jp", field: "bcc", when: "external" },
      attachments: { protect: "external" },
      misdirection: { bccOmission: { action: "fix" }, ...extra },
    }),
  );
  return p;
}

test("bccOmission fix: externals leave in BCC (sender in To), the password notice reaches them in BCC, JSON lists the recipients", async () => {
  const eml = path.join(dir, "in.eml");
  writeFileSync(eml, EML);
  const out = path.join(dir, "out");
  const r = runCli(["review", eml, "--policy", policy({}), "--apply", "--out", out, "--json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json.actions).toContainEqual({ kind: "move_to_bcc", addresses: ["suzuki@partner.co.jp", "sato@other.example.com"] });
  expect(json.applied.movedToBcc).toEqual(["suzuki@partner.co.jp", "sato@other.example.com"]);
  expect(json.applied.recipients).toEqual({
    to: ["taro@example.co.jp"],
    cc: ["hanako@example.co.jp"],
    bcc: ["boss@example.co.jp", "suzuki@partner.co.jp", "sato@other.example.com"],
  });

  const sent = await PostalMime.parse(readFileSync(path.join(out, "message.eml")));
  expect(sent.to?.map((a) => a.address)).toEqual(["taro@example.co.jp"]);
  expect(sent.cc?.map((a) => a.address)).toEqual(["hanako@example.co.jp"]);
  expect(sent.bcc?.map((a) => a.address)).toEqual(["boss@example.co.jp", "suzuki@partner.co.jp", "sato@other.example.com"]);

  const notice = await PostalMime.parse(readFileSync(path.join(out, "password-notice.eml")));
  expect(notice.to?.map((a) => a.address)).toEqual(["taro@example.co.jp"]);
  expect(notice.bcc?.map((a) => a.address)).toEqual(["suzuki@partner.co.jp", "sato@other.example.com"]);
});

test("send hold: reported, and the password notice is due after the held message", async () => {
  const eml = path.join(dir, "in.eml");
  writeFileSync(eml, EML);
  const out = path.join(dir, "out");
  const r = runCli(["review", eml, "--policy", policy({ holdMinutes: 5 }), "--apply", "--out", out, "--json"]);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).applied.holdMinutes).toBe(5);
  const notice = await PostalMime.parse(readFileSync(path.join(out, "password-notice.eml")));
  // Sent 10:15 +0900 = 01:15Z; the notice 10 (delay) + 5 (hold) minutes later.
  expect(new Date(notice.date ?? "").toISOString()).toBe("2026-05-04T01:30:00.000Z");
});
