import { domainOf, parseMailbox, parseMailboxList, sameAddress } from "../../../src/core/recipients/address";
import { externalRecipients } from "../../../src/core/recipients/classify";
import { isInternalDomain } from "../../../src/core/recipients/domain-match";
import { emptyDraft } from "../../../src/core/message/draft";

const ours = ["example.co.jp", "*.example.co.jp"];

describe("addresses", () => {
  test("a quoted display name with a comma keeps the address and the name", () => {
    expect(parseMailbox('"Yamada, Taro" <t.yamada@Example.CO.JP>')).toEqual({ name: "Yamada, Taro", address: "t.yamada@Example.CO.JP" });
  });
  test("a list splits on commas outside quotes", () => {
    const list = parseMailboxList('"Yamada, Taro" <t@example.co.jp>, b@x.jp; <c@y.jp>');
    expect(list.map((m) => m.address)).toEqual(["t@example.co.jp", "b@x.jp", "c@y.jp"]);
  });
  test("domains are lower-cased and full-width letters folded", () => {
    expect(domainOf("t.yamada@Example.CO.JP")).toBe("example.co.jp");
    expect(domainOf("a@ｅｘａｍｐｌｅ.co.jp")).toBe("example.co.jp");
    expect(domainOf("no-domain")).toBe("");
  });
  test("addresses compare case-insensitively", () => {
    expect(sameAddress("Boss@Example.co.jp", "boss@example.CO.JP")).toBe(true);
    expect(sameAddress("boss@example.co.jp", "boss2@example.co.jp")).toBe(false);
  });
});

describe("internal domains", () => {
  test.each([
    ["example.co.jp", true],
    ["EXAMPLE.co.jp", true],
    ["tokyo.example.co.jp", true],
    ["a.b.example.co.jp", true],
    ["examp1e.co.jp", false],
    ["notexample.co.jp", false],
    ["example.co.jp.evil.com", false],
    ["", false],
  ])("%s internal: %s", (domain, expected) => {
    expect(isInternalDomain(domain.toLowerCase(), ours)).toBe(expected);
  });
  test("*.x matches subdomains only, not x itself", () => {
    expect(isInternalDomain("example.co.jp", ["*.example.co.jp"])).toBe(false);
    expect(isInternalDomain("sub.example.co.jp", ["*.example.co.jp"])).toBe(true);
  });
});

describe("external recipients", () => {
  test("by domain, each address once, first field wins", () => {
    const draft = {
      ...emptyDraft(),
      to: [parseMailbox('"Yamada, Taro" <t.yamada@Example.CO.JP>'), parseMailbox("a@partner.com")],
      cc: [parseMailbox("A@Partner.com"), parseMailbox("x@examp1e.co.jp")],
      bcc: [parseMailbox("boss@tokyo.example.co.jp")],
    };
    expect(externalRecipients(draft, ours)).toEqual([
      { address: "a@partner.com", domain: "partner.com", field: "to" },
      { address: "x@examp1e.co.jp", domain: "examp1e.co.jp", field: "cc" },
    ]);
  });
});
