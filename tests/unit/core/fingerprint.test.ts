import { AUDIT_HEADER_PATTERN, auditHeaderValue } from "../../../src/core/audit/audit-header";
import { defaultPolicy, parsePolicy, validatePolicy, type Policy } from "../../../src/core/policy";
import { canonicalJson, policyFingerprint } from "../../../src/core/policy/fingerprint";

function policy(value: unknown): Policy {
  const r = validatePolicy(value);
  if (!r.ok) throw new Error(r.errors.join("; "));
  return r.policy;
}

describe("policyFingerprint", () => {
  test("12 lower-case hex digits, the first 48 bits of SHA-256 over the canonical JSON", () => {
    const fp = policyFingerprint(defaultPolicy());
    expect(fp).toMatch(/^[0-9a-f]{12}$/);
    // Independent check with Node's own SHA-256.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createHash } = require("crypto") as typeof import("crypto");
    const { $schema: _s, ...rules } = defaultPolicy();
    expect(fp).toBe(createHash("sha256").update(canonicalJson(rules), "utf8").digest("hex").slice(0, 12));
  });

  test("the same rules however written: key order, spacing, defaults spelled out, $schema, domain case", () => {
    const a = parsePolicy('{"internalDomains":["example.co.jp"],"supervisor":{"address":"c@example.co.jp"}}');
    const b = parsePolicy(`{
      "$schema": "./policy.schema.json",
      "supervisor": { "when": "external", "field": "bcc", "address": "c@example.co.jp" },
      "internalDomains": ["Example.CO.JP"],
      "external": { "confirm": true }
    }`);
    if (!a.ok || !b.ok) throw new Error("fixtures must be valid");
    expect(policyFingerprint(b.policy)).toBe(policyFingerprint(a.policy));
  });

  test("any change of rule changes it", () => {
    const base = policyFingerprint(policy({ internalDomains: ["example.co.jp"] }));
    expect(policyFingerprint(policy({ internalDomains: ["example.co.jp", "example.com"] }))).not.toBe(base);
    expect(policyFingerprint(policy({ internalDomains: ["example.co.jp"], external: { confirm: false } }))).not.toBe(base);
    expect(policyFingerprint(policy({ internalDomains: ["example.co.jp"], attachments: { password: { length: 17 } } }))).not.toBe(base);
  });

  test("canonical JSON sorts keys at every level and keeps array order", () => {
    expect(canonicalJson({ b: [2, 1], a: { d: 1, c: "x" } })).toBe('{"a":{"c":"x","d":1},"b":[2,1]}');
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });
});

describe("auditHeaderValue", () => {
  test("version and fingerprint in the documented form", () => {
    expect(auditHeaderValue("0.1.0.8760", "3f9a1c2b7d4e")).toBe("v=0.1.0.8760; policy=3f9a1c2b7d4e; checked=1");
    expect(auditHeaderValue("0.1.0.8760", "3f9a1c2b7d4e")).toMatch(AUDIT_HEADER_PATTERN);
  });

  test("a version with odd characters cannot break the header's form", () => {
    const v = auditHeaderValue("1.0; checked=0\r\nBcc: x@y", "000000000000");
    expect(v).toMatch(AUDIT_HEADER_PATTERN);
    expect(v).not.toMatch(/[\r\n;]\s*checked=0/);
  });
});
