/**
 * Every file a Markdown page of the repository points at is in the repository (issue 10: the
 * README sent readers to ../shared/DESIGN.md, a file outside it). Checked: link and image targets,
 * reference definitions, and relative paths written as code (`../x.md`).
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const SKIP = new Set(["node_modules", "dist", "lib", ".git", ".out", "coverage"]);

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(full);
    return e.name.toLowerCase().endsWith(".md") ? [full] : [];
  });
}

/** Relative targets in a page: [x](t), ![x](t), [x]: t, and `../t` written as code. */
function relativeTargets(text: string): string[] {
  const targets = [
    ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
    ...[...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]),
    ...[...text.matchAll(/`(\.\.?\/[^`\s]+)`/g)].map((m) => m[1]),
  ];
  return targets.filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith("#"));
}

const pages = [path.join(ROOT, "README.md"), ...markdownFiles(ROOT).filter((f) => f !== path.join(ROOT, "README.md"))];

test("the pages checked include the README and every page of docs/", () => {
  const rel = pages.map((p) => path.relative(ROOT, p).split(path.sep).join("/"));
  expect(rel).toContain("README.md");
  expect(rel).toContain("docs/architecture.md");
  expect(rel).toContain("docs/deployment-guide.md");
});

test("the checker sees a link outside the repository", () => {
  expect(relativeTargets("See `../shared/DESIGN.md` and [x](../../y.md#a)\n[r]: ./z.md")).toEqual(["../../y.md#a", "./z.md", "../shared/DESIGN.md"]);
  expect(relativeTargets("[a](https://example.com) [b](#top) [c](mailto:x@example.com)")).toEqual([]);
});

test.each(pages.map((p) => [path.relative(ROOT, p), p]))("%s: every relative link resolves to a file inside the repository", (_name, page) => {
  const problems: string[] = [];
  for (const target of relativeTargets(fs.readFileSync(page, "utf8"))) {
    const file = path.resolve(path.dirname(page), decodeURIComponent(target.split("#")[0]));
    const rel = path.relative(ROOT, file);
    if (rel.startsWith("..") || path.isAbsolute(rel)) problems.push(`${target}: outside the repository`);
    else if (!fs.existsSync(file)) problems.push(`${target}: no such file`);
  }
  expect(problems).toEqual([]);
});
