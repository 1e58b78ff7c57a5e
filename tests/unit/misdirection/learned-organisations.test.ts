/**
 * 宛名 mismatch without a partners list: the organisations are learned from the signatures in the
 * quoted thread and from the thread's domain names. Precision first: when unsure, nothing.
 */
import { learnedOrganisations } from "../../../src/core/misdirection/signature-orgs";
import { kinds, run } from "./helpers";

const NO_PARTNERS = { partners: {}, knownDomains: [], bccOmission: { action: "off" }, newDomainInReply: "off" };

const SIGNED_BY_MINATO =
  "\n\n2026年12月1日(火) 10:00 田中 一郎 <ichiro@minatotech.co.jp>:\n> お見積りをお願いします。\n>\n> --\n> 株式会社ミナトテック\n> 営業部 田中 一郎\n> TEL: 03-1234-5678\n> E-mail: ichiro@minatotech.co.jp\n";
const SIGNED_BY_KITAHAMA =
  "\n\n-----Original Message-----\nFrom: sato@kitahama.co.jp\nSent: Monday\nTo: taro@example.co.jp\nSubject: ご依頼\n\nよろしくお願いします。\n\n北浜商事株式会社\n佐藤 花子\nsato@kitahama.co.jp\n";

describe("organisations learned from signatures", () => {
  test("company line near a contact line ties the name to the address's domain", () => {
    expect(learnedOrganisations(SIGNED_BY_MINATO)).toEqual([{ name: "株式会社ミナトテック", domain: "minatotech.co.jp" }]);
    expect(learnedOrganisations(SIGNED_BY_KITAHAMA)).toEqual([{ name: "北浜商事株式会社", domain: "kitahama.co.jp" }]);
  });

  test("header lines and free-mail addresses teach nothing", () => {
    expect(learnedOrganisations("差出人: sato@kitahama.co.jp\n件名: 株式会社ミナトテック 御中 お見積り\n宛先: taro@example.co.jp\n")).toEqual([]);
    expect(learnedOrganisations("株式会社ミナトテック\n田中\nichiro.tanaka@gmail.com\n")).toEqual([]);
  });
});

describe("宛名 mismatch with no partners configured", () => {
  test("the salutation names the organisation the quoted signature tied to another domain", () => {
    const r = run({ to: "sato@kitahama.co.jp", body: "株式会社ミナトテック 田中様\n\nお世話になっております。" + SIGNED_BY_MINATO }, NO_PARTNERS, { lang: "ja" });
    expect(r.review.findings).toEqual([{ kind: "salutation_mismatch", organisation: "株式会社ミナトテック", where: "body", recipientDomains: ["kitahama.co.jp"] }]);
  });

  test("the recipient's own signature says it is another organisation", () => {
    const r = run({ to: "sato@kitahama.co.jp", body: "株式会社サンライズ 鈴木様\n\nご確認ください。" + SIGNED_BY_KITAHAMA }, NO_PARTNERS);
    expect(kinds(r)).toEqual(["salutation_mismatch"]);
  });

  test("the organisation's name reads as a domain in the thread's headers, and no recipient has it", () => {
    const body = "株式会社ミナトテック 田中様\n\nご確認ください。\n\n2026/12/01 10:00、田中 一郎 <ichiro@minatotech.co.jp>のメール:\n> よろしく\n";
    expect(kinds(run({ to: "sato@kitahama.co.jp", body }, NO_PARTNERS))).toEqual(["salutation_mismatch"]);
  });

  test("a learned name without a legal form is recognised in the salutation", () => {
    expect(kinds(run({ to: "sato@kitahama.co.jp", body: "ミナトテック 田中様\n\nお世話になっております。" + SIGNED_BY_MINATO }, NO_PARTNERS))).toEqual(["salutation_mismatch"]);
  });

  test("a configured partners list still wins over a signature", () => {
    // The policy says kitahama.co.jp is ミナトテック's too: the quoted signature cannot say otherwise.
    const r = run({ to: "sato@kitahama.co.jp", body: "株式会社ミナトテック 田中様\n\nお世話になっております。" + SIGNED_BY_MINATO }, { ...NO_PARTNERS, partners: { 株式会社ミナトテック: ["kitahama.co.jp"] } });
    expect(kinds(r)).toEqual([]);
  });

  // False alarms cost trust: each of these says nothing.
  test.each([
    ["the right organisation", { to: "ichiro@minatotech.co.jp", body: "株式会社ミナトテック 田中様\n\nお世話になっております。" + SIGNED_BY_MINATO }],
    ["様 after a person only", { to: "sato@kitahama.co.jp", body: "田中様\n\nお世話になっております。" + SIGNED_BY_MINATO }],
    ["御中 for an internal department", { to: "keiri@example.co.jp", cc: "sato@kitahama.co.jp", body: "経理部 御中\n\nご確認ください。" + SIGNED_BY_MINATO }],
    ["own company's department, an outside auditor in CC", { to: "keiri@example.co.jp", cc: "audit@kansa-partners.jp", body: "株式会社サンプル 経理部御中\n\nご確認ください。\n\n> 株式会社サンプル\n> 経理部 鈴木\n> keiri@example.co.jp\n" }],
    ["generic names", { to: "sato@kitahama.co.jp", body: "お客様各位\n\nご案内です。" + SIGNED_BY_MINATO }],
    ["関係者各位", { to: "sato@kitahama.co.jp", body: "関係者各位\n\nご案内です。" + SIGNED_BY_MINATO }],
    ["free-mail recipient", { to: "tanaka.ichiro@gmail.com", body: "株式会社ミナトテック 田中様\n\nお世話になっております。" + SIGNED_BY_MINATO }],
    ["an organisation tied to nothing", { to: "sato@kitahama.co.jp", body: "株式会社サンライズ 鈴木様\n\nお世話になっております。" }],
    ["a signature-learned organisation among the recipients", { to: "sato@kitahama.co.jp, ichiro@minatotech.co.jp", body: "株式会社ミナトテック 田中様\n\nお世話になっております。" + SIGNED_BY_MINATO }],
  ])("%s: nothing", (_label, d) => {
    expect(kinds(run(d, NO_PARTNERS))).toEqual([]);
  });
});

test("learning runs without String.prototype.matchAll (classic Outlook runs handlers on ES2016: Microsoft, 'Troubleshoot event-based and spam-reporting add-ins')", () => {
  const proto = String.prototype as unknown as Record<string, unknown>;
  const saved = proto.matchAll;
  delete proto.matchAll;
  try {
    expect(learnedOrganisations(SIGNED_BY_MINATO)).toEqual([{ name: "株式会社ミナトテック", domain: "minatotech.co.jp" }]);
  } finally {
    proto.matchAll = saved;
  }
});
