import { orgKnowledge } from "../../../src/core/misdirection/organisations";
import { attachmentOrganisation, salutationOrganisations } from "../../../src/core/misdirection/salutation";
import { nameMatchesDomain } from "../../../src/core/misdirection/transliterate";
import { kinds, policyOf, run } from "./helpers";

const K = orgKnowledge(policyOf());
const names = (text: string) => salutationOrganisations(text, K).map((o) => o.name);

describe("salutation parsing", () => {
  test.each([
    ["株式会社ミナトテック 山田様\n\nお世話になっております。", ["株式会社ミナトテック"]],
    ["ミナトテック株式会社 御中\n", ["ミナトテック株式会社"]],
    ["(株)ミナトテック\n営業部 山田様\n", ["(株)ミナトテック"]],
    ["㈱ミナトテック 営業部 部長 山田様", ["(株)ミナトテック"]],
    ["株式会社ミナトテック\n山田 太郎 様\n", ["株式会社ミナトテック"]],
    ["株式会社ミナトテックの山田様", ["株式会社ミナトテック"]],
    ["ミナトテック 山田様", ["ミナトテック"]], // a partner the policy names, without a legal form
    ["Dear Mr. Smith of Northbridge,", ["Northbridge"]],
    ["Hello Northbridge team,", ["Northbridge"]],
    // Hard negatives: a person only, or no salutation at all.
    ["山田様\n\nお世話になっております。", []],
    ["山田 太郎 様", []],
    ["ジョン スミス様", []],
    ["営業部 御中", []],
    ["皆様\n", []],
    ["お世話になっております。株式会社サンプルの山田です。", []],
    ["株式会社サンプルの山田です。\n本日はありがとうございました。", []],
    ["Dear all,", []],
    ["Dear Team,", []],
    ["Dear Mr. Smith of the sales department,", []],
    ["Hi John,", []],
    ["お世話になっております。\n\n\n\n\n株式会社ミナトテック 山田様 にもよろしくお伝えください。", []],
  ])("%j → %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test.each([
    ["見積書_ミナトテック様.pdf", "ミナトテック"],
    ["【株式会社北浜商事御中】提案書.pptx", "株式会社北浜商事"],
    ["請求書_アルファ御中.xlsx", "アルファ"],
    ["見積書_山田様.pdf", undefined],
    ["議事録_20240501.docx", undefined],
    ["見積書_営業部御中.pdf", undefined],
    ["ジョンソン様_資料.pdf", undefined],
  ])("attachment %s → %s", (file, expected) => {
    expect(attachmentOrganisation(file, K)?.name).toBe(expected);
  });
});

describe("name ↔ domain", () => {
  test.each([
    ["ミナトテック", "minatotech.co.jp", true],
    ["ミナトテック", "minato-tech.jp", true],
    ["ノースブリッジ", "northbridge.com", true],
    ["Northbridge", "mail.northbridge-capital.com", true],
    ["サンライズ", "sunrise-sys.co.jp", true],
    ["ジャパンシステムズ", "japan-systems.jp", true],
    ["ミナトテック", "kitahama.co.jp", false],
    ["サンライズ", "gmail.com", false],
  ])("%s ~ %s: %s", (name, domain, expected) => {
    expect(nameMatchesDomain(name, domain)).toBe(expected);
  });
});

describe("salutation mismatch check", () => {
  test("a partner's salutation, sent to another partner's people", () => {
    const r = run({ to: "sato@kitahama.co.jp", body: "株式会社ミナトテック 山田様\n\nお世話になっております。" }, {}, { lang: "ja" });
    expect(r.review.findings).toEqual([{ kind: "salutation_mismatch", organisation: "株式会社ミナトテック", where: "body", recipientDomains: ["kitahama.co.jp"] }]);
    expect(r.review.message).toContain("宛名「株式会社ミナトテック」に当たる宛先がありません (宛先: kitahama.co.jp)");
    expect(run({ to: "sato@kitahama.co.jp", body: "株式会社ミナトテック 山田様" }, {}, { confirmed: r.state.confirmed }).review.verdict).toBe("allow");
  });

  test("a partner's salutation sent to an unknown domain that does not read like it", () => {
    expect(kinds(run({ to: "yamada@mtc-global.com", body: "ミナトテック株式会社 御中\n" }))).toEqual(["salutation_mismatch"]);
  });

  test("an organisation not in the policy, sent to a known other partner", () => {
    const r = run({ to: "sato@kitahama.co.jp", body: "株式会社サンライズ 鈴木様\n" });
    expect(r.review.findings).toEqual([expect.objectContaining({ kind: "salutation_mismatch", organisation: "株式会社サンライズ" })]);
  });

  test("an attachment named for another organisation", () => {
    const r = run({ to: "sato@kitahama.co.jp", body: "北浜商事株式会社 佐藤様\n", attachments: ["見積書_ミナトテック様.pdf"] }, {}, { lang: "en" });
    expect(r.review.findings).toEqual([expect.objectContaining({ kind: "salutation_mismatch", organisation: "ミナトテック", where: "attachment-name:見積書_ミナトテック様.pdf" })]);
    expect(r.review.message).toContain('Attachment 見積書_ミナトテック様.pdf names "ミナトテック"');
  });

  test("English: Dear Mr. Smith of Northbridge, sent to another partner", () => {
    expect(kinds(run({ to: "sato@kitahama.co.jp", body: "Dear Mr. Smith of Northbridge,\n\nPlease see below." }))).toEqual(["salutation_mismatch"]);
  });

  // Hard negatives: when unsure, say nothing.
  test.each([
    ["the partner's own domain", { to: "yamada@minatotech.co.jp", body: "株式会社ミナトテック 山田様" }],
    ["the partner's second domain", { to: "yamada@minatotech.com", body: "(株)ミナトテック 山田様" }],
    ["an unknown organisation whose name reads like the domain", { to: "suzuki@sunrise-sys.co.jp", body: "株式会社サンライズ 鈴木様" }],
    ["Latin name in the domain", { to: "john@northbridge-capital.com", body: "Dear Mr. Smith of Northbridge," }],
    ["an unknown organisation and an unknown domain", { to: "suzuki@abc-holdings.jp", body: "株式会社サンライズ 鈴木様" }],
    ["a kanji organisation sent to a free-mail address", { to: "suzuki@gmail.com", body: "北浜商事株式会社 鈴木様" }],
    ["様 after a person's name only", { to: "sato@kitahama.co.jp", body: "山田様\n\nお世話になっております。" }],
    ["internal mail with a client's salutation (a draft for review)", { to: "hanako@example.co.jp", body: "株式会社ミナトテック 山田様\n\n(下書きです)" }],
    ["the right organisation among several recipients", { to: "sato@kitahama.co.jp, yamada@minatotech.co.jp", body: "株式会社ミナトテック 山田様" }],
    ["a company name that is also a common word, inside the text", { to: "sato@kitahama.co.jp", body: "北浜商事株式会社 佐藤様\n\nサンライズの時刻に出発します。株式会社ミナトテックの件も。" }],
    ["a salutation inside the quoted text", { to: "sato@kitahama.co.jp", body: "北浜商事株式会社 佐藤様\n\n了解です。\n\n> 株式会社ミナトテック 山田様\n> よろしく" }],
  ])("%s: nothing", (_label, d) => {
    expect(kinds(run(d, { bccOmission: { action: "off" } }))).toEqual([]);
  });

  test("a confirmed organisation ↔ domain (folded into partners) belongs", () => {
    expect(kinds(run({ to: "yamada@mtc-global.com", body: "ミナトテック株式会社 御中" }, { partners: { 株式会社ミナトテック: ["minatotech.co.jp"], ミナトテック: ["mtc-global.com"] } }))).toEqual([]);
  });

  test("off", () => {
    expect(kinds(run({ to: "sato@kitahama.co.jp", body: "株式会社ミナトテック 山田様" }, { salutationMismatch: "off" }))).toEqual([]);
  });
});
