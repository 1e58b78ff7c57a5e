/**
 * Keeps `npm run mutate` alive: every mutation's text still occurs exactly once in its file, and
 * every test file and name filter it runs still exists. A refactor that moves a guard must move
 * its mutation too, or this fails (the mutation run itself is too slow for npm test).
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { MUTATIONS } = require("../../tools/mutations.js") as {
  MUTATIONS: Array<{ name: string; file: string; find: string; replace: string; runs: Array<{ file: string; t?: string }> }>;
};
const ROOT = join(__dirname, "../../..");

test("at least 12 named mutations, names unique", () => {
  expect(MUTATIONS.length).toBeGreaterThanOrEqual(12);
  expect(new Set(MUTATIONS.map((m) => m.name)).size).toBe(MUTATIONS.length);
});

describe.each(MUTATIONS.map((m) => [m.name, m] as const))("mutation %s", (_name, m) => {
  test("its text occurs exactly once in its file and the replacement changes it", () => {
    const text = readFileSync(join(ROOT, m.file), "utf8");
    expect(text.split(m.find).length - 1).toBe(1);
    expect(m.replace).not.toBe(m.find);
  });

  test("its test files exist and each name filter matches a test title there", () => {
    expect(m.runs.length).toBeGreaterThan(0);
    for (const run of m.runs) {
      expect(existsSync(join(ROOT, run.file))).toBe(true);
      if (run.t) expect(readFileSync(join(ROOT, run.file), "utf8")).toContain(run.t);
    }
  });
});
