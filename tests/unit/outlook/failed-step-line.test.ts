/**
 * A step that fails at Send is named as itself in the alert: "the attachments could not be
 * encrypted" only when encryption is what failed. A fault is injected at the Office.js call each
 * step makes (the supervisor's bcc/cc.addAsync, the BCC move, the archive's
 * addFileAttachmentFromBase64Async, the password's sessionData.setAsync, the record's
 * sessionData.getAllAsync/getAsync), in Japanese and English. A failed addAsync is an ordinary
 * answer: "If adding the recipients fails, the asyncResult.error property will contain an error
 * code" (https://learn.microsoft.com/javascript/api/outlook/office.recipients, addAsync).
 */
import type { Harness } from "./send-harness";
import { addresses } from "./send-harness";
import { bytesOf, fileAttachment, PROTECT_POLICY, startProtectHarness, type TestFile } from "./protect-harness";
import { protectMessages, pt } from "../../../src/core/protect-check/messages";
import { messages } from "../../../src/core/i18n/messages";
import { misdirectionText } from "../../../src/core/misdirection";
import { sameBytes } from "../../integration/protect/seven-zip";
import type { ApiCallName, SendOutcome } from "../../../src/playground/simulated-outlook";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const report: TestFile = { name: "見積書.pdf", bytes: new TextEncoder().encode("%PDF-1.4 見積".repeat(50)) };
const SUPERVISOR = "compliance@example.co.jp";
/** The supervisor is the only thing this policy asks for besides protection. */
const SUPERVISED = (field: "cc" | "bcc") => ({ ...PROTECT_POLICY, personalData: { action: "off" }, external: { confirm: false }, supervisor: { address: SUPERVISOR, field, when: "external" } });
const LANGS = [
  ["ja", "ja-JP"],
  ["en", "en-US"],
] as const;
/** Any word about encryption, in either language. */
const ENCRYPTION = /暗号|encrypt|ZIP/i;
/** English technical words that must never reach a Japanese alert. */
const TECHNICAL = /failed|error|async|InternalServerError/i;

function text(out: SendOutcome): string {
  return out.options?.errorMessage ?? "";
}

function lastReviewDetail(hh: Harness): string {
  const raw = hh.mailbox.item.sessionData.get("outboundGuard.state");
  return raw ? (JSON.parse(raw).lastReview?.detail ?? "") : "";
}

/** Every call of `call` fails with an ordinary Outlook error, until the returned function is called. */
function failEvery(hh: Harness, call: ApiCallName): () => void {
  const kernel = hh.mailbox.kernel as { call: (...a: unknown[]) => void };
  const original = kernel.call;
  let on = true;
  kernel.call = (...args: unknown[]) => {
    if (on && args[0] === call) hh.mailbox.failNext(call, "InternalServerError");
    return original.apply(kernel, args);
  };
  return () => void (on = false);
}

describe.each(LANGS)("%s (%s)", (lang, displayLanguage) => {
  const m = messages[lang];

  test("the supervisor cannot be added to BCC while a file must be encrypted: blocked, and the line says the supervisor was not added and to add them or try again — nothing about encryption", async () => {
    h = startProtectHarness({ to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage, attachments: [fileAttachment(report)] }, SUPERVISED("bcc"));
    h.mailbox.failNext("bcc.addAsync", "InternalServerError");
    const out = await h.send({ userChoice: "sendAnyway" });
    expect(out.allowed).toBe(false);
    expect(out.options?.sendModeOverride).toBeUndefined();
    expect(text(out)).toBe(m.supervisorNotAddedBlock({ address: SUPERVISOR, field: "bcc" }));
    expect(text(out)).toContain(SUPERVISOR);
    expect(text(out)).not.toMatch(ENCRYPTION);
    if (lang === "ja") expect(text(out)).not.toMatch(TECHNICAL);
    // Nothing was zipped and nobody added; the reason is for IT, in the task pane.
    expect(sameBytes(bytesOf(h.mailbox, report.name)[0], report.bytes)).toBe(true);
    expect(addresses(h.mailbox.item.bcc)).toEqual([]);
    expect(lastReviewDetail(h)).toContain("bcc.addAsync");
    // Outlook answers again: the supervisor is added, the file zipped, and the message leaves.
    for (let i = 0; i < 3 && h.mailbox.sent.length === 0; i++) await h.send();
    expect(h.mailbox.sent).toHaveLength(1);
    expect(addresses(h.mailbox.sent[0].bcc)).toEqual([SUPERVISOR]);
    expect(h.mailbox.sent[0].attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
  });

  test("the supervisor cannot be added to CC on a mail without files: the line says so, offers to add them or try again, and that a second failure sends without them — which it does", async () => {
    h = startProtectHarness({ to: ["suzuki@partner.co.jp"], subject: "ご連絡", displayLanguage }, SUPERVISED("cc"));
    const stop = failEvery(h, "cc.addAsync");
    const first = await h.send();
    expect(first.allowed).toBe(false);
    expect(first.options?.sendModeOverride).toBe("promptUser");
    expect(text(first)).toBe(m.supervisorNotAdded({ address: SUPERVISOR, field: "cc" }));
    expect(text(first)).toContain("CC");
    expect(text(first)).not.toMatch(ENCRYPTION);
    expect(text(first)).not.toContain(m.handlerFailedPlain);
    const second = await h.send();
    expect(second.allowed).toBe(true);
    expect(addresses(h.mailbox.sent[0].cc)).toEqual([]);
    stop();
  });

  test("the user adds the supervisor themselves after the failure: the next Send adds nobody and goes", async () => {
    h = startProtectHarness({ to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage, attachments: [fileAttachment(report)] }, SUPERVISED("bcc"));
    const stop = failEvery(h, "bcc.addAsync");
    expect((await h.send()).allowed).toBe(false);
    h.mailbox.item.bcc.push({ emailAddress: SUPERVISOR, displayName: SUPERVISOR, recipientType: "user" } as Office.EmailAddressDetails);
    for (let i = 0; i < 3 && h.mailbox.sent.length === 0; i++) await h.send();
    expect(h.mailbox.sent).toHaveLength(1);
    expect(addresses(h.mailbox.sent[0].bcc)).toEqual([SUPERVISOR]);
    stop();
  });

  test("the BCC move cannot finish while a file must be encrypted: the move's line, and no line about a ZIP that was not made; the next Send announces it", async () => {
    const policy = { ...PROTECT_POLICY, personalData: { action: "off" }, external: { confirm: false }, supervisor: { when: "never" }, misdirection: { bccOmission: { action: "fix" } } };
    h = startProtectHarness({ to: ["a@alpha.co.jp", "b@beta.co.jp", "c@gamma.com"], subject: "ご案内", displayLanguage, attachments: [fileAttachment(report)] }, policy);
    h.mailbox.failNext("bcc.addAsync", "InternalServerError");
    const out = await h.send();
    expect(out.allowed).toBe(false);
    expect(out.options?.sendModeOverride).toBeUndefined();
    expect(text(out)).toContain(misdirectionText(lang, "moveFailed"));
    expect(text(out)).not.toMatch(ENCRYPTION);
    if (lang === "ja") expect(text(out)).not.toMatch(TECHNICAL);
    expect(lastReviewDetail(h)).toContain("bcc.addAsync");
    expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual([report.name]);
    const second = await h.send();
    expect(text(second)).toContain(protectMessages[lang].plan({ archive: "attachments.zip", encryption: "AES-256", files: report.name }));
  });

  test.each([
    ["addFileAttachmentFromBase64Async", "failed"],
    ["sessionData.setAsync", "passwordUnsaved"],
  ] as const)("%s fails (the archive, the password's save): the protect step's own line — encryption is what failed — and no supervisor line", async (call, key) => {
    h = startProtectHarness({ to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage, attachments: [fileAttachment(report)] }, SUPERVISED("bcc"));
    h.mailbox.failNext(call, "InternalServerError");
    const out = await h.send();
    expect(out.allowed).toBe(false);
    expect(text(out)).toContain(pt(lang, key));
    expect(text(out)).not.toContain(m.supervisorNotAddedBlock({ address: SUPERVISOR, field: "bcc" }));
  });

  test("the message's record cannot be read while a file is on it: the record's line, not 'could not be encrypted'", async () => {
    h = startProtectHarness({ to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage, attachments: [fileAttachment(report)] }, SUPERVISED("bcc"));
    const stopAll = failEvery(h, "sessionData.getAllAsync");
    const stopOne = failEvery(h, "sessionData.getAsync");
    const out = await h.send();
    expect(out.allowed).toBe(false);
    expect(text(out)).toBe(m.stateUnreadableBlock);
    expect(text(out)).not.toContain(m.attachmentsUnprotectedBlock);
    stopAll();
    stopOne();
  });
});
