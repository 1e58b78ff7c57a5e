/**
 * The launchevent bundle must parse as ES2016 (classic Outlook before 2403). TypeScript lowers
 * syntax but never regex syntax, and a pattern built with `new RegExp(string)` only fails when
 * the module loads — on an old engine that kills the handler for every Send. So: every regex
 * literal in src/core/pii parses at ES2016, and every pattern the scanner builds at run time is
 * valid ES2016 regex syntax too.
 */
import * as acorn from "acorn";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const PII = path.join(__dirname, "../../../src/core/pii");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith(".ts") ? [p] : [];
  });
}

function es2016Error(source: string): string | null {
  try {
    acorn.parse(source, { ecmaVersion: 2016, sourceType: "script" });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe("src/core/pii is ES2016 regex syntax", () => {
  test("every module, compiled to ES2016, parses at ES2016 (regex literals included)", () => {
    const files = sourceFiles(PII);
    expect(files.length).toBeGreaterThan(20);
    const errors: string[] = [];
    for (const f of files) {
      const js = ts.transpileModule(fs.readFileSync(f, "utf8"), {
        compilerOptions: { target: ts.ScriptTarget.ES2016, module: ts.ModuleKind.CommonJS },
      }).outputText;
      const err = es2016Error(js);
      if (err) errors.push(`${path.relative(PII, f)}: ${err}`);
    }
    expect(errors).toEqual([]);
  });

  test("every pattern built with new RegExp() while loading and scanning is ES2016 syntax", () => {
    const built: Array<[string, string]> = [];
    const Original = RegExp;
    const Recording = new Proxy(Original, {
      construct(target, args: [string | RegExp, string?]) {
        const [pattern, flags] = args;
        built.push([typeof pattern === "string" ? pattern : pattern.source, flags ?? (typeof pattern === "string" ? "" : pattern.flags)]);
        return Reflect.construct(target, args);
      },
    });
    (globalThis as { RegExp: RegExpConstructor }).RegExp = Recording;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { scanText } = require("../../../src/core/pii/scanner") as typeof import("../../../src/core/pii/scanner");
        scanText("マイナンバー 1234 5678 9018\n生年月日 S60.1.1\n携帯 090-1234-5678\nAddress: 1 Main St, Springfield\n〒150-0001 東京都渋谷区神宮前1-2-3");
      });
    } finally {
      (globalThis as { RegExp: RegExpConstructor }).RegExp = Original;
    }
    expect(built.length).toBeGreaterThan(10);
    const bad = built.map(([p, f]) => [p.slice(0, 60), es2016Error(`/${p}/${f}`)]).filter(([, err]) => err !== null);
    expect(bad).toEqual([]);
  });

  test("the check itself rejects lookbehind, named groups and the s flag", () => {
    expect(es2016Error("/(?<![0-9])\\d/g")).not.toBeNull();
    expect(es2016Error("/(?<y>\\d{4})/")).not.toBeNull();
    expect(es2016Error("/a.b/s")).not.toBeNull();
    expect(es2016Error("/(?![0-9])\\d/g")).toBeNull();
  });
});
