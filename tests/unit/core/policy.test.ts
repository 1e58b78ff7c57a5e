import { defaultPolicy, parsePolicy, validatePolicy } from "../../../src/core/policy";

function errorsOf(value: unknown): string[] {
  const r = validatePolicy(value);
  if (r.ok) throw new Error("expected the policy to be refused");
  return r.errors;
}

describe("policy", () => {
  test("the design's example policy is accepted as written", () => {
    const r = validatePolicy({
      internalDomains: ["example.co.jp", "*.example.co.jp"],
      external: { confirm: true },
      supervisor: {
        address: "compliance@example.co.jp",
        byUser: { "taro@example.co.jp": "hanako@example.co.jp" },
        field: "bcc",
        when: "external",
      },
      personalData: { action: "block", types: ["my_number", "credit_card"], scanAttachments: true },
      attachments: { protect: "external", encryption: "aes256", zipcryptoDomains: [], archiveName: "attachments.zip", password: { length: 16 } },
      passwordNotice: {
        delivery: "graph",
        delayMinutes: 10,
        to: "recipients",
        graph: { clientId: "00000000-0000-0000-0000-000000000000", authority: "https://login.microsoftonline.com/organizations" },
      },
      misdirection: { knownDomains: ["minatotech.co.jp"], partners: { 株式会社ミナトテック: ["minatotech.co.jp"] }, holdMinutes: 3 },
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.policy.supervisor.byUser["taro@example.co.jp"]).toBe("hanako@example.co.jp");
      expect(r.policy.personalData.types).toEqual(["my_number", "credit_card"]);
    }
  });

  test("an empty policy gets the safe defaults", () => {
    const p = defaultPolicy();
    expect(p.external.confirm).toBe(true);
    expect(p.supervisor.field).toBe("bcc");
    expect(p.supervisor.when).toBe("external");
    expect(p.attachments.encryption).toBe("aes256");
    expect(p.attachments.archiveName).toBe("attachments.zip");
    expect(p.attachments.password.length).toBe(16);
  });

  test("domains are lower-cased so comparisons need not care", () => {
    const r = validatePolicy({ internalDomains: ["Example.CO.JP"] });
    expect(r.ok && r.policy.internalDomains).toEqual(["example.co.jp"]);
  });

  test.each([
    [{ supervisor: { field: "to" } }, 'supervisor.field: must be "cc" or "bcc", got "to"'],
    [{ supervisor: { when: "sometimes" } }, 'supervisor.when: must be "always" or "external" or "never", got "sometimes"'],
    [{ internalDomains: ["*."] }, 'internalDomains[0]: must be a domain such as example.co.jp or *.example.co.jp, got "*."'],
    [{ internalDomains: "example.co.jp" }, "internalDomains: must be a list, got text"],
    [{ supervisor: { address: "compliance" } }, 'supervisor.address: must be an e-mail address such as compliance@example.co.jp, got "compliance"'],
    [{ external: { confirm: "yes" } }, "external.confirm: must be true or false, got text"],
    [{ extrnal: {} }, "extrnal: unknown field"],
    [{ attachments: { password: { length: 4 } } }, "attachments.password.length: must be at least 8, got 4"],
    [{ passwordNotice: { delayMinutes: 10.5 } }, "passwordNotice.delayMinutes: must be a whole number, got a number"],
    [{ attachments: { archiveName: "../x.zip" } }, 'attachments.archiveName: must be a file name ending in ".zip", without / \\ : * ? " < > |, got "../x.zip"'],
    [{ supervisor: { byUser: { taro: "hanako@example.co.jp" } } }, 'supervisor.byUser.taro: the key must be an e-mail address such as compliance@example.co.jp, got "taro"'],
  ])("refuses %j naming the field", (value, expected) => {
    expect(errorsOf(value)).toContain(expected);
  });

  test("every error is reported, not just the first", () => {
    const errors = errorsOf({ supervisor: { field: "to", when: "x" }, external: { confirm: 1 } });
    expect(errors).toHaveLength(3);
  });

  test("invalid JSON is reported with its line and column", () => {
    const r = parsePolicy('{\n  "internalDomains": ["a.jp",]\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^\(policy\): not valid JSON at line 2, column \d+/);
  });

  test("a byte-order mark written by Windows editors is accepted", () => {
    expect(parsePolicy('\uFEFF{"internalDomains":["a.co.jp"]}').ok).toBe(true);
  });
});

describe("reserved keys, duplicate keys and non-finite numbers (issue 13)", () => {
  const refused = (text: string) => {
    const r = parsePolicy(text);
    if (r.ok) throw new Error("expected the policy to be refused");
    return r.errors;
  };

  test.each(["__proto__", "constructor", "prototype"])("partners key %j is refused, naming the field (parsed text and parsed value)", (key) => {
    const text = `{"misdirection": {"partners": {${JSON.stringify(key)}: ["a.example.com"]}}}`;
    const line = `misdirection.partners: the key ${JSON.stringify(key)} is not allowed (a reserved name)`;
    expect(refused(text)).toEqual([line]);
    // The add-in also validates an already-parsed cached policy.
    expect(errorsOf(JSON.parse(text))).toEqual([line]);
  });

  test.each(["__proto__", "constructor"])("byUser key %j is refused with one line", (key) => {
    expect(refused(`{"supervisor": {"byUser": {${JSON.stringify(key)}: "boss@example.co.jp"}}}`)).toEqual([
      `supervisor.byUser: the key ${JSON.stringify(key)} is not allowed (a reserved name)`,
    ]);
  });

  test("toString and hasOwnProperty are ordinary organisation names", () => {
    const r = parsePolicy('{"misdirection": {"partners": {"toString": ["a.example.com"], "hasOwnProperty": ["b.example.com"]}}}');
    expect(r.ok && Object.keys(r.policy.misdirection.partners)).toEqual(["toString", "hasOwnProperty"]);
  });

  test("a reserved key in a fixed object stays an unknown field", () => {
    expect(refused('{"external": {"constructor": true}}')).toEqual(["external.constructor: unknown field"]);
  });

  test("duplicate keys are named with their lines, at any depth", () => {
    expect(refused('{\n  "supervisor": {"byUser": {\n    "a@example.com": "b@example.com",\n    "a@example.com": "c@example.com"\n  }}\n}')).toEqual([
      'supervisor.byUser: duplicate key "a@example.com" (line 4; first at line 3)',
    ]);
    expect(refused('{"external": {"confirm": true},\n"external": {"confirm": false}}')).toEqual(['(policy): duplicate key "external" (line 2; first at line 1)']);
    expect(refused('{"misdirection": {"partners": {"A": ["a.example.com"], "A": ["b.example.com"]}}}')).toEqual([
      'misdirection.partners: duplicate key "A" (line 1; first at line 1)',
    ]);
  });

  test("the same key in two different objects is not a duplicate", () => {
    expect(parsePolicy('{"external": {"confirm": true}, "misdirection": {"partners": {"confirm": ["a.example.com"]}}}').ok).toBe(true);
  });

  test.each(["1e400", "-1e400"])("%s says it must be a finite number", (n) => {
    expect(refused(`{"misdirection": {"holdMinutes": ${n}}}`)).toEqual(["misdirection.holdMinutes: must be a finite number, got one too large to represent"]);
  });
});
