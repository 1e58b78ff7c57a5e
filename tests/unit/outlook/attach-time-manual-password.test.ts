/**
 * Attach-time protection (files replaced by the encrypted ZIP when attached, Mailbox 1.11
 * OnMessageAttachmentsChanged) with the default passwordNotice.delivery "manual": nobody sends the
 * password email but the user. The Send-time path says so in its alert (passwordFollowsManual);
 * the Send that only verifies an archive made at attach time must say it too — once per message,
 * with the time to send it after, and never the password. Japanese and English.
 */
import type { Harness } from "./send-harness";
import { memoryOf, PROTECT_POLICY, startProtectHarness, type TestFile } from "./protect-harness";
import { attach, setTo } from "./attach-harness";
import { protectMessages } from "../../../src/core/protect-check/messages";
import { pseudoRandomBytes } from "../../integration/protect/seven-zip";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const report: TestFile = { name: "見積書.pdf", bytes: pseudoRandomBytes(12_000, 5) };
const QUIET = { ...PROTECT_POLICY, personalData: { action: "off" }, supervisor: { when: "never" }, external: { confirm: false } };
const CONFIRMING = { ...PROTECT_POLICY, personalData: { action: "off" }, supervisor: { when: "never" }, external: { confirm: true } };
const LANGS = [
  ["ja", "ja-JP"],
  ["en", "en-US"],
] as const;

function alertOf(out: { options?: { errorMessage?: string } }): string {
  return out.options?.errorMessage ?? "";
}

describe.each(LANGS)("%s (%s)", (lang, displayLanguage) => {
  const reminder = protectMessages[lang].passwordManualReminder({ archives: "attachments.zip", minutes: 10 });

  test("the first Send after attach-time protection stops once and says the user sends the password email, and after how long; the next Send goes", async () => {
    h = startProtectHarness({ to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage }, QUIET);
    await attach(h, report);
    expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
    const first = await h.send();
    expect(first.allowed).toBe(false);
    expect(alertOf(first)).toContain(reminder);
    expect(reminder).toMatch(lang === "ja" ? /自動では送信されません/ : /not sent automatically/);
    expect(reminder).toMatch(lang === "ja" ? /［パスワードのメールを作成］/ : /Create password email/);
    expect(reminder).toMatch(lang === "ja" ? /10 分/ : /10 min/);
    // The password never in the alert.
    expect(alertOf(first)).not.toContain(memoryOf(h.mailbox)!.password);
    // "Send anyway" would leave the notice held: only Send again.
    expect(first.options?.sendModeOverride).toBeUndefined();
    const second = await h.send();
    expect(second.allowed).toBe(true);
    expect(h.mailbox.sent.map((m) => m.attachments.map((a) => a.name))).toEqual([["attachments.zip"]]);
  });

  test("once per message: a later alert on the same message (a new external recipient) does not repeat it", async () => {
    h = startProtectHarness({ to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage }, CONFIRMING);
    await attach(h, report);
    const first = await h.send({ userChoice: "dontSend" });
    expect(alertOf(first)).toContain(reminder);
    await setTo(h, ["suzuki@partner.co.jp", "kato@other.example.com"]);
    const second = await h.send({ userChoice: "dontSend" });
    expect(second.allowed).toBe(false);
    expect(alertOf(second)).toContain("other.example.com");
    expect(alertOf(second)).not.toContain(reminder);
  });

  test("the Send-time path says it in its own line at the Send that zips, and the verify Send after it does not add the reminder", async () => {
    h = startProtectHarness({ to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage, attachments: [{ name: report.name, contentBase64: Buffer.from(report.bytes).toString("base64") }] }, CONFIRMING);
    const first = await h.send({ userChoice: "dontSend" });
    expect(alertOf(first)).toContain(protectMessages[lang].passwordFollowsManual());
    expect(alertOf(first)).not.toContain(reminder);
    await setTo(h, ["suzuki@partner.co.jp", "kato@other.example.com"]);
    const second = await h.send({ userChoice: "dontSend" });
    expect(alertOf(second)).not.toContain(reminder);
  });

  test("delivery by Microsoft Graph: nothing for the user to send, no reminder, the Send is not stopped for it", async () => {
    h = startProtectHarness({ to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage }, { ...QUIET, passwordNotice: { ...QUIET.passwordNotice, delivery: "graph" } });
    await attach(h, report);
    const first = await h.send();
    expect(alertOf(first)).not.toContain(reminder);
    expect(first.allowed).toBe(true);
  });
});
