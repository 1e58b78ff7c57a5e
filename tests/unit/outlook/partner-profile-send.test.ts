/**
 * attachments.partners on the Send path (issue 12): the real OnMessageSend handler on the simulated
 * Outlook. zipcrypto: the archive is ZipCrypto (Info-ZIP unzip opens it), the password has the
 * partner's length, the notice follows after the partner's delay and says why; none: the files
 * leave as they are, no notice; block: the Send is blocked naming the partner, nothing changes.
 */
import type { Harness } from "./send-harness";
import { bytesOf, fileAttachment, memoryOf, PROTECT_POLICY, startProtectHarness, type TestFile } from "./protect-harness";
import { extractWithUnzip, pseudoRandomBytes, sameBytes } from "../../integration/protect/seven-zip";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const report: TestFile = { name: "見積書.pdf", bytes: pseudoRandomBytes(20_000, 3) };
const POLICY = {
  ...PROTECT_POLICY,
  personalData: { action: "off" },
  supervisor: { when: "never" },
  external: { confirm: false },
  attachments: {
    protect: "external",
    partners: {
      "minatotech.co.jp": { profile: "zipcrypto", passwordLength: 12, noticeDelayMinutes: 3 },
      "bank.example": { profile: "none" },
      "rival.example": { profile: "block" },
    },
  },
  passwordNotice: { delayMinutes: 10, to: "recipients" },
  misdirection: { partners: { 株式会社ミナトテック: ["minatotech.co.jp"] } },
};
const MAIL = { subject: "お見積り", displayLanguage: "ja-JP", attachments: [fileAttachment(report)] };

test("zipcrypto partner: a ZipCrypto archive Info-ZIP unzip opens with a 12-character password; alert and notice say why; notice 3 min later", async () => {
  h = startProtectHarness({ ...MAIL, to: ["yamada@minatotech.co.jp"] }, POLICY);
  const first = await h.send();
  expect(first.allowed).toBe(false);
  const text = first.options?.errorMessage ?? "";
  expect(text).toContain("暗号化ZIP「attachments.zip」(ZipCrypto)");
  expect(text).toContain("ミナトテック様はAES-256に対応していないため ZipCrypto を使用します。");
  const memory = memoryOf(h.mailbox)!;
  expect(memory.archives[0].encryption).toBe("zipcrypto");
  expect(memory.password).toMatch(/^[A-Za-z0-9]{12}$/);
  expect(text).not.toContain(memory.password);
  const x = extractWithUnzip(bytesOf(h.mailbox, "attachments.zip")[0], memory.password);
  expect(x.ok).toBe(true);
  expect(sameBytes(x.files.get(report.name), report.bytes)).toBe(true);
  expect(memory.notice?.body).toContain("暗号化方式: ZipCrypto（ミナトテック様はAES-256に対応していないため）");
  expect(Date.parse(memory.notice!.sendAt) - Date.parse(memory.notice!.createdAt)).toBe(3 * 60_000);

  const second = await h.send();
  expect(second.allowed).toBe(true);
  expect(second.sentMessage?.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
});

test("none partner: the file leaves as it is at the first Send, no archive, no password", async () => {
  h = startProtectHarness({ ...MAIL, to: ["kato@bank.example"] }, POLICY);
  const out = await h.send();
  expect(out.allowed).toBe(true);
  expect(out.sentMessage?.attachments.map((a) => a.name)).toEqual([report.name]);
  expect(sameBytes(bytesOf(h.mailbox, report.name)[0], report.bytes)).toBe(true);
  expect(memoryOf(h.mailbox)).toBeUndefined();
  expect(h.mailbox.calls.some((c) => c.call === "addFileAttachmentFromBase64Async")).toBe(false);
});

test("block partner among others: blocked at every Send with the partner and what to do; the file stays, nothing zipped", async () => {
  h = startProtectHarness({ ...MAIL, to: ["yamada@minatotech.co.jp"], cc: ["x@rival.example"], displayLanguage: "en-US" }, {
    ...POLICY,
    misdirection: { ...POLICY.misdirection, bccOmission: { action: "off" } },
  });
  for (let i = 0; i < 2; i++) {
    const out = await h.send();
    expect(out.allowed).toBe(false);
    const text = out.options?.errorMessage ?? "";
    expect(text).toContain("attachments must not go to rival.example (company policy). Remove the attachments, or take rival.example off the recipients");
    expect(text).toContain(`Attachments stopped: ${report.name}`);
  }
  expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual([report.name]);
  expect(memoryOf(h.mailbox)).toBeUndefined();
});

describe("the failure path (issue 10) and partner profiles", () => {
  test("block partner, even under protect=never: a check that keeps failing blocks every Send, the file never leaves", async () => {
    const policy = { ...POLICY, attachments: { ...POLICY.attachments, protect: "never" } };
    h = startProtectHarness({ ...MAIL, to: ["x@rival.example"] }, policy);
    for (let i = 0; i < 20; i++) h.mailbox.failNext("body.getAsync", "InternalServerError");
    for (let i = 0; i < 3; i++) expect((await h.send({ userChoice: "sendAnyway" })).allowed).toBe(false);
    expect(h.mailbox.sent).toHaveLength(0);
  });

  test("none partner: the file may leave as it is, so a failing check does not hold the message for good", async () => {
    h = startProtectHarness({ ...MAIL, to: ["kato@bank.example"] }, POLICY);
    for (let i = 0; i < 20; i++) h.mailbox.failNext("body.getAsync", "InternalServerError");
    expect((await h.send()).allowed).toBe(false);
    expect((await h.send()).allowed).toBe(true);
  });
});
