import { runScan } from "../../../src/cli/scan-command";

function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (s: string) => out.push(s),
      stderr: (s: string) => err.push(s),
      readFile: async (p: string) => {
        if (!(p in files)) throw new Error(`ENOENT: ${p}`);
        return new TextEncoder().encode(files[p]);
      },
    },
  };
}

describe("outbound-guard scan", () => {
  test("--jsonl: one output line per input line, value text only", async () => {
    const input = [
      JSON.stringify({ id: "a", subject: "携帯 090-1234-5678", body: "マイナンバー：1234 5678 9018" }),
      JSON.stringify({ id: "b", subject: "注文番号 123456789018", body: "ありがとうございました" }),
    ].join("\n");
    const t = io({ "set.jsonl": `${input}\n` });
    expect(await runScan(["scan", "--jsonl", "set.jsonl"], t.io)).toBe(0);
    const lines = t.out.join("").trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { id: "a", found: [{ type: "phone", text: "090-1234-5678" }, { type: "my_number", text: "1234 5678 9018" }] },
      { id: "b", found: [] },
    ]);
  });

  test("FILE.txt prints findings with line and column; --json prints them as JSON", async () => {
    const t = io({ "mail.txt": "こんにちは\n携帯 090-1234-5678\n" });
    expect(await runScan(["mail.txt"], t.io)).toBe(0);
    expect(t.out.join("")).toBe("mail.txt:2:4\tphone\t090-1234-5678\n1 finding\n");
    const j = io({ "mail.txt": "携帯 090-1234-5678" });
    expect(await runScan(["scan", "mail.txt", "--json"], j.io)).toBe(0);
    expect(JSON.parse(j.out.join(""))).toEqual([{ type: "phone", text: "090-1234-5678", masked: "090-****-5678", start: 3, end: 16 }]);
  });

  test("usage errors and unreadable input give non-zero exit codes", async () => {
    const t = io({});
    expect(await runScan([], t.io)).toBe(2);
    expect(await runScan(["--bogus", "x"], t.io)).toBe(2);
    expect(await runScan(["missing.txt"], t.io)).toBe(2); // issue 13: a missing file is a usage error, as for review
    const bad = io({ "bad.jsonl": "{not json}\n" });
    expect(await runScan(["--jsonl", "bad.jsonl"], bad.io)).toBe(1);
    expect(JSON.parse(bad.out.join(""))).toEqual({ id: null, found: [], error: "invalid JSON" });
  });
});
