/**
 * Manual delivery: the words the user sees around the Send that leaves must say plainly where the
 * password is (Outbound Guard's task pane) and what to do (press "Create password email"), and no
 * text shown in manual mode may promise that the add-in sends the password itself.
 */
import { NOTICE_TEXT } from "../../../src/notices";
import { protectMessages } from "../../../src/core/protect-check/messages";
import { NOTICE_PANE_TEXT } from "../../../src/taskpane/notice-texts";

const PROMISES = {
  ja: /お送りします|Outbound Guard が送ります|送ります（|自動で送信します|送信されます/,
  en: /Outbound Guard sends|will be sent|we send|follows in a separate email|sends it for you|sent for you/i,
};

const manualTexts = (lang: "ja" | "en") => ({
  queued: NOTICE_TEXT.queued[lang],
  fallback: NOTICE_TEXT.fallback[lang],
  storeFailed: NOTICE_TEXT.storeFailed[lang],
  heldPane: NOTICE_TEXT.heldPane[lang],
  infoBar: NOTICE_TEXT.infoBar[lang],
  passwordFollowsManual: protectMessages[lang].passwordFollowsManual(),
  noForm: NOTICE_PANE_TEXT[lang].noForm,
  opened: NOTICE_PANE_TEXT[lang].opened,
});

describe.each(["ja", "en"] as const)("%s", (lang) => {
  test.each(Object.entries(manualTexts(lang)))("%s never promises that Outbound Guard sends the password", (_key, text) => {
    expect(text).not.toMatch(PROMISES[lang]);
  });

  test("the alert before the Send that leaves, the queued line and the info bar name the task pane and its button", () => {
    const pane = lang === "ja" ? "作業ウィンドウ" : "task pane";
    const button = NOTICE_PANE_TEXT[lang].create;
    for (const text of [protectMessages[lang].passwordFollowsManual(), NOTICE_TEXT.queued[lang], NOTICE_TEXT.infoBar[lang]]) {
      expect(text).toContain(pane);
      expect(text).toContain(button);
    }
    expect(protectMessages[lang].passwordFollowsManual()).toMatch(lang === "ja" ? /自動では送信されません/ : /not sent automatically/);
  });

  test("the task pane says plainly when it could not create the email", () => {
    expect(NOTICE_PANE_TEXT[lang].noForm).toMatch(lang === "ja" ? /作成されません/ : /not created for you/);
  });
});

test("the info bar fits Outlook's 150 characters", () => {
  for (const lang of ["ja", "en"] as const) expect(NOTICE_TEXT.infoBar[lang].replace("{count}", "99").length).toBeLessThanOrEqual(150);
});
