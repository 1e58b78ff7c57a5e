/**
 * `review --apply` with a large attachment (≥ FAST_DEFLATE_MIN): the CLI deflates it with Node's
 * zlib at FAST_DEFLATE_LEVEL (src/cli/node-deflater.ts, installed through the same
 * fast-deflater.ts hook the add-in's WebAssembly deflater uses), and the archive opens in real
 * 7-Zip (`7zz t`, then extracted byte for byte).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { deflateRawSync } from "node:zlib";
import PostalMime from "postal-mime";
import { FAST_DEFLATE_LEVEL, FAST_DEFLATE_MIN } from "../../src/core/protect/deflate-raw";
import { extractWith7z, list7z, sameBytes } from "../integration/protect/seven-zip";
import { FIXTURES, runCli } from "./run-cli";

jest.setTimeout(120_000);

/** Words and spaces in a pseudo-random order: text whose size differs between deflate levels. */
function wordText(length: number): Buffer {
  const words = ["見積", "請求", "order", "確認", "report", "2026", "会議", "資料"].map((w) => Buffer.from(w));
  const out = Buffer.alloc(length);
  let x = 11;
  for (let o = 0; o < length; ) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const w = words[(x >>> 0) % words.length];
    for (let k = 0; k < w.length && o < length; k++) out[o++] = w[k];
    if (o < length) out[o++] = (x & 15) === 0 ? 10 : 32;
  }
  return out;
}

function emlWith(name: string, data: Buffer): string {
  return [
    "From: taro@example.co.jp",
    "To: suzuki@partner.co.jp",
    "Subject: large file",
    "Date: Mon, 04 May 2026 10:15:00 +0900",
    "Message-ID: <large@example.co.jp>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="B"',
    "",
    "--B",
    'Content-Type: text/plain; charset="utf-8"',
    "",
    "Please see the file.",
    "",
    "--B",
    `Content-Type: text/csv; name=${name}`,
    "Content-Transfer-Encoding: base64",
    `Content-Disposition: attachment; filename="${name}"`,
    "",
    data.toString("base64").replace(/.{76}/g, "$&\r\n"),
    "--B--",
    "",
  ].join("\r\n");
}

const AES256_OVERHEAD = 16 + 2 + 10; // salt, password verifier, authentication code (WinZip AES)
const DATA = wordText(FAST_DEFLATE_MIN + 654_321);
let dir: string;
let zip: Uint8Array;
let password: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "og-apply-large-"));
  const eml = path.join(dir, "large.eml");
  writeFileSync(eml, emlWith("customers.csv", DATA));
  const out = path.join(dir, "out");
  const r = runCli(["review", eml, "--policy", path.join(FIXTURES, "policy", "company.json"), "--apply", "--out", out]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const sent = await PostalMime.parse(readFileSync(path.join(out, "message.eml")), { attachmentEncoding: "arraybuffer" });
  const archive = sent.attachments.find((a) => a.filename === "attachments.zip");
  zip = new Uint8Array(archive!.content as ArrayBuffer);
  const notice = await PostalMime.parse(readFileSync(path.join(out, "password-notice.eml")));
  password = /(?:パスワード|Password): ([A-Za-z0-9]+)/.exec(notice.text ?? "")?.[1] ?? "";
  expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("7-Zip tests the archive (7zz t) and extracts the large file byte for byte", () => {
  const archive = path.join(dir, "attachments.zip");
  writeFileSync(archive, zip);
  const t = spawnSync("7zz", ["t", `-p${password}`, "-bd", archive], { encoding: "utf8" });
  expect(t.stdout).toContain("Everything is Ok");
  expect(t.status).toBe(0);
  const x = extractWith7z(zip, password);
  expect(x.ok).toBe(true);
  expect(sameBytes(x.files.get("customers.csv"), DATA)).toBe(true);
});

test(`the entry is Node zlib's level ${FAST_DEFLATE_LEVEL} stream (not the level-6 one the CLI made before)`, () => {
  const packed = Number(/Packed Size = (\d+)/.exec(list7z(zip))?.[1]);
  const zlibFast = deflateRawSync(DATA, { level: FAST_DEFLATE_LEVEL }).length;
  const zlib6 = deflateRawSync(DATA, { level: 6 }).length;
  expect(zlibFast).not.toBe(zlib6); // the check below can tell the two apart
  expect(packed).toBe(zlibFast + AES256_OVERHEAD);
});
