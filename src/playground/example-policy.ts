/** The policy the editor starts with: the organisation's domains and a supervisor in BCC for external mail. */
export const EXAMPLE_POLICY = {
  internalDomains: ["example.co.jp", "*.example.co.jp"],
  external: { confirm: true },
  supervisor: {
    address: "compliance@example.co.jp",
    byUser: { "jiro@sales.example.co.jp": "hanako@example.co.jp" },
    field: "bcc",
    when: "external",
  },
};

export const EXAMPLE_POLICY_TEXT = JSON.stringify(EXAMPLE_POLICY, null, 2) + "\n";
