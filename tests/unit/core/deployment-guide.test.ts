/**
 * The deployment guides stay true to the code: the full policy example in each is a valid policy,
 * and the list of covered fields names every field the schema has (a field added without being
 * documented fails here, and so does a documented field that no longer exists).
 */
import * as fs from "fs";
import * as path from "path";
import { validatePolicy } from "../../../src/core/policy";
import { policyJsonSchema } from "../../../src/core/policy/json-schema";

const DOCS = path.resolve(__dirname, "..", "..", "..", "docs");

type JsonSchema = { properties?: Record<string, JsonSchema>; type?: string };

/** Leaf field paths (a.b.c) of the policy's JSON Schema; maps (byUser, partners) count as leaves. */
function schemaFields(schema: JsonSchema, prefix = ""): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, sub]) =>
    sub.properties ? schemaFields(sub, `${prefix}${name}.`) : [`${prefix}${name}`],
  );
}

describe.each(["deployment-guide.md", "deployment-guide.ja.md"])("%s", (file) => {
  const text = fs.readFileSync(path.join(DOCS, file), "utf8");
  const reference = text.slice(text.indexOf("## 14."));

  test("the full policy example is a valid policy", () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(reference)?.[1] ?? "";
    const result = validatePolicy(JSON.parse(example));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  test("the covered-fields list is exactly the schema's fields", () => {
    const marker = /\*\*(?:Fields covered by this reference|このリファレンスが扱う項目)\*\*[^\n]*\n([\s\S]*?)\n\n/.exec(reference)?.[1] ?? "";
    const listed = [...marker.matchAll(/`([^`]+)`/g)].map((m) => m[1]).filter((f) => !f.startsWith("src/") && !f.startsWith("npx "));
    expect([...listed].sort()).toEqual(schemaFields(policyJsonSchema() as JsonSchema).sort());
  });
});
