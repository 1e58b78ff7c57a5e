import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { FIXTURES, reviewJson, runCli } from "./run-cli";

describe("outbound-guard review --json", () => {
  test("internal-only mail: allow, nothing external, nothing added", () => {
    expect(reviewJson("internal-only.eml")).toEqual({ verdict: "allow", external: [], findings: [], actions: [], message: "" });
  });

  test("external recipients: confirm, listed with domain and field, supervisor added to BCC", () => {
    const r = reviewJson("external.eml");
    expect(r.verdict).toBe("confirm");
    expect(r.external).toEqual([
      { address: "suzuki@partner.co.jp", domain: "partner.co.jp", field: "to" },
      { address: "b@other-corp.com", domain: "other-corp.com", field: "cc" },
    ]);
    expect(r.actions).toEqual([{ kind: "add_recipient", field: "bcc", address: "compliance@example.co.jp" }]);
    expect(r.message).toContain("partner.co.jp: suzuki@partner.co.jp");
  });

  test("a supervisor already in CC (other case) is not added again", () => {
    const r = reviewJson("supervisor-present.eml");
    expect(r.verdict).toBe("confirm");
    expect(r.actions).toEqual([]);
  });

  test("per-sender supervisor wins, matched case-insensitively", () => {
    expect(reviewJson("per-sender.eml").actions).toEqual([{ kind: "add_recipient", field: "bcc", address: "hanako.boss@example.co.jp" }]);
  });

  test("mixed-case domains: internal stays internal, external keeps its spelling and gets a lower-case domain", () => {
    expect(reviewJson("mixed-case.eml").external).toEqual([{ address: "Other@Partner.CO.JP", domain: "partner.co.jp", field: "to" }]);
  });

  test("quoted display names with commas are one recipient each", () => {
    expect(reviewJson("quoted-names.eml").external).toEqual([{ address: "john@partner.com", domain: "partner.com", field: "to" }]);
  });

  test("subdomains are internal; look-alikes and suffix tricks are external", () => {
    expect((reviewJson("subdomains.eml").external as Array<{ domain: string }>).map((e) => e.domain)).toEqual([
      "examp1e.co.jp",
      "example.co.jp.attacker.com",
    ]);
  });

  test("encoded Japanese headers are decoded and the alert is Japanese with --lang ja", () => {
    const r = reviewJson("japanese-headers.eml", ["--lang", "ja"]);
    expect(r.external).toEqual([{ address: "yamada@minatotech.co.jp", domain: "minatotech.co.jp", field: "to" }]);
    expect(r.message).toContain("社外の宛先");
  });
});

describe("outbound-guard review errors and folders", () => {
  test("a missing file: a clear error and exit 2", () => {
    const r = runCli(["review", "no-such.eml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no-such.eml: no such file");
  });

  test("a file that is not an e-mail: a clear error and exit 2", () => {
    const r = runCli(["review", path.join(FIXTURES, "eml", "broken.eml.bin")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not an e-mail message/);
  });

  test("a bad policy stops the review, naming the field", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "og-"));
    fs.writeFileSync(path.join(dir, "p.json"), JSON.stringify({ supervisor: { field: "to" } }));
    const r = runCli(["review", path.join(FIXTURES, "eml", "external.eml"), "--policy", path.join(dir, "p.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('supervisor.field: must be "cc" or "bcc", got "to"');
  });

  test("a folder: one line per message, a summary, and a broken file skipped rather than ending the run", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "og-"));
    for (const f of ["internal-only.eml", "external.eml", "per-sender.eml"]) fs.copyFileSync(path.join(FIXTURES, "eml", f), path.join(dir, f));
    fs.mkdirSync(path.join(dir, "sub"));
    fs.copyFileSync(path.join(FIXTURES, "eml", "broken.eml.bin"), path.join(dir, "sub", "broken.eml"));
    const r = runCli(["review", dir, "--policy", path.join(FIXTURES, "policy", "company.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("4 messages: 1 allow, 2 confirm, 0 block, 1 skipped");
    expect(r.stdout).toMatch(/compliance@example\.co\.jp \(bcc\) ×1/);
    expect(r.stdout).toMatch(/hanako\.boss@example\.co\.jp \(bcc\) ×1/);
    expect(r.stderr).toContain(path.join("sub", "broken.eml") + ": skipped");
  });
});

describe("outbound-guard policy check", () => {
  test("a valid policy: exit 0 and a summary", () => {
    const r = runCli(["policy", "check", path.join(FIXTURES, "policy", "company.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("internal domains: example.co.jp, *.example.co.jp");
  });

  test("a broken policy: exit 2 and one line per error with its field path", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "og-"));
    const file = path.join(dir, "bad.json");
    fs.writeFileSync(file, JSON.stringify({ internalDomains: ["*."], supervisor: { field: "to", address: "nobody" }, unknownThing: 1 }));
    const r = runCli(["policy", "check", file]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines).toContain(`${file}: supervisor.field: must be "cc" or "bcc", got "to"`);
    expect(lines).toContain(`${file}: unknownThing: unknown field`);
  });

  test("no command: usage and exit 2; unknown command: exit 2", () => {
    expect(runCli([]).code).toBe(2);
    const r = runCli(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });
});
