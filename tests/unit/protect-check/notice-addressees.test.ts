/**
 * Who gets the password notice, and in which field: external recipients in To/CC visibly, those in
 * BCC (or moved there by the BCC-omission fix) in BCC — never shown to each other — and every
 * reader of a notice (the CLI's password-notice.eml, the task pane's new-message form) keeps BCC.
 */
import { parsePolicy } from "../../../src/core/policy";
import { review, initialState, type MessageDraft } from "../../../src/core";
import { noticeAddressees } from "../../../src/core/protect-check/plan";
import { composePasswordNotice } from "../../../src/core/notice/compose-notice";
import { composeNoticeEml } from "../../../src/cli/outgoing-eml";
import { openPasswordEmail } from "../../../src/taskpane/new-message";
import { entryFromNotice, isPasswordNotice, parseEntry } from "../../../src/notices";

function policy(input: object) {
  const r = parsePolicy(JSON.stringify(input));
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.policy;
}
const P = policy({ internalDomains: ["example.co.jp"] });
const box = (address: string) => ({ name: "", address });
const draft = (to: string[], cc: string[], bcc: string[]): MessageDraft => ({
  from: box("taro@example.co.jp"),
  to: to.map(box),
  cc: cc.map(box),
  bcc: bcc.map(box),
  subject: "s",
  body: "b",
  attachments: [],
});
const ext = (d: MessageDraft) => review({ draft: d, policy: P, state: initialState(), lang: "en" }).review.external;

test("external BCC recipients get it in BCC; visible ones in To; internal ones not at all", () => {
  const d = draft(["a@orga.com"], ["hanako@example.co.jp"], ["b@orgb.com", "c@orgc.com"]);
  expect(noticeAddressees(d, P, ext(d))).toEqual({ to: ["a@orga.com"], bcc: ["b@orgb.com", "c@orgc.com"] });
});

test("recipients being moved to BCC count as BCC; nobody visible left: the sender is in To", () => {
  const d = draft(["a@orga.com", "b@orgb.com"], [], []);
  expect(noticeAddressees(d, P, ext(d), ["A@orga.com", "b@orgb.com"])).toEqual({ to: ["taro@example.co.jp"], bcc: ["a@orga.com", "b@orgb.com"] });
  const after = draft(["taro@example.co.jp"], [], ["a@orga.com", "b@orgb.com"]);
  expect(noticeAddressees(after, P, ext(after))).toEqual({ to: ["taro@example.co.jp"], bcc: ["a@orga.com", "b@orgb.com"] });
});

test("an address both visible and in BCC is named once, visibly; to=sender ignores everyone else", () => {
  const d = draft(["a@orga.com"], [], ["a@orga.com", "b@orgb.com"]);
  expect(noticeAddressees(d, P, ext(d))).toEqual({ to: ["a@orga.com"], bcc: ["b@orgb.com"] });
  const s = policy({ internalDomains: ["example.co.jp"], passwordNotice: { to: "sender" } });
  expect(noticeAddressees(d, s, ext(d))).toEqual({ to: ["taro@example.co.jp"], bcc: [] });
});

const notice = composePasswordNotice({
  sentAt: new Date("2026-05-04T01:15:00Z"),
  delayMinutes: 10,
  to: ["taro@example.co.jp"],
  bcc: ["a@orga.com", "b@orgb.com"],
  lang: "en",
  originalSubject: "Quote",
  archiveNames: ["attachments.zip"],
  password: "Abc23456Defg7890",
  utcOffsetMinutes: 0,
});

test("the notice and its queue entry keep BCC; a malformed bcc is refused", () => {
  expect(notice.bcc).toEqual(["a@orga.com", "b@orgb.com"]);
  expect(isPasswordNotice(notice)).toBe(true);
  expect(isPasswordNotice({ ...notice, bcc: "a@orga.com" })).toBe(false);
  const entry = entryFromNotice(notice, "pending", "2026-05-04T01:15:00.000Z");
  expect(parseEntry(JSON.stringify(entry))?.bcc).toEqual(["a@orga.com", "b@orgb.com"]);
  expect(parseEntry(JSON.stringify({ ...entry, bcc: [1] }))).toBeUndefined();
});

test("password-notice.eml names the BCC recipients in a Bcc header, not in To", async () => {
  const eml = (await composeNoticeEml(notice, box("taro@example.co.jp"))).toString("utf8");
  expect(eml).toMatch(/^To: taro@example\.co\.jp\r?$/m);
  expect(eml).toMatch(/^Bcc: a@orga\.com, b@orgb\.com\r?$/m);
});

test("Create password email opens the form with bccRecipients", async () => {
  const calls: object[] = [];
  const mailbox = { displayNewMessageForm: (p: object) => void calls.push(p) };
  expect(await openPasswordEmail(mailbox, entryFromNotice(notice, "pending", "2026-05-04T01:15:00.000Z"))).toBe(true);
  expect(calls[0]).toMatchObject({ toRecipients: ["taro@example.co.jp"], bccRecipients: ["a@orga.com", "b@orgb.com"] });
});
