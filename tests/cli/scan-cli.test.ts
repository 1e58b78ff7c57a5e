/** `npx outbound-guard scan` through the real launcher (needs `npm run build:cli`). */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { FIXTURES, runCli } from "./run-cli";

describe("outbound-guard scan (spawned CLI)", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "scan-cli-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("--jsonl: one line per input line, exactly {id, found:[{type, text}]}, text as written in the input", () => {
    const input = path.join(dir, "set.jsonl");
    fs.writeFileSync(
      input,
      [
        { id: "m1", subject: "携帯 ０９０－１２３４－５６７８", body: "マイナンバー：1234 5678 9018\n生年月日：昭和60年1月1日" },
        { id: "m2", subject: "ご注文番号 123456789018", body: "--\n株式会社サンプル\nTEL: 03-1234-5678" },
        { id: "m3", subject: "", body: "折り返し先 090-3318-\n4620" },
      ]
        .map((r) => JSON.stringify(r))
        .join("\n") + "\n",
    );
    const r = runCli(["scan", "--jsonl", input]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        id: "m1",
        found: [
          { type: "phone", text: "０９０－１２３４－５６７８" },
          { type: "my_number", text: "1234 5678 9018" },
          { type: "birth_date", text: "昭和60年1月1日" },
        ],
      },
      { id: "m2", found: [] },
      { id: "m3", found: [{ type: "phone", text: "090-3318-\n4620" }] },
    ]);
    for (const l of lines) expect(Object.keys(l)).toEqual(["id", "found"]);
  });

  test("the held-out set scores through the CLI as in the unit test (66 lines out for 66 in)", () => {
    const r = runCli(["scan", "--jsonl", path.join(FIXTURES, "pii", "pii-holdout.jsonl")]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(66);
  });

  test("FILE.txt prints findings with line:column; a missing file, a bad option exit 2", () => {
    const txt = path.join(dir, "mail.txt");
    fs.writeFileSync(txt, "こんにちは\n携帯 090-1234-5678\n");
    const ok = runCli(["scan", txt]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe(`${txt}:2:4\tphone\t090-1234-5678\n1 finding\n`);
    expect(runCli(["scan", path.join(dir, "missing.txt")]).code).toBe(2);
    expect(runCli(["scan", "--bogus", txt]).code).toBe(2);
  });
});
