import { parsePolicy } from "../../../src/core/policy";
import { review, initialState, type MessageDraft } from "../../../src/core";
import { chooseEncryption, distinctArchiveName, noticeRecipients, planProtection } from "../../../src/core/protect-check/plan";
import { composePasswordNotice, formatSentAt, noticeLanguage } from "../../../src/core/notice/compose-notice";

function policy(input: object) {
  const r = parsePolicy(JSON.stringify(input));
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.policy;
}

const draft = (over: Partial<MessageDraft> = {}): MessageDraft => ({
  from: { name: "Taro", address: "taro@example.co.jp" },
  to: [{ name: "", address: "a@partner.co.jp" }],
  cc: [{ name: "", address: "b@legacy.jp" }, { name: "", address: "hanako@example.co.jp" }],
  bcc: [{ name: "", address: "hidden@partner.co.jp" }],
  subject: "件名",
  body: "本文",
  attachments: [
    { id: "1", name: "a.pdf", size: 10, kind: "file", isInline: false },
    { id: "2", name: "logo.png", size: 10, kind: "file", isInline: true },
    { id: "3", name: "link", size: 0, kind: "cloud", isInline: false },
  ],
  ...over,
});

const ext = (d: MessageDraft) => review({ draft: d, policy: policy({ internalDomains: ["example.co.jp"] }), state: initialState(), lang: "en" }).review.external;

test("ZipCrypto only when every external recipient's domain is listed", () => {
  const d = draft();
  const both = policy({ internalDomains: ["example.co.jp"], attachments: { encryption: "zipcrypto", zipcryptoDomains: ["partner.co.jp", "legacy.jp"] } });
  const one = policy({ internalDomains: ["example.co.jp"], attachments: { encryption: "zipcrypto", zipcryptoDomains: ["legacy.jp"] } });
  expect(chooseEncryption(both, ext(d))).toBe("zipcrypto");
  expect(chooseEncryption(one, ext(d))).toBe("aes256");
  expect(chooseEncryption(policy({ attachments: { encryption: "aes256", zipcryptoDomains: ["legacy.jp"] } }), ext(d))).toBe("aes256");
});

test("notice recipients: external To/CC, never BCC; the sender for passwordNotice.to=sender", () => {
  const d = draft();
  expect(noticeRecipients(d, policy({ internalDomains: ["example.co.jp"] }), ext(d))).toEqual(["a@partner.co.jp", "b@legacy.jp"]);
  expect(noticeRecipients(d, policy({ passwordNotice: { to: "sender" } }), ext(d))).toEqual(["taro@example.co.jp"]);
});

test("the plan: inline left silently, cloud reported, the file planned; a taken archive name gets -2", () => {
  const d = draft({ attachments: [...draft().attachments, { id: "4", name: "attachments.zip", size: 5, kind: "file", isInline: false }] });
  const plan = planProtection(d, policy({ internalDomains: ["example.co.jp"] }), ext(d), undefined);
  expect(plan.files.map((f) => f.name)).toEqual(["a.pdf", "attachments.zip"]);
  expect(plan.cloud.map((f) => f.name)).toEqual(["link"]);
  expect(plan.archiveName).toBe("attachments-2.zip");
  expect(distinctArchiveName("添付.zip", ["添付.zip", "添付-2.zip"])).toBe("添付-3.zip");
});

test("the review JSON gains protect_attachments and queue_password_notice", () => {
  const r = review({ draft: draft(), policy: policy({ internalDomains: ["example.co.jp"], passwordNotice: { delayMinutes: 5 } }), state: initialState(), lang: "ja" }).review;
  expect(r.actions).toContainEqual({ kind: "protect_attachments", archive: "attachments.zip", files: ["a.pdf"], encryption: "aes256" });
  expect(r.actions).toContainEqual({ kind: "queue_password_notice", to: ["a@partner.co.jp", "b@legacy.jp"], bcc: ["hidden@partner.co.jp"], delayMinutes: 5 });
  expect(r.verdict).toBe("confirm");
  expect(r.message).toContain("クラウド添付");
});

test("notice language: the sender's, or both when unsure; the time in the sender's zone", () => {
  expect(noticeLanguage("ja-JP", "お世話になっております")).toBe("ja");
  expect(noticeLanguage("en-US", "Hello")).toBe("en");
  expect(noticeLanguage("en-US", "お世話になっております")).toBe("both");
  expect(noticeLanguage("fr-FR", "Bonjour")).toBe("both");
  expect(formatSentAt(new Date("2026-05-04T01:15:00Z"), 540)).toBe("2026-05-04 10:15 (UTC+09:00)");
  expect(formatSentAt(new Date("2026-05-04T01:15:00Z"), -300)).toBe("2026-05-03 20:15 (UTC-05:00)");
});

test("the notice: subject, body naming subject/time/archive, the password, delay and expiry", () => {
  const n = composePasswordNotice({
    sentAt: new Date("2026-05-04T01:15:00Z"),
    delayMinutes: 10,
    to: ["a@partner.co.jp"],
    lang: "en",
    originalSubject: "Quote",
    archiveNames: ["attachments.zip"],
    password: "Abc23456Defg7890",
    utcOffsetMinutes: 0,
  });
  expect(n.subject).toBe("Password for the attachments: Quote");
  expect(n.body).toContain("Subject: Quote\nSent: 2026-05-04 01:15 (UTC+00:00)\nAttachment: attachments.zip\n\nPassword: Abc23456Defg7890");
  expect(n.subject).not.toContain("Abc23456Defg7890");
  expect(n.sendAt).toBe("2026-05-04T01:25:00.000Z");
  expect(n.expiresAt).toBe("2026-05-11T01:15:00.000Z");
  expect(n.id).toMatch(/^[0-9a-f]{32}$/);
});

test("an original is taken for one already archived only by id, name and size; a reused id with other content is not removed unzipped", () => {
  const memory = {
    password: "x",
    archives: [
      { name: "attachments.zip", id: "zip-1", size: 500, encryption: "aes256" as const, confirmed: true, members: [{ id: "7", name: "plan.docx", size: 1200, sha256: "ab" }] },
    ],
  };
  const attachments = [
    { id: "zip-1", name: "attachments.zip", size: 500, kind: "file" as const, isInline: false },
    { id: "7", name: "plan.docx", size: 1200, kind: "file" as const, isInline: false },
  ];
  const p = policy({ internalDomains: ["example.co.jp"] });
  const same = planProtection(draft({ attachments }), p, ext(draft()), memory);
  expect(same.leftovers.map((a) => a.id)).toEqual(["7"]);
  expect(same.files).toEqual([]);
  const changed = attachments.map((a) => (a.id === "7" ? { ...a, size: 1300 } : a));
  const other = planProtection(draft({ attachments: changed }), p, ext(draft()), memory);
  expect(other.leftovers).toEqual([]);
  expect(other.files.map((a) => a.id)).toEqual(["7"]);
});
