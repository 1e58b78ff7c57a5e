/**
 * `review FILE.eml --apply --out DIR` through the real CLI: message.eml as it would leave, and
 * password-notice.eml whose password opens the archive in real 7-Zip, every byte as sent.
 * The fixtures are written by Python's email package (tests/fixtures/eml-attachments/make-fixtures.py).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import PostalMime from "postal-mime";
import { FIXTURES, runCli } from "./run-cli";
import { extractWith7z, extractWithUnzip, sameBytes } from "../integration/protect/seven-zip";
import { writeFileSync } from "node:fs";
import { AUDIT_HEADER_PATTERN } from "../../src/core/audit/audit-header";

const POLICY = path.join(FIXTURES, "policy", "company.json");
const EXTERNAL = path.join(FIXTURES, "eml-attachments", "external-files.eml");
let out: string;
beforeEach(() => {
  out = mkdtempSync(path.join(tmpdir(), "og-apply-"));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

function bytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  return typeof content === "string" ? new TextEncoder().encode(content) : new Uint8Array(content);
}

test("external mail: archive replaces the files, supervisor in Bcc, the notice's password opens it in 7-Zip byte for byte", async () => {
  const r = runCli(["review", EXTERNAL, "--policy", POLICY, "--apply", "--out", out, "--json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout.trim());
  expect(json.actions).toContainEqual({
    kind: "protect_attachments",
    archive: "attachments.zip",
    files: ["見積書.pdf", "顧客リスト.csv", "empty.txt", "empty.txt"],
    encryption: "aes256",
  });
  expect(json.actions).toContainEqual({ kind: "queue_password_notice", to: ["suzuki@partner.co.jp", "sato@other.example.com"], delayMinutes: 10 });

  const original = await PostalMime.parse(readFileSync(EXTERNAL), { attachmentEncoding: "arraybuffer" });
  const sent = await PostalMime.parse(readFileSync(path.join(out, "message.eml")), { attachmentEncoding: "arraybuffer" });
  expect(sent.bcc?.map((b) => b.address)).toEqual(["hanako.boss@example.co.jp"]);
  expect(sent.to?.map((b) => b.address)).toEqual(["suzuki@partner.co.jp", "hanako@example.co.jp"]);
  expect(sent.subject).toBe("お見積りの件");
  expect(sent.attachments.map((a) => [a.filename, a.disposition])).toEqual([
    ["logo.png", "inline"],
    ["attachments.zip", "attachment"],
  ]);

  const notice = await PostalMime.parse(readFileSync(path.join(out, "password-notice.eml")));
  expect(notice.attachments).toHaveLength(0);
  expect(notice.to?.map((t) => t.address)).toEqual(["suzuki@partner.co.jp", "sato@other.example.com"]);
  expect(notice.text).toContain("お見積りの件");
  expect(notice.text).toContain("2026-05-04 10:15 (UTC+09:00)");
  const password = /パスワード: ([A-Za-z0-9]+)/.exec(notice.text ?? "")?.[1] ?? "";
  expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
  expect(r.stdout).not.toContain(password);
  expect(readFileSync(path.join(out, "message.eml"), "latin1")).not.toContain(password);

  const zip = bytes(sent.attachments[1].content);
  const x = extractWith7z(zip, password);
  expect(x.ok).toBe(true);
  const expected = original.attachments.filter((a) => a.disposition !== "inline");
  const names = ["見積書.pdf", "顧客リスト.csv", "empty.txt", "empty (2).txt"];
  expect([...x.files.keys()].sort()).toEqual([...names].sort());
  names.forEach((n, i) => expect(sameBytes(x.files.get(n), bytes(expected[i].content))).toBe(true));
  expect(extractWith7z(zip, "wrong-password").ok).toBe(false);
});

test("internal-only mail under protect=external: message.eml keeps the file, no password notice", () => {
  const r = runCli(["review", path.join(FIXTURES, "eml-attachments", "internal-files.eml"), "--policy", POLICY, "--apply", "--out", out]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("wrote");
  expect(existsSync(path.join(out, "message.eml"))).toBe(true);
  expect(existsSync(path.join(out, "password-notice.eml"))).toBe(false);
  expect(readFileSync(path.join(out, "message.eml"), "utf8")).toContain('filename=memo.txt');
});

test("--apply without --out, or on a folder: a clear message and exit 2", () => {
  const noOut = runCli(["review", EXTERNAL, "--policy", POLICY, "--apply"]);
  expect(noOut.code).toBe(2);
  expect(noOut.stderr).toContain("--apply needs --out DIR");
  const folder = runCli(["review", path.join(FIXTURES, "eml-attachments"), "--policy", POLICY, "--apply", "--out", out]);
  expect(folder.code).toBe(2);
  expect(folder.stderr).toContain("--apply takes one .eml file, not a folder");
});

describe("message.eml carries the audit header the add-in stamps (issue 10)", () => {
  /** The header value read back from the written file, unfolded. */
  async function auditHeaderOf(file: string): Promise<string[]> {
    const parsed = await PostalMime.parse(readFileSync(file));
    return parsed.headers.filter((h) => h.key === "x-outbound-guard").map((h) => h.value.replace(/\r?\n\s+/g, " ").trim());
  }

  test("a message the user may send: X-Outbound-Guard with the version and the policy fingerprint `policy check` prints", async () => {
    const r = runCli(["review", EXTERNAL, "--policy", POLICY, "--apply", "--out", out]);
    expect(r.code).toBe(0);
    const fingerprint = /fingerprint: ([0-9a-f]{12})/.exec(runCli(["policy", "check", POLICY]).stdout)?.[1];
    expect(fingerprint).toMatch(/^[0-9a-f]{12}$/);
    const version = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")).version;
    const values = await auditHeaderOf(path.join(out, "message.eml"));
    expect(values).toEqual([`v=${version}; policy=${fingerprint}; checked=1`]);
    // The pattern the deployment guide's mail-flow rule matches.
    expect(values[0]).toMatch(AUDIT_HEADER_PATTERN);
  });

  test("a blocked message: no header, as the add-in removes it (audit-header-step.ts)", async () => {
    const blocked = path.join(FIXTURES, "eml-folder", "08-internal-my-number.eml");
    const r = runCli(["review", blocked, "--policy", path.join(FIXTURES, "policy", "tuning.json"), "--apply", "--out", out, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).verdict).toBe("block");
    expect(await auditHeaderOf(path.join(out, "message.eml"))).toEqual([]);
  });

  test("the password notice carries none (the add-in sends it by Graph or the user sends it by hand)", async () => {
    runCli(["review", EXTERNAL, "--policy", POLICY, "--apply", "--out", out]);
    expect(await auditHeaderOf(path.join(out, "password-notice.eml"))).toEqual([]);
  });
});

describe("attachments.partners (issue 12): review shows the profile, --apply carries it out", () => {
  /** company.json plus partner entries for the fixture's two external domains. */
  function partnersPolicy(partners: object): string {
    const company = JSON.parse(readFileSync(POLICY, "utf8"));
    delete company.$schema;
    const file = path.join(out, "policy.json");
    // Quiet otherwise: the alert holds 500 characters, and these tests read this feature's lines.
    const misdirection = { partners: { 株式会社ミナトテック: ["partner.co.jp"] }, bccOmission: { action: "off" }, lookalike: "off" };
    writeFileSync(file, JSON.stringify({ ...company, external: { confirm: false }, attachments: { partners }, misdirection }));
    return file;
  }
  const originalFiles = async () => (await PostalMime.parse(readFileSync(EXTERNAL), { attachmentEncoding: "arraybuffer" })).attachments.filter((a) => a.disposition !== "inline");
  async function applied(policy: string) {
    const dir = path.join(out, "out");
    const r = runCli(["review", EXTERNAL, "--policy", policy, "--apply", "--out", dir, "--json", "--lang", "ja"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const sent = await PostalMime.parse(readFileSync(path.join(dir, "message.eml")), { attachmentEncoding: "arraybuffer" });
    const noticeFile = path.join(dir, "password-notice.eml");
    const notice = existsSync(noticeFile) ? await PostalMime.parse(readFileSync(noticeFile)) : undefined;
    const password = /パスワード: ([A-Za-z0-9]+)/.exec(notice?.text ?? "")?.[1] ?? "";
    return { json: JSON.parse(r.stdout.trim()), sent, notice, password };
  }

  test("review --json: the protect action names the profile and the partner that decided it (the longer password of the two)", () => {
    const policy = partnersPolicy({ "partner.co.jp": { profile: "zipcrypto", passwordLength: 12, noticeDelayMinutes: 3 }, "other.example.com": { profile: "zipcrypto" } });
    const r = runCli(["review", EXTERNAL, "--policy", policy, "--json", "--lang", "ja"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout.trim());
    expect(json.actions).toContainEqual(
      expect.objectContaining({
        kind: "protect_attachments",
        encryption: "zipcrypto",
        profile: { profile: "zipcrypto", source: "partner", decidedBy: ["partner.co.jp", "other.example.com"], overridden: [], passwordLength: 16, noticeDelayMinutes: 10 },
      }),
    );
    expect(json.message).toContain("ミナトテック様、other.example.comはAES-256に対応していないため ZipCrypto を使用します。");
    const text = runCli(["review", EXTERNAL, "--policy", policy]);
    expect(text.stdout).toContain("  attachment profile: zipcrypto (partner: partner.co.jp, other.example.com)");
  });

  test("review DIR: each message's line shows its profile, and the summary counts messages by profile", () => {
    const policy = partnersPolicy({ "partner.co.jp": { profile: "none" }, "other.example.com": { profile: "block" } });
    const dir = path.join(out, "mail");
    require("node:fs").mkdirSync(dir);
    writeFileSync(path.join(dir, "a.eml"), readFileSync(EXTERNAL));
    const en = runCli(["review", dir, "--policy", policy, "--lang", "en"]);
    expect(en.stdout).toContain("attachments: block (other.example.com)");
    expect(en.stdout).toContain("messages by partner profile: block 1");
    const ja = runCli(["review", dir, "--policy", policy, "--lang", "ja"]);
    expect(ja.stdout).toContain("添付: 添付禁止 (other.example.com)");
    expect(ja.stdout).toContain("取引先ごとの添付の扱い: 添付禁止 1");
  });

  test("--apply, zipcrypto: Info-ZIP unzip opens the archive with the notice's password (the partner's length); the notice says why", async () => {
    const policy = partnersPolicy({ "partner.co.jp": { profile: "zipcrypto", passwordLength: 12 }, "other.example.com": { profile: "zipcrypto", passwordLength: 10 } });
    const { json, sent, notice, password } = await applied(policy);
    expect(json.applied.archive).toMatchObject({ name: "attachments.zip", encryption: "zipcrypto" });
    expect(password).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(notice?.text).toContain("暗号化方式: ZipCrypto（ミナトテック様、other.example.comはAES-256に対応していないため）");
    const zip = bytes(sent.attachments.find((a) => a.filename === "attachments.zip")!.content);
    const x = extractWithUnzip(zip, password);
    expect(x.ok).toBe(true);
    const originals = await originalFiles();
    expect(sameBytes(x.files.get("見積書.pdf"), bytes(originals[0].content))).toBe(true);
    expect(extractWithUnzip(zip, "wrong-password").ok).toBe(false);
  });

  test("--apply, aes256 forced by one partner over another's zipcrypto: real 7zz opens it; Info-ZIP unzip cannot (AES)", async () => {
    const policy = partnersPolicy({ "partner.co.jp": { profile: "zipcrypto" }, "other.example.com": { profile: "aes256", passwordLength: 20 } });
    const { json, sent, notice, password } = await applied(policy);
    expect(json.applied.archive).toMatchObject({ encryption: "aes256" });
    expect(json.message).toContain("other.example.comの受信設定が AES-256 のため、AES-256 を使用します。");
    expect(json.message).toContain("ミナトテック様の設定（ZipCrypto）より厳しい設定が優先されます。");
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(notice?.text).toContain("暗号化方式: AES-256（other.example.comの受信設定による）");
    const zip = bytes(sent.attachments.find((a) => a.filename === "attachments.zip")!.content);
    const x = extractWith7z(zip, password);
    expect(x.ok).toBe(true);
    expect(sameBytes(x.files.get("見積書.pdf"), bytes((await originalFiles())[0].content))).toBe(true);
    expect(extractWithUnzip(zip, password).ok).toBe(false);
  });

  test("--apply, none for every recipient: the files leave as they are, byte for byte, and no password notice", async () => {
    const policy = partnersPolicy({ "partner.co.jp": { profile: "none" }, "other.example.com": { profile: "none" } });
    const { json, sent, notice } = await applied(policy);
    expect(json.applied.archive).toBeNull();
    expect(json.applied.left).toContainEqual({ name: "見積書.pdf", reason: "partner_none" });
    expect(json.actions).toContainEqual(expect.objectContaining({ kind: "send_attachments_as_is" }));
    expect(notice).toBeUndefined();
    const originals = await originalFiles();
    const sentFiles = sent.attachments.filter((a) => a.disposition !== "inline");
    expect(sentFiles.map((a) => a.filename)).toEqual(originals.map((a) => a.filename));
    sentFiles.forEach((a, i) => expect(sameBytes(bytes(a.content), bytes(originals[i].content))).toBe(true));
  });

  test("--apply, block: verdict block naming the partner, nothing zipped, no notice", async () => {
    const policy = partnersPolicy({ "partner.co.jp": { profile: "none" }, "other.example.com": { profile: "block" } });
    const { json, notice } = await applied(policy);
    expect(json.verdict).toBe("block");
    expect(json.applied.archive).toBeNull();
    expect(json.applied.left).toContainEqual({ name: "見積書.pdf", reason: "partner_block" });
    expect(json.message).toContain("other.example.comには添付ファイルを送らない設定のため、送信できません。");
    expect(notice).toBeUndefined();
  });
});
