/**
 * `outbound-guard policy check` on a dozen and more broken policies, the way an admin runs it:
 * each is refused (exit 2) with exactly the lines in its .expected file, each naming the field
 * path (or the line and column of invalid JSON), prefixed with the file name.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { FIXTURES, runCli } from "./run-cli";

const DIR = path.join(FIXTURES, "policy", "broken");
const cases = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();

describe("outbound-guard policy check refuses broken policies", () => {
  test("there are at least a dozen, each with its expected lines", () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    for (const f of cases) expect(fs.existsSync(path.join(DIR, f.replace(/\.json$/, ".expected")))).toBe(true);
  });

  test.each(cases)("%s", (name) => {
    const file = path.join(DIR, name);
    const expected = fs.readFileSync(file.replace(/\.json$/, ".expected"), "utf8").trim().split("\n");
    const r = runCli(["policy", "check", file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual(expected.map((line) => `${file}: ${line}`));
    // Every line says where: a field path (a map's key as ["minatotech.co.jp"]), or a line and column for JSON that does not parse.
    for (const line of expected) expect(line).toMatch(/^([A-Za-z$][\w$]*(\.[\w$]+|\[\d+\]|\["[^"]+"\])*: |\(policy\): (not valid JSON at line \d+, column \d+: |must be an object))/);
  });
});

describe("outbound-guard policy schema", () => {
  test("prints the JSON Schema of policy.json", () => {
    const r = runCli(["policy", "schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["internalDomains", "supervisor", "attachments", "passwordNotice"]));
  });

  test("an extra argument is a usage error", () => {
    const r = runCli(["policy", "schema", "out.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage: outbound-guard policy schema/);
  });
});
