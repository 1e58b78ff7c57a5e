import { findLookalike, referenceSet } from "../../../src/core/misdirection";
import { kinds, run } from "./helpers";

const REFS = referenceSet(["example.co.jp", "*.example.co.jp", "minatotech.co.jp", "northbridge.com", "kitahama.co.jp"]);

describe("findLookalike", () => {
  test.each([
    ["examp1e.co.jp", "example.co.jp", "homoglyph"],
    ["exarnple.co.jp", "example.co.jp", "homoglyph"],
    ["ехample.co.jp", "example.co.jp", "idn"], // Cyrillic е and х
    ["ｅｘａｍｐｌｅ.co.jp".normalize("NFKC") === "example.co.jp" ? "examp|e.co.jp" : "x", "example.co.jp", "homoglyph"],
    ["exmaple.co.jp", "example.co.jp", "swap"],
    ["exampple.co.jp", "example.co.jp", "double"],
    ["minatotec.co.jp", "minatotech.co.jp", "edit"],
    ["mail.minatotecn.co.jp", "minatotech.co.jp", "edit"],
    ["northbrigde.com", "northbridge.com", "swap"],
    ["nothbridge.com", "northbridge.com", "edit"],
    ["example.com", "example.co.jp", "suffix"],
    ["minatotech.jp", "minatotech.co.jp", "suffix"],
    ["northvvbridge.com".replace("vvb", "vb"), "northbridge.com", "edit"],
  ])("%s ← %s (%s)", (domain, of, reason) => {
    expect(findLookalike(domain, REFS)).toMatchObject({ of, reason });
  });

  test("punycode: xn-- labels are decoded and named", () => {
    // exämple.co.jp
    const m = findLookalike("xn--exmple-cua.co.jp", REFS);
    expect(m).toEqual({ of: "example.co.jp", reason: "idn", unicode: "exämple.co.jp" });
  });

  test.each([
    "example.co.jp", // itself
    "mail.example.co.jp", // a subdomain of an internal domain
    "minatotech.co.jp",
    "sales.minatotech.co.jp",
    "gmail.com", // free mail is never a look-alike of a company
    "nec.co.jp", // short names differ by one letter all the time
    "sample.co.jp", // two letters away
    "kitagawa.co.jp", // a real different name two letters away
    "northbridge-capital.com",
    "totally-different.com",
  ])("%s is not a look-alike", (domain) => {
    expect(findLookalike(domain, REFS)).toBeUndefined();
  });

  test("short names: one letter is not enough (abc.co.jp vs abd.co.jp)", () => {
    expect(findLookalike("abd.co.jp", referenceSet(["abc.co.jp"]))).toBeUndefined();
  });
});

describe("lookalike check in the review", () => {
  test("names both domains, confirms once, then lets the same Send through", () => {
    const first = run({ to: "yamada@minatotech.co.jp, sato@examp1e.co.jp" });
    expect(first.review.verdict).toBe("confirm");
    expect(first.review.findings.filter((f) => f.kind === "lookalike_domain")).toEqual([
      { kind: "lookalike_domain", domain: "examp1e.co.jp", lookalikeOf: "example.co.jp", reason: "homoglyph", addresses: ["sato@examp1e.co.jp"] },
    ]);
    expect(first.review.message).toContain("examp1e.co.jp ← example.co.jp?");
    const again = run({ to: "yamada@minatotech.co.jp, sato@examp1e.co.jp" }, {}, { confirmed: first.state.confirmed });
    expect(again.review.verdict).toBe("allow");
  });

  test("Japanese alert line", () => {
    const r = run({ to: "a@minatotec.co.jp" }, {}, { lang: "ja" });
    expect(r.review.message).toContain("似たドメイン: minatotec.co.jp ← minatotech.co.jp? (1 文字違い)");
  });

  test("block mode blocks even after it was seen", () => {
    const first = run({ to: "a@exmaple.co.jp" }, { lookalike: "block" });
    expect(first.review.verdict).toBe("block");
    expect(run({ to: "a@exmaple.co.jp" }, { lookalike: "block" }, { confirmed: first.state.confirmed }).review.verdict).toBe("block");
  });

  test("off: nothing", () => {
    expect(kinds(run({ to: "a@exmaple.co.jp" }, { lookalike: "off" }))).toEqual([]);
  });

  test("a domain this user confirmed before (folded into knownDomains) is known, and its look-alike is caught", () => {
    expect(kinds(run({ to: "a@acme-japan.com" }, { knownDomains: ["acme-japan.com"] }))).toEqual([]);
    expect(run({ to: "a@acme-japam.com" }, { knownDomains: ["acme-japan.com"] }).review.findings[0]).toMatchObject({ lookalikeOf: "acme-japan.com" });
  });

  test("a look-alike of a domain of the quoted thread", () => {
    const body = "返信します。\n\n-----Original Message-----\nFrom: Yamada <yamada@sunrise-sys.co.jp>\nSent: Monday\nTo: taro@example.co.jp\nSubject: 件\n";
    const r = run({ to: "yamada@sunrise-sy.co.jp", body });
    expect(r.review.findings).toEqual([expect.objectContaining({ kind: "lookalike_domain", lookalikeOf: "sunrise-sys.co.jp" })]);
  });

  test("internal-only mail and the partner's second domain: nothing", () => {
    expect(kinds(run({ to: "hanako@example.co.jp, jiro@osaka.example.co.jp" }))).toEqual([]);
    expect(kinds(run({ to: "a@minatotech.com" }))).toEqual([]);
  });
});
