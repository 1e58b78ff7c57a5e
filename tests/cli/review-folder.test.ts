/**
 * `outbound-guard review DIR` on tests/fixtures/eml-folder (varied encodings, structures and
 * recipients, one broken file, a subfolder): the summary must be what each message's design says
 * (tests/fixtures/eml-folder/README.md), and the broken file must be reported and skipped.
 */
import * as path from "node:path";
import { FIXTURES, runCli } from "./run-cli";

const DIR = path.join(FIXTURES, "eml-folder");
const POLICY = path.join(FIXTURES, "policy", "tuning.json");

const EXPECTED_VERDICTS: Record<string, string> = {
  "01-internal-plain.eml": "allow",
  "02-internal-subdomain-html.eml": "allow",
  "03-external-iso2022jp.eml": "confirm",
  "04-external-supervisor-in-cc.eml": "confirm",
  "05-per-user-supervisor.eml": "confirm",
  "06-external-pdf.eml": "confirm",
  [path.join("sub", "07-external-two-files.eml")]: "confirm",
  "08-internal-my-number.eml": "block",
  [path.join("sub", "09-external-credit-card-qp.eml")]: "block",
  "10-internal-list-inline-image.eml": "allow",
  "11-external-bcc-only.eml": "confirm",
};

describe("outbound-guard review on a folder of varied messages", () => {
  const run = runCli(["review", DIR, "--policy", POLICY]);
  const out = run.stdout.split("\n");

  test("exit 0; one line per readable message with its verdict", () => {
    expect(run.code).toBe(0);
    for (const [file, verdict] of Object.entries(EXPECTED_VERDICTS)) {
      expect(out).toContainEqual(expect.stringMatching(new RegExp(`^${verdict}\\s+${file.replace(/[.\\/]/g, "\\$&")}(\\s|$)`)));
    }
  });

  test("the summary: verdicts, findings by type, archives, supervisors, the skipped file", () => {
    expect(out).toContain("12 messages: 3 allow, 6 confirm, 2 block, 1 skipped");
    const findings = out.find((l) => l.startsWith("findings: ")) ?? "";
    expect(findings).toMatch(/\bmy_number 1\b/);
    expect(findings).toMatch(/\bcredit_card 1\b/);
    expect(out).toContain("archives that would be made: 2 (aes256 2), holding 3 files");
    expect(out).toContain("supervisors added: compliance@example.co.jp (bcc) ×5, kacho@example.co.jp (bcc) ×1");
    expect(out).toContain("skipped (not readable as e-mail): 12-broken.eml");
  });

  test("the broken file is named on stderr with the reason, and the run went on past it", () => {
    expect(run.stderr).toMatch(/^12-broken\.eml: skipped: not an e-mail message/m);
    const broken = out.findIndex((l) => l.includes("12-broken"));
    expect(out.findIndex((l) => l.includes(path.join("sub", "09-external-credit-card-qp.eml")))).toBeGreaterThan(-1);
    expect(broken).toBeGreaterThan(out.findIndex((l) => l.startsWith("12 messages")));
  });

  test("--json: one object per readable message, with its file and the archive action", () => {
    const r = runCli(["review", DIR, "--policy", POLICY, "--json"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { file: string; verdict: string; actions: Array<{ kind: string; files?: string[] }> });
    expect(lines.map((l) => l.file).sort()).toEqual(Object.keys(EXPECTED_VERDICTS).sort());
    for (const l of lines) expect([l.file, l.verdict]).toEqual([l.file, EXPECTED_VERDICTS[l.file]]);
    const two = lines.find((l) => l.file.endsWith("07-external-two-files.eml"));
    expect(two?.actions.find((a) => a.kind === "protect_attachments")?.files).toEqual(["figures.xlsx", "議事録.txt"]);
  });
});

describe("outbound-guard review DIR --lang ja (issue 10: the folder summary stayed in English)", () => {
  const run = runCli(["review", DIR, "--policy", POLICY, "--lang", "ja"]);
  const out = run.stdout.split("\n");
  const summary = out.slice(out.indexOf("") + 1).filter((l) => l !== "");

  test("every line of the summary is in Japanese", () => {
    expect(run.code).toBe(0);
    expect(summary).toEqual([
      "12 通: 送信可 3、要確認 6、送信不可 2、スキップ 1",
      "検出: マイナンバー 1、クレジットカード番号 1",
      "作成される暗号化 ZIP: 2 個 (AES-256 2)、ファイル 3 個",
      "追加される上長: compliance@example.co.jp (BCC) ×5、kacho@example.co.jp (BCC) ×1",
      "スキップ (メールとして読めないファイル): 12-broken.eml",
    ]);
  });

  test("the per-message lines name the verdict and what was found in Japanese", () => {
    expect(out).toContain("送信不可 08-internal-my-number.eml  検出 1 件");
    expect(out).toContainEqual(expect.stringMatching(/^要確認 +03-external-iso2022jp\.eml {2}社外: partner\.co\.jp {2}追加: BCC:compliance@example\.co\.jp$/));
    // No English word of the summary is left once addresses and file names are set aside.
    const words = out.join("\n").replace(/[\w.-]+@[\w.-]+|[\w./-]+\.eml|\w+\.\w+/g, "");
    expect(words).not.toMatch(/\b(allow|confirm|block|messages?|findings?|external|adds|archives|supervisors|skipped|holding|files?|my_number|credit_card|aes256)\b/);
  });
});
