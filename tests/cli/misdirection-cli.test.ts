/**
 * The six misdirection situations and their near misses, as .eml files an admin would feed to
 * `npx outbound-guard review --json` (the real CLI, spawned).
 */
import * as path from "node:path";
import { FIXTURES, runCli } from "./run-cli";

const DIR = path.join(FIXTURES, "eml-misdirection");
const POLICY = path.join(DIR, "policy.json");

interface Json {
  verdict: string;
  findings: Array<Record<string, unknown> & { kind: string }>;
  actions: Array<Record<string, unknown> & { kind: string }>;
  message: string;
}

function review(file: string, lang = "en"): Json {
  const r = runCli(["review", path.join(DIR, file), "--policy", POLICY, "--json", "--lang", lang]);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim());
}

const kinds = (j: Json) => j.findings.map((f) => f.kind);

describe("outbound-guard review --json: misdirection", () => {
  test("BCC omission (fix): bcc_omission and move_to_bcc with the visible external addresses", () => {
    const j = review("bcc-omission.eml", "ja");
    expect(j.verdict).toBe("confirm");
    expect(j.findings).toEqual([{ kind: "bcc_omission", organisations: ["alpha.co.jp", "beta.co.jp", "c@gmail.com"], addresses: ["a@alpha.co.jp", "b@beta.co.jp", "c@gmail.com"] }]);
    expect(j.actions).toContainEqual({ kind: "move_to_bcc", addresses: ["a@alpha.co.jp", "b@beta.co.jp", "c@gmail.com"] });
    expect(j.message).toContain("BCC 漏れの恐れ");
  });

  test.each(["bcc-near-one-partner.eml", "bcc-near-thread.eml"])("BCC near miss %s: nothing", (file) => {
    const j = review(file);
    expect(kinds(j)).toEqual([]);
    expect(j.actions.map((a) => a.kind)).toEqual(["hold"]);
  });

  test("look-alike: one letter off a partner domain", () => {
    const j = review("lookalike.eml");
    expect(j.findings).toEqual([{ kind: "lookalike_domain", domain: "minatotec.co.jp", lookalikeOf: "minatotech.co.jp", reason: "edit", addresses: ["yamada@minatotec.co.jp"] }]);
    expect(j.message).toContain("minatotec.co.jp ← minatotech.co.jp?");
  });

  test("look-alike: a punycode IDN of the company's own domain", () => {
    expect(review("lookalike-idn.eml").findings).toEqual([
      { kind: "lookalike_domain", domain: "xn--exmple-cua.co.jp", lookalikeOf: "example.co.jp", reason: "idn", unicode: "exämple.co.jp", addresses: ["info@xn--exmple-cua.co.jp"] },
    ]);
  });

  test("look-alike near miss: a partner's second domain and a name two letters away", () => {
    expect(kinds(review("lookalike-near.eml"))).toEqual([]);
  });

  test("new domain in a reply: named with the thread's domains", () => {
    const j = review("new-domain-reply.eml");
    expect(j.findings).toContainEqual({ kind: "new_domain_in_reply", domain: "rival-corp.co.jp", addresses: ["boss@rival-corp.co.jp"], threadDomains: ["minatotech.co.jp"] });
  });

  test("new domain near miss: a reply inside the organisation", () => {
    expect(review("new-domain-near-internal.eml")).toMatchObject({ verdict: "allow", findings: [], actions: [] });
  });

  test("宛名 mismatch in the salutation and in an attachment's name", () => {
    expect(review("salutation-mismatch.eml", "ja").findings).toEqual([
      { kind: "salutation_mismatch", organisation: "株式会社ミナトテック", where: "body", recipientDomains: ["kitahama.co.jp"] },
    ]);
    expect(review("salutation-attachment.eml").findings).toEqual([
      { kind: "salutation_mismatch", organisation: "ミナトテック", where: "attachment-name:見積書_ミナトテック様.pdf", recipientDomains: ["kitahama.co.jp"] },
    ]);
  });

  test.each(["salutation-near-person.eml", "salutation-near-reads-like-domain.eml"])("宛名 near miss %s: nothing", (file) => {
    expect(kinds(review(file))).toEqual([]);
  });

  test("missing attachment", () => {
    const j = review("missing-attachment.eml", "ja");
    expect(j.findings).toEqual([{ kind: "missing_attachment", phrase: "資料を添付しました" }]);
    expect(j.message).toContain("添付ファイルがありません");
  });

  test.each(["missing-attachment-near-quoted.eml", "missing-attachment-near-disclaimer.eml"])("missing attachment near miss %s: allow", (file) => {
    expect(review(file)).toMatchObject({ verdict: "allow", findings: [] });
  });

  test("hold: external mail gets {kind: hold, minutes: 3} and nothing stops it; internal mail gets none", () => {
    expect(review("hold-external.eml")).toMatchObject({ verdict: "allow", findings: [], actions: [{ kind: "hold", minutes: 3 }] });
    expect(review("missing-attachment-near-disclaimer.eml").actions).toEqual([]);
  });

  test("a folder: one JSON line per message, the near misses allowed", () => {
    const r = runCli(["review", DIR, "--policy", POLICY, "--json"]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Json & { file: string });
    expect(rows).toHaveLength(16);
    for (const row of rows.filter((x) => /near/.test(x.file))) expect({ file: row.file, findings: row.findings }).toEqual({ file: row.file, findings: [] });
  });
});
