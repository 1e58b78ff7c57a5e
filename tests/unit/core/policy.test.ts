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
