import { kinds, run } from "./helpers";

describe("BCC omission", () => {
  test("two organisations in To/CC: warn once, naming them", () => {
    const d = { to: "yamada@minatotech.co.jp", cc: "sato@kitahama.co.jp" };
    const r = run(d);
    expect(r.review.verdict).toBe("confirm");
    expect(r.review.findings).toEqual([
      { kind: "bcc_omission", organisations: ["株式会社ミナトテック", "北浜商事株式会社"], addresses: ["yamada@minatotech.co.jp", "sato@kitahama.co.jp"] },
    ]);
    expect(r.review.message).toContain("2 external addresses of 2 organisations");
    expect(run(d, {}, { confirmed: r.state.confirmed }).review.verdict).toBe("allow");
  });

  test("free mail: every address is its own person", () => {
    expect(kinds(run({ to: "a@gmail.com, b@gmail.com" }))).toEqual(["bcc_omission"]);
  });

  test("fix: move_to_bcc with the external To/CC addresses, confirm so the sender sees it", () => {
    const r = run({ to: "a@alpha.co.jp, hanako@example.co.jp, b@beta.co.jp", cc: "c@gamma.com", bcc: "d@delta.jp" }, { bccOmission: { action: "fix" } }, { lang: "ja" });
    expect(r.review.actions).toContainEqual({ kind: "move_to_bcc", addresses: ["a@alpha.co.jp", "b@beta.co.jp", "c@gamma.com"] });
    expect(r.review.verdict).toBe("confirm");
    expect(r.review.message).toContain("BCC 漏れの恐れ: 社外 3 組織・3 件の宛先");
  });

  test("block", () => {
    expect(run({ to: "a@alpha.co.jp, b@beta.co.jp" }, { bccOmission: { action: "block" } }).review.verdict).toBe("block");
  });

  test("thresholds: minOrganisations and minAddresses", () => {
    const d = { to: "a@alpha.co.jp, b@beta.co.jp" };
    expect(kinds(run(d, { bccOmission: { minOrganisations: 3 } }))).toEqual([]);
    expect(kinds(run(d, { bccOmission: { minAddresses: 3 } }))).toEqual([]);
    expect(kinds(run({ to: "a@alpha.co.jp, b@beta.co.jp, c@gamma.com" }, { bccOmission: { minOrganisations: 3 } }))).toEqual(["bcc_omission"]);
  });

  // Hard negatives.
  test("one organisation, however many people (a partner with several domains and subdomains)", () => {
    expect(kinds(run({ to: "a@minatotech.co.jp, b@minatotech.com, c@osaka.minatotech.co.jp" }))).toEqual([]);
    expect(kinds(run({ to: "a@acme.co.jp, b@tokyo.acme.co.jp" }))).toEqual([]);
  });

  test("external people already in BCC, internal people in To", () => {
    expect(kinds(run({ to: "taro@example.co.jp, hanako@example.co.jp", bcc: "a@alpha.co.jp, b@beta.co.jp, c@gmail.com" }))).toEqual([]);
  });

  test("a reply to a multi-party thread whose headers already showed everyone to everyone", () => {
    const body = "皆様\n\n承知しました。\n\n-----Original Message-----\nFrom: a@alpha.co.jp\nSent: Monday\nTo: taro@example.co.jp; b@beta.co.jp\nSubject: 打合せ\n";
    expect(kinds(run({ to: "a@alpha.co.jp", cc: "b@beta.co.jp", body }))).toEqual([]);
    // Someone new joins: now they see each other for the first time.
    expect(kinds(run({ to: "a@alpha.co.jp", cc: "b@beta.co.jp, c@gamma.com", body }, { newDomainInReply: "off" }))).toEqual(["bcc_omission"]);
  });

  test("off", () => {
    expect(kinds(run({ to: "a@alpha.co.jp, b@beta.co.jp" }, { bccOmission: { action: "off" } }))).toEqual([]);
  });
});

describe("BCC omission and a thread between organisations", () => {
  const thread = "承知しました。\n\n2026年12月1日(火) 10:00 佐藤 花子 <sato@kitahama.co.jp>:\n> 田中さん(ichiro@minatotech.co.jp)もご覧ください。\n";
  const outlookThread =
    "承知しました。\n\n-----Original Message-----\nFrom: sato@kitahama.co.jp\nSent: Monday\nTo: ichiro@minatotech.co.jp; taro@example.co.jp\nSubject: 打合せ\n";

  test("two organisations that already wrote to each other: a colleague of theirs joins, no alarm", () => {
    expect(kinds(run({ to: "sato@kitahama.co.jp", cc: "ichiro@minatotech.co.jp, jiro@minatotech.co.jp", body: outlookThread }))).toEqual([]);
  });

  test("a real mass mailing still alarms: a third organisation the thread never had", () => {
    expect(kinds(run({ to: "sato@kitahama.co.jp", cc: "ichiro@minatotech.co.jp, c@gamma.com", body: outlookThread }, { newDomainInReply: "off" }))).toEqual(["bcc_omission"]);
    expect(kinds(run({ to: "a@alpha.co.jp, b@beta.co.jp, c@gamma.com", body: "各位\n\nセミナーのご案内です。" }))).toEqual(["bcc_omission"]);
  });

  test("only one of them was in the thread: they have not written to each other", () => {
    expect(kinds(run({ to: "sato@kitahama.co.jp", cc: "jiro@minatotech.co.jp", body: thread }, { newDomainInReply: "off" }))).toEqual(["bcc_omission"]);
  });
});
