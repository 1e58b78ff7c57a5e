import { kinds, run } from "./helpers";

const OUTLOOK_JA = (from: string, to: string, cc = "") =>
  `\n________________________________\n差出人: 山田 太郎 <${from}>\n送信日時: 2024年5月1日 10:00\n宛先: ${to}\n${cc ? `CC: ${cc}\n` : ""}件名: RE: お見積り\n\nいつもお世話になっております。\n`;

describe("new domain in a reply", () => {
  test("a reply going to an organisation the thread never had", () => {
    const body = "山田様\n\nご返信ありがとうございます。" + OUTLOOK_JA("yamada@minatotech.co.jp", "taro@example.co.jp");
    const r = run({ to: "yamada@minatotech.co.jp, ceo@rival-corp.co.jp", subject: "RE: お見積り", body }, { bccOmission: { action: "off" } }, { lang: "ja" });
    expect(r.review.findings).toEqual([
      { kind: "new_domain_in_reply", domain: "rival-corp.co.jp", addresses: ["ceo@rival-corp.co.jp"], threadDomains: ["minatotech.co.jp"] },
    ]);
    expect(r.review.message).toContain("スレッドにいなかった宛先: rival-corp.co.jp (これまでのやり取り: minatotech.co.jp)");
  });

  test("English Outlook header block with a wrapped To: line", () => {
    const body = "Thanks.\n\nFrom: Smith, John <john@northbridge.com>\nSent: Monday, May 1, 2024 10:00 AM\nTo: taro@example.co.jp; Anna <anna@northbridge.com>;\n  Bob <bob@partner-b.com>\nSubject: Plan\n\nHello";
    expect(kinds(run({ to: "john@northbridge.com, bob@partner-b.com", cc: "x@newco.io", body }, { bccOmission: { action: "off" } }))).toEqual(["new_domain_in_reply"]);
    expect(kinds(run({ to: "john@northbridge.com, bob@partner-b.com", body }, { bccOmission: { action: "off" } }))).toEqual([]);
  });

  test("'> ' quoted attribution lines count as the thread", () => {
    const body = "OK\n\nOn Mon, 1 May 2024 at 10:00, Ken <ken@sunrise-sys.co.jp> wrote:\n> hello\n> bye";
    expect(kinds(run({ to: "ken@sunrise-sys.co.jp", body }))).toEqual([]);
    expect(kinds(run({ to: "ken@sunrise-sys.co.jp, z@zeta.org", body }, { bccOmission: { action: "off" } }))).toEqual(["new_domain_in_reply"]);
  });

  test("original recipients seen at OnNewMessageCompose count as the thread", () => {
    const d = { to: "a@alpha.co.jp, b@beta.co.jp", subject: "RE: x", body: "thanks" };
    const off = { bccOmission: { action: "off" } };
    expect(kinds(run(d, off, { input: { threadAddresses: ["a@alpha.co.jp", "b@beta.co.jp"] } }))).toEqual([]);
    expect(kinds(run(d, off, { input: { threadAddresses: ["a@alpha.co.jp"] } }))).toEqual(["new_domain_in_reply"]);
  });

  // Hard negatives.
  test("a reply inside one organisation: nothing", () => {
    const body = "了解です" + OUTLOOK_JA("hanako@example.co.jp", "taro@example.co.jp");
    expect(kinds(run({ to: "hanako@example.co.jp, jiro@osaka.example.co.jp", body }))).toEqual([]);
  });

  test("a partner's other domain and a subdomain are not new", () => {
    const body = "承知しました" + OUTLOOK_JA("yamada@minatotech.co.jp", "taro@example.co.jp");
    expect(kinds(run({ to: "yamada@minatotech.com, sato@mail.minatotech.co.jp", body }, { bccOmission: { action: "off" } }))).toEqual([]);
  });

  test("no quoted headers: no thread known, nothing said", () => {
    expect(kinds(run({ to: "a@alpha.co.jp", subject: "RE: 件", body: "ありがとうございます。\n\n> 引用だけ" }))).toEqual([]);
  });

  test("a forward with a long quoted chain: every domain of the chain counts", () => {
    let chain = "";
    const domains = ["alpha.co.jp", "beta.co.jp", "gamma.com", "delta.jp"];
    for (let i = 0; i < 40; i++) chain += OUTLOOK_JA(`p${i}@${domains[i % 4]}`, "taro@example.co.jp") + "本文です。\n".repeat(20);
    const body = "転送します。" + chain;
    expect(kinds(run({ to: "x@delta.jp, y@alpha.co.jp", body }, { bccOmission: { action: "off" } }))).toEqual([]);
    expect(run({ to: "x@delta.jp, z@epsilon.net", body }, { bccOmission: { action: "off" } }).review.findings.map((f) => f.kind === "new_domain_in_reply" && f.domain)).toEqual(["epsilon.net"]);
  });

  test("a look-alike of a thread domain is said once, as a look-alike", () => {
    const body = "ok" + OUTLOOK_JA("yamada@sunrise-sys.co.jp", "taro@example.co.jp");
    expect(kinds(run({ to: "yamada@sunrise-sy.co.jp", body }))).toEqual(["lookalike_domain"]);
  });

  test("confirm once; off", () => {
    const body = "ok" + OUTLOOK_JA("yamada@minatotech.co.jp", "taro@example.co.jp");
    const d = { to: "z@zeta.org", body };
    const first = run(d);
    expect(first.review.verdict).toBe("confirm");
    expect(run(d, {}, { confirmed: first.state.confirmed }).review.verdict).toBe("allow");
    expect(kinds(run(d, { newDomainInReply: "off" }))).toEqual([]);
  });
});
