/**
 * attachments.partners (issue 12): the profile each message gets — per domain, mixes (strictest
 * wins), precedence over encryption/zipcryptoDomains, the per-profile password length and notice
 * delay — and what the alert and the notice say about it, in Japanese and English.
 */
import { parsePolicy } from "../../../src/core/policy";
import { review, initialState, type MessageDraft, type Language } from "../../../src/core";
import { planProtection } from "../../../src/core/protect-check/plan";
import { partnerEntryFor, resolveDeliveryProfile } from "../../../src/core/protect-check/partner-profile";
import { noticeProfileLine, partnerLabel } from "../../../src/core/protect-check/profile-messages";
import { composePasswordNotice } from "../../../src/core/notice/compose-notice";

function policy(input: object) {
  const r = parsePolicy(JSON.stringify(input));
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.policy;
}

const PARTNERS = {
  internalDomains: ["example.co.jp"],
  personalData: { action: "off" },
  external: { confirm: false },
  attachments: {
    password: { length: 16 },
    partners: {
      "minatotech.co.jp": { profile: "zipcrypto", passwordLength: 12, noticeDelayMinutes: 5 },
      "*.northbridge.example": { profile: "aes256", passwordLength: 24, noticeDelayMinutes: 30 },
      "northbridge.example": { profile: "zipcrypto" },
      "Bank.Example": { profile: "none" },
      "trust.example": { profile: "none" },
      "rival.example": { profile: "block" },
    },
  },
  passwordNotice: { delayMinutes: 10, delivery: "graph", graph: { clientId: "00000000-0000-0000-0000-000000000000" } },
  // Only this feature speaks: several partners in To would otherwise be a BCC omission.
  misdirection: { bccOmission: { action: "off" }, partners: { 株式会社ミナトテック: ["minatotech.co.jp"], "Northbridge Ltd.": ["northbridge.example"] } },
};
const P = policy(PARTNERS);

const draft = (to: string[], over: Partial<MessageDraft> = {}): MessageDraft => ({
  from: { name: "Taro", address: "taro@example.co.jp" },
  to: to.map((address) => ({ name: "", address })),
  cc: [],
  bcc: [],
  subject: "お見積り",
  body: "本文",
  attachments: [
    { id: "1", name: "見積書.pdf", size: 10, kind: "file", isInline: false },
    { id: "2", name: "logo.png", size: 10, kind: "file", isInline: true },
  ],
  ...over,
});

const run = (to: string[], lang: Language = "ja", p = P, over: Partial<MessageDraft> = {}) => review({ draft: draft(to, over), policy: p, state: initialState(), lang }).review;
const ext = (to: string[], p = P) => run(to, "en", p).external;

describe("which entry a domain takes", () => {
  test("exact beats wildcard; a wildcard covers subdomains only; case does not count", () => {
    expect(partnerEntryFor(P, "northbridge.example")).toBe("northbridge.example");
    expect(partnerEntryFor(P, "mail.northbridge.example")).toBe("*.northbridge.example");
    expect(partnerEntryFor(P, "BANK.example")).toBe("Bank.Example");
    expect(partnerEntryFor(P, "sub.minatotech.co.jp")).toBeUndefined();
    expect(partnerEntryFor(P, "other.example")).toBeUndefined();
  });
});

describe("the profile of a message", () => {
  test("one partner: its profile, its password length and notice delay override the global ones", () => {
    const p = resolveDeliveryProfile(P, ext(["yamada@minatotech.co.jp"]));
    expect(p).toMatchObject({ profile: "zipcrypto", source: "partner", decidedBy: ["minatotech.co.jp"], passwordLength: 12, noticeDelayMinutes: 5 });
    const plan = planProtection(draft(["yamada@minatotech.co.jp"]), P, ext(["yamada@minatotech.co.jp"]), undefined);
    expect(plan.applies).toBe(true);
    expect(plan.encryption).toBe("zipcrypto");
  });

  test("partners win over encryption/zipcryptoDomains for their domains; others keep the old fields", () => {
    const old = policy({ ...PARTNERS, attachments: { ...PARTNERS.attachments, encryption: "zipcrypto", zipcryptoDomains: ["minatotech.co.jp", "legacy.jp"] } });
    // zipcryptoDomains lists minatotech, but its entry says zipcrypto anyway; legacy.jp keeps ZipCrypto from the old fields.
    expect(resolveDeliveryProfile(old, ext(["a@legacy.jp"], old))).toMatchObject({ profile: "zipcrypto", source: "policy" });
    const aesPartner = policy({ ...PARTNERS, attachments: { encryption: "zipcrypto", zipcryptoDomains: ["minatotech.co.jp"], partners: { "minatotech.co.jp": { profile: "aes256" } } } });
    expect(resolveDeliveryProfile(aesPartner, ext(["a@minatotech.co.jp"], aesPartner))).toMatchObject({ profile: "aes256", source: "partner" });
    // No partners at all: exactly as before.
    const none = policy({ internalDomains: ["example.co.jp"] });
    expect(resolveDeliveryProfile(none, ext(["a@minatotech.co.jp"], none))).toMatchObject({ profile: "aes256", source: "policy", matched: [] });
  });

  test("mixes: the strictest wins — block > aes256 > zipcrypto > none", () => {
    const mix = (to: string[]) => resolveDeliveryProfile(P, ext(to));
    expect(mix(["a@minatotech.co.jp", "b@mail.northbridge.example"])).toMatchObject({ profile: "aes256", decidedBy: ["mail.northbridge.example"], passwordLength: 24, noticeDelayMinutes: 30 });
    expect(mix(["a@minatotech.co.jp", "b@bank.example"])).toMatchObject({ profile: "zipcrypto", decidedBy: ["minatotech.co.jp"] });
    expect(mix(["a@minatotech.co.jp", "b@rival.example"])).toMatchObject({ profile: "block", decidedBy: ["rival.example"] });
    expect(mix(["a@minatotech.co.jp", "b@rival.example"]).overridden.map((m) => m.domain)).toEqual(["minatotech.co.jp"]);
  });

  test("none only when EVERY external recipient is none; a recipient without an entry gets the standard AES-256", () => {
    expect(resolveDeliveryProfile(P, ext(["a@bank.example", "b@trust.example"]))).toMatchObject({ profile: "none", decidedBy: ["bank.example", "trust.example"] });
    const withOther = resolveDeliveryProfile(P, ext(["a@bank.example", "b@other.example"]));
    expect(withOther).toMatchObject({ profile: "aes256", source: "policy", policyDomains: ["other.example"], passwordLength: 16, noticeDelayMinutes: 10 });
    expect(withOther.overridden.map((m) => m.domain)).toEqual(["bank.example"]);
  });

  test("two partners with the same winning profile: the longer password and the longer delay", () => {
    const two = policy({ ...PARTNERS, attachments: { partners: { "a.example": { profile: "zipcrypto", passwordLength: 20, noticeDelayMinutes: 1 }, "b.example": { profile: "zipcrypto", passwordLength: 10, noticeDelayMinutes: 60 } } } });
    expect(resolveDeliveryProfile(two, ext(["x@a.example", "y@b.example"], two))).toMatchObject({ passwordLength: 20, noticeDelayMinutes: 60 });
  });
});

describe("the review and its alert", () => {
  test("zipcrypto: the action carries the profile, the notice delay is the partner's, the alert says why (ja)", () => {
    const r = run(["yamada@minatotech.co.jp"]);
    expect(r.actions).toContainEqual({
      kind: "protect_attachments",
      archive: "attachments.zip",
      files: ["見積書.pdf"],
      encryption: "zipcrypto",
      profile: { profile: "zipcrypto", source: "partner", decidedBy: ["minatotech.co.jp"], overridden: [], passwordLength: 12, noticeDelayMinutes: 5 },
    });
    expect(r.actions).toContainEqual(expect.objectContaining({ kind: "queue_password_notice", delayMinutes: 5 }));
    expect(r.message).toContain("ミナトテック様はAES-256に対応していないため ZipCrypto を使用します。");
    expect(r.message).toContain("送信の 5 分後");
    expect(r.verdict).toBe("confirm");
  });

  test("zipcrypto in English names the organisation as written", () => {
    expect(run(["yamada@minatotech.co.jp"], "en").message).toContain("ZipCrypto is used because 株式会社ミナトテック cannot open AES-256.");
  });

  test("a mix says which partner forced the stricter profile and whose gave way", () => {
    const ja = run(["a@minatotech.co.jp", "b@mail.northbridge.example"]).message;
    expect(ja).toContain("Northbridge Ltd.様の受信設定が AES-256 のため、AES-256 を使用します。");
    expect(ja).toContain("ミナトテック様の設定（ZipCrypto）より厳しい設定が優先されます。");
    const en = run(["a@minatotech.co.jp", "b@mail.northbridge.example"], "en").message;
    expect(en).toContain("AES-256 is used: Northbridge Ltd. receive attachments in AES-256.");
    expect(en).toContain("株式会社ミナトテック's setting (ZipCrypto) gives way to the stricter one.");
  });

  test("none: no archive, no notice, no alert; the review says the files go as they are", () => {
    const r = run(["a@bank.example", "b@trust.example"]);
    expect(r.verdict).toBe("allow");
    expect(r.actions.filter((a) => a.kind === "protect_attachments" || a.kind === "queue_password_notice")).toEqual([]);
    expect(r.actions).toContainEqual({
      kind: "send_attachments_as_is",
      files: ["見積書.pdf"],
      profile: { profile: "none", source: "partner", decidedBy: ["bank.example", "trust.example"], overridden: [], passwordLength: 16, noticeDelayMinutes: 10 },
    });
    expect(planProtection(draft(["a@bank.example"]), P, ext(["a@bank.example"]), undefined).applies).toBe(false);
  });

  test("block: the Send is blocked with the partner named and what to do (ja/en), whatever attachments.protect says", () => {
    const ja = run(["a@minatotech.co.jp", "b@rival.example"]);
    expect(ja.verdict).toBe("block");
    expect(ja.actions).toContainEqual(expect.objectContaining({ kind: "refuse_attachments", files: ["見積書.pdf"] }));
    expect(ja.actions.some((a) => a.kind === "protect_attachments")).toBe(false);
    expect(ja.message).toContain("rival.exampleには添付ファイルを送らない設定のため、送信できません。添付を外すか、rival.exampleを宛先から外して別のメールにしてください。");
    expect(ja.message).toContain("止めた添付: 見積書.pdf");
    const en = run(["b@rival.example"], "en", policy({ ...PARTNERS, attachments: { ...PARTNERS.attachments, protect: "never" } }));
    expect(en.verdict).toBe("block");
    expect(en.message).toContain("attachments must not go to rival.example (company policy). Remove the attachments, or take rival.example off the recipients");
  });

  test("block without attachments (an inline logo only) sends as usual", () => {
    const r = run(["b@rival.example"], "ja", P, { attachments: [{ id: "2", name: "logo.png", size: 10, kind: "file", isInline: true }] });
    expect(r.verdict).toBe("allow");
    expect(r.actions).toEqual([]);
  });
});

describe("names and the notice", () => {
  test("misdirection.partners names become 「…様」 without the legal form; else the domain", () => {
    expect(partnerLabel("ja", P, "minatotech.co.jp")).toBe("ミナトテック様");
    expect(partnerLabel("en", P, "minatotech.co.jp")).toBe("株式会社ミナトテック");
    expect(partnerLabel("ja", P, "rival.example")).toBe("rival.example");
  });

  test("the password notice says which profile applied, in each of its languages", () => {
    const p = resolveDeliveryProfile(P, ext(["yamada@minatotech.co.jp"]));
    const n = composePasswordNotice({
      sentAt: new Date("2026-05-04T01:15:00Z"),
      delayMinutes: p.noticeDelayMinutes,
      to: ["yamada@minatotech.co.jp"],
      lang: "both",
      originalSubject: "お見積り",
      archiveNames: ["attachments.zip"],
      password: "Abc23456Defg",
      utcOffsetMinutes: 540,
      profileLine: { ja: noticeProfileLine("ja", P, p), en: noticeProfileLine("en", P, p) },
    });
    expect(n.body).toContain("添付ファイル: attachments.zip\n暗号化方式: ZipCrypto（ミナトテック様はAES-256に対応していないため）\n");
    expect(n.body).toContain("Attachment: attachments.zip\nEncryption: ZipCrypto (株式会社ミナトテック cannot open AES-256)\n");
    expect(n.sendAt).toBe("2026-05-04T01:20:00.000Z");
    // No partner decided: no such line, as before.
    expect(noticeProfileLine("ja", P, resolveDeliveryProfile(P, ext(["a@other.example"])))).toBeUndefined();
  });
});
