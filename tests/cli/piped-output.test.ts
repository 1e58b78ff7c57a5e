/**
 * `outbound-guard … | wc -c` must see every byte. Node writes to a pipe asynchronously, so a CLI
 * that calls process.exit as soon as its work is done cuts what is still queued (issue 10: 65536
 * bytes of a bigger `review --json`). Each command runs twice: stdout into a pipe read by this
 * process, and stdout into a file (written synchronously, so always whole); the two must agree.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT } from "./run-cli";

const LAUNCHER = path.join(ROOT, "src", "cli", "outbound-guard.cjs");
let dir: string;

/** Lines with a mobile number each: every one is a phone finding, so outputs grow past 64 KiB. */
function phoneLines(n: number, from = 0): string[] {
  return Array.from({ length: n }, (_, i) => `顧客${from + i} 電話 090-${String(1000 + ((from + i) % 9000)).padStart(4, "0")}-${String(5678 + from + i).slice(-4)}`);
}

function eml(subject: string, body: string): string {
  return ["From: taro@example.co.jp", "To: suzuki@partner.co.jp", `Subject: ${subject}`, "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body, ""].join("\r\n");
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "og-piped-"));
  fs.writeFileSync(path.join(dir, "big.eml"), eml("big", phoneLines(3000).join("\r\n")));
  fs.writeFileSync(path.join(dir, "big.txt"), phoneLines(3000).join("\n"));
  fs.writeFileSync(path.join(dir, "big.jsonl"), phoneLines(3000).map((l, i) => JSON.stringify({ id: i, subject: "s", body: l })).join("\n"));
  // A folder: a few messages heavy with findings (for --json), many with long names (for the text lines).
  const folder = path.join(dir, "folder");
  fs.mkdirSync(folder);
  for (let m = 0; m < 8; m++) fs.writeFileSync(path.join(folder, `heavy-${m}.eml`), eml(`heavy ${m}`, phoneLines(300, m * 300).join("\r\n")));
  for (let m = 0; m < 320; m++) fs.writeFileSync(path.join(folder, `${String(m).padStart(3, "0")}-${"x".repeat(200)}.eml`), eml(`m ${m}`, "hello"));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI with stdout into a pipe this process drains slowly (a consumer like `wc`). */
function piped(args: string[]): Promise<{ code: number | null; out: Buffer }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], { cwd: dir, env: { ...process.env, LANG: "C" }, stdio: ["ignore", "pipe", "ignore"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => {
      chunks.push(c);
      // Read slowly so the writer's queue is not empty when its work is done.
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out: Buffer.concat(chunks) }));
  });
}

/** The same command with stdout into a file. */
function toFile(args: string[]): Promise<{ code: number | null; out: Buffer }> {
  const file = path.join(dir, `out-${Math.random().toString(36).slice(2)}.txt`);
  const fd = fs.openSync(file, "w");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], { cwd: dir, env: { ...process.env, LANG: "C" }, stdio: ["ignore", fd, "ignore"] });
    child.on("error", reject);
    child.on("close", (code) => {
      fs.closeSync(fd);
      resolve({ code, out: fs.readFileSync(file) });
    });
  });
}

const CASES: Array<{ args: string[]; big: boolean; json?: "one" | "lines" }> = [
  { args: ["review", "big.eml", "--json"], big: true, json: "one" },
  { args: ["review", "big.eml"], big: true },
  { args: ["review", "folder", "--json"], big: true, json: "lines" },
  { args: ["review", "folder"], big: true },
  { args: ["scan", "big.txt", "--json"], big: true, json: "one" },
  { args: ["scan", "big.txt"], big: true },
  { args: ["scan", "--jsonl", "big.jsonl"], big: true, json: "lines" },
  { args: ["policy", "schema"], big: false, json: "one" },
];

describe("output through a pipe is complete (issue 10)", () => {
  test.each(CASES)("$args: every byte arrives through a pipe", async ({ args, big, json }) => {
    const [viaPipe, viaFile] = await Promise.all([piped(args), toFile(args)]);
    expect(viaFile.code).toBe(0);
    expect(viaPipe.code).toBe(0);
    if (big) expect(viaFile.out.length).toBeGreaterThan(65536);
    expect(viaPipe.out.length).toBe(viaFile.out.length);
    expect(viaPipe.out.equals(viaFile.out)).toBe(true);
    const text = viaPipe.out.toString("utf8");
    if (json === "one") expect(() => JSON.parse(text)).not.toThrow();
    if (json === "lines") for (const line of text.trim().split("\n")) expect(() => JSON.parse(line)).not.toThrow();
  }, 120_000);
});
