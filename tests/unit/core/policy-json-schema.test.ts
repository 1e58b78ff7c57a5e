/**
 * policy.schema.json and the validator must give the same answer on every policy: the good ones
 * (tests/fixtures/policy/good, the company fixture, the defaults) and the broken ones
 * (tests/fixtures/policy/broken, plus wrong shapes written here). ajv checks the JSON Schema the
 * way an editor does; validatePolicy is what the build, the CLI and the add-in use.
 */
import * as fs from "fs";
import * as path from "path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { defaultPolicy, validatePolicy } from "../../../src/core/policy";
import { policyJsonSchema, policySchemaText } from "../../../src/core/policy/json-schema";
import { duplicateKeys } from "../../../src/core/policy/key-check";

const FIXTURES = path.resolve(__dirname, "..", "..", "fixtures", "policy");

function jsonFiles(dir: string): Array<[string, unknown]> {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f): Array<[string, unknown]> => {
      const text = fs.readFileSync(path.join(dir, f), "utf8");
      // Duplicate keys are refused on the text, before either validator: JSON.parse keeps the last.
      if (duplicateKeys(text).length > 0) return [];
      try {
        return [[f, JSON.parse(text)]];
      } catch {
        return []; // invalid JSON never reaches either validator
      }
    });
}

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const schemaCheck = ajv.compile(policyJsonSchema());

const good: Array<[string, unknown]> = [
  ...jsonFiles(path.join(FIXTURES, "good")),
  ["company.json", JSON.parse(fs.readFileSync(path.join(FIXTURES, "company.json"), "utf8"))],
  ["the built-in defaults", JSON.parse(JSON.stringify(defaultPolicy()))],
  ["an upper-case https authority", { passwordNotice: { graph: { clientId: "00000000-0000-0000-0000-000000000000", authority: "HTTPS://login.microsoftonline.com/common" } } }],
];

/**
 * Refused by the validator alone: two partner domains that differ only in case. A JSON Schema
 * cannot compare property names without case (draft-07 has no such keyword), so an editor misses
 * it; `policy check` and the add-in refuse it (tests/cli/policy-broken.test.ts, and below).
 */
const VALIDATOR_ONLY = new Set(["partner-duplicate-domain-case.json"]);
const brokenFiles = jsonFiles(path.join(FIXTURES, "broken")).filter(([name]) => !VALIDATOR_ONLY.has(name));
const bad: Array<[string, unknown]> = [
  ...brokenFiles,
  ["null", null],
  ["a number", 42],
  ["supervisor: null", { supervisor: null }],
  ["a domain that is a number", { internalDomains: [1] }],
  ["a domain with one label", { internalDomains: ["localhost"] }],
  ["a domain ending in a dot", { internalDomains: ["example.co.jp."] }],
  ["a domain with a space", { internalDomains: ["example .co.jp"] }],
  ["a wildcard in the middle", { internalDomains: ["mail.*.example.co.jp"] }],
  ["a label starting with a hyphen", { misdirection: { knownDomains: ["-bad.co.jp"] } }],
  ["graph without its clientId", { passwordNotice: { graph: {} } }],
  ["an authority that is not a URL", { passwordNotice: { graph: { clientId: "00000000-0000-0000-0000-000000000000", authority: "login.microsoftonline.com" } } }],
  ["a negative delay", { passwordNotice: { delayMinutes: -1 } }],
  ["minutes as text", { misdirection: { holdMinutes: "3" } }],
  ["a partner with no name", { misdirection: { partners: { "": ["minatotech.co.jp"] } } }],
  ["a partner named constructor", { misdirection: { partners: { constructor: ["minatotech.co.jp"] } } }],
  ["a partner named __proto__", JSON.parse('{"misdirection": {"partners": {"__proto__": ["minatotech.co.jp"]}}}')],
  ["a partner domain that is bad", { misdirection: { partners: { Minato: ["*."] } } }],
  ["an empty archive name", { attachments: { archiveName: "" } }],
  ["an archive that is not a zip", { attachments: { archiveName: "files.7z" } }],
  ["a per-user supervisor that is not an address", { supervisor: { byUser: { "taro@example.co.jp": "hanako" } } }],
  ["$schema that is not text", { $schema: 1 }],
  ["a password length as a float", { attachments: { password: { length: 16.5 } } }],
  ["a partner domain with a path", { attachments: { partners: { "minatotech.co.jp/x": { profile: "none" } } } }],
  ["a partner without its profile", { attachments: { partners: { "minatotech.co.jp": { passwordLength: 12 } } } }],
  ["a partner profile as bare text", { attachments: { partners: { "minatotech.co.jp": "zipcrypto" } } }],
  ["a partner password of 65", { attachments: { partners: { "minatotech.co.jp": { profile: "aes256", passwordLength: 65 } } } }],
  ["a partner notice delay of -1", { attachments: { partners: { "minatotech.co.jp": { profile: "aes256", noticeDelayMinutes: -1 } } } }],
  ["a partner list instead of a map", { attachments: { partners: ["minatotech.co.jp"] } }],
];

describe("policy.schema.json agrees with validatePolicy", () => {
  test("the fixtures cover at least a dozen broken policies and every top-level field", () => {
    expect(brokenFiles.length).toBeGreaterThanOrEqual(12);
    const fields = Object.keys(defaultPolicy());
    const full = good.find(([name]) => name === "full.json")?.[1] as Record<string, unknown>;
    for (const f of fields) expect(full).toHaveProperty(f);
  });

  test.each(good)("accepts %s, as the validator does", (_name, value) => {
    expect(validatePolicy(value).ok).toBe(true);
    expect(schemaCheck(value) ? [] : schemaCheck.errors).toEqual([]);
  });

  test.each(bad)("refuses %s, as the validator does", (_name, value) => {
    expect(validatePolicy(value).ok).toBe(false);
    expect(schemaCheck(value)).toBe(false);
  });

  test("the schema names every field the validator knows, and refuses unknown ones", () => {
    const schema = policyJsonSchema() as { properties: Record<string, { properties?: object }>; additionalProperties: boolean };
    expect(Object.keys(schema.properties).sort()).toEqual(["$schema", ...Object.keys(defaultPolicy())].sort());
    expect(schema.additionalProperties).toBe(false);
    for (const [name, sub] of Object.entries(schema.properties)) {
      if (sub.properties) expect([name, (sub as { additionalProperties?: boolean }).additionalProperties]).toEqual([name, false]);
    }
  });

  test("partner domains differing only in case: the validator refuses them, naming the field", () => {
    const r = validatePolicy({ attachments: { partners: { "minatotech.co.jp": { profile: "zipcrypto" }, "MINATOTECH.CO.JP": { profile: "none" } } } });
    expect(r.ok ? [] : r.errors).toEqual(['attachments.partners: "minatotech.co.jp" and "MINATOTECH.CO.JP" are the same domain (case does not count): keep one']);
  });

  test("attachments.partners: each profile accepted, errors name the domain's field path", () => {
    const ok = validatePolicy({ attachments: { partners: { "a.example": { profile: "aes256", passwordLength: 64, noticeDelayMinutes: 1440 }, "*.b.example": { profile: "zipcrypto", passwordLength: 8, noticeDelayMinutes: 0 }, "c.example": { profile: "none" }, "d.example": { profile: "block" } } } });
    expect(ok.ok).toBe(true);
    const bad = validatePolicy({ attachments: { partners: { "a.example": { profile: "aes256", passwordLength: 7 } } } });
    expect(bad.ok ? [] : bad.errors).toEqual(['attachments.partners["a.example"].passwordLength: must be at least 8, got 7']);
  });

  test("fields with defaults are optional: {} is a whole policy", () => {
    expect(schemaCheck({})).toBe(true);
    expect((policyJsonSchema() as { required?: string[] }).required ?? []).toEqual([]);
  });

  test("the text is stable JSON with a draft-07 $schema and a title", () => {
    const text = policySchemaText();
    expect(policySchemaText()).toBe(text);
    const parsed = JSON.parse(text);
    expect(parsed.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(parsed.title).toMatch(/Outbound Guard policy/);
    expect(text.endsWith("}\n")).toBe(true);
  });
});
