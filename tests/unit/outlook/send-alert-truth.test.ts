/**
 * The Send alert says only what is true and what the user must do (playground review): a failed
 * archive is not announced as made, a failed step is named as itself, and a manual password
 * email is asked for on every path. Each test reads the alert's lines, in Japanese and English.
 */
import type { Harness } from "./send-harness";
import { fileAttachment, PROTECT_POLICY, startProtectHarness, type TestFile } from "./protect-harness";
import { protectMessages, pt } from "../../../src/core/protect-check/messages";
import { messages } from "../../../src/core/i18n/messages";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const report: TestFile = { name: "見積書.pdf", bytes: new TextEncoder().encode("%PDF-1.4 見積".repeat(50)) };
const QUIET = { ...PROTECT_POLICY, personalData: { action: "off" }, supervisor: { when: "never" }, external: { confirm: false } };
const LANGS = [
  ["ja", "ja-JP"],
  ["en", "en-US"],
] as const;

function lines(options: { errorMessage?: string } | undefined): string[] {
  return (options?.errorMessage ?? "").split("\n");
}

function start(displayLanguage: string, policy: object = QUIET): Harness {
  return startProtectHarness({ to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage, attachments: [fileAttachment(report)] }, policy);
}

describe("no archive could be made: the alert does not announce one", () => {
  test.each(
    LANGS.flatMap(([lang, display]) => [
      [lang, display, "addFileAttachmentFromBase64Async", "failed"],
      [lang, display, "sessionData.setAsync", "passwordUnsaved"],
    ] as const),
  )("%s (%s): %s fails: the failure line, what to do, and no plan or password line; the next Send announces the archive", async (lang, display, call, key) => {
    h = start(display);
    h.mailbox.failNext(call, "InternalServerError");
    const first = await h.send();
    expect(first.allowed).toBe(false);
    const m = protectMessages[lang];
    expect(lines(first.options)).toEqual([messages[lang].headerBlock, pt(lang, key), pt(lang, "keepsFailing"), messages[lang].footerBlock]);
    // The plan was never seen: the Send that makes the archive says so (and where the password goes).
    const second = await h.send();
    expect(second.allowed).toBe(false);
    expect(lines(second.options)).toEqual(
      expect.arrayContaining([m.plan({ archive: "attachments.zip", encryption: "AES-256", files: report.name }), pt(lang, "passwordFollowsManual")]),
    );
    await h.send();
    expect(h.mailbox.sent.map((s) => s.attachments.map((a) => a.name))).toEqual([["attachments.zip"]]);
  });
});
