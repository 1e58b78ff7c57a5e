/**
 * `outbound-guard --help` lists every command and every option the parsers accept (issue 10:
 * `--apply` and `--out` were missing), in English, and in Japanese with `--lang ja`.
 */
import { COMMANDS, HELP_OPTIONS, REVIEW_OPTIONS, SCAN_OPTIONS } from "../../src/cli/cli-options";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { runCli } from "./run-cli";

const ALL_OPTIONS = [...REVIEW_OPTIONS, ...SCAN_OPTIONS, ...HELP_OPTIONS];

/** Runs main() in-process with captured output. */
async function inProcess(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { stdout: (s) => void (out += s + "\n"), stderr: (s) => void (err += s + "\n"), readFile: async () => {
    throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
  } };
  const code = await main(argv, io);
  return { code, out, err };
}

describe("--help", () => {
  const en = runCli(["--help"]);

  test("--help, -h and help print the same text and exit 0", () => {
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("outbound-guard review");
    for (const form of [["-h"], ["help"], ["review", "--help"], ["scan", "-h"]]) {
      const r = runCli(form);
      expect([form, r.code, r.stdout]).toEqual([form, 0, en.stdout]);
    }
  });

  test("the options admins asked about are listed: --apply and --out", () => {
    expect(en.stdout).toMatch(/^\s+--apply\s/m);
    expect(en.stdout).toMatch(/^\s+--out DIR\s/m);
  });

  test("every command form and every option in the table is in the help, with its text", () => {
    for (const c of COMMANDS) for (const f of c.forms) expect(en.stdout).toContain(`outbound-guard ${f.synopsis}\n      ${f.help.en}`);
    for (const o of ALL_OPTIONS) expect([o.name, en.stdout.includes(`--${o.name}`), en.stdout.includes(o.help.en)]).toEqual([o.name, true, true]);
  });

  test("--lang ja (or LANG=ja_JP.UTF-8): the same help in Japanese, no English description left", () => {
    const ja = runCli(["--help", "--lang", "ja"]);
    expect(ja.code).toBe(0);
    expect(runCli(["help"], { LANG: "ja_JP.UTF-8" }).stdout).toBe(ja.stdout);
    expect(ja.stdout).toContain("コマンド:");
    expect(ja.stdout).toContain("review のオプション:");
    for (const o of ALL_OPTIONS) {
      expect([o.name, ja.stdout.includes(`--${o.name}`), ja.stdout.includes(o.help.ja), ja.stdout.includes(o.help.en)]).toEqual([o.name, true, true, false]);
    }
    for (const c of COMMANDS) for (const f of c.forms) expect(ja.stdout).toContain(f.help.ja);
    expect(ja.stdout).not.toMatch(/Options of|Commands:|Exit status/);
  });
});

describe("the parsers accept exactly the options of the table", () => {
  test.each(REVIEW_OPTIONS.map((o) => [o.name, o]))("review --%s is accepted", async (_name, o) => {
    const r = await inProcess(["review", "/nonexistent/og.eml", `--${o.name}`, ...(o.type === "string" ? [o.name === "lang" ? "en" : "x"] : [])]);
    expect(r.err).not.toMatch(/unknown option/i);
    expect(r.err).toContain("no such file");
  });

  test.each(SCAN_OPTIONS.map((o) => [o.name]))("scan --%s is accepted", async (name) => {
    const r = await inProcess(["scan", "/nonexistent/og.txt", `--${name}`]);
    expect(r.err).not.toMatch(/unknown option/i);
  });

  test("an option outside the table is refused with exit 2", async () => {
    expect((await inProcess(["review", "x.eml", "--frobnicate"])).code).toBe(2);
    expect((await inProcess(["scan", "x.txt", "--frobnicate"])).code).toBe(2);
  });
});
