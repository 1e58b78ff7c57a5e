/**
 * The info bar shown when files are zipped at attach time. It is the same text whatever the
 * policy's passwordNotice.delivery: with "manual" (the default) nobody sends the password unless
 * the person presses "Create password email" in the task pane, so the bar must not promise that
 * the password "follows" by itself, and must say where to look. Outlook shows at most 150
 * characters of an info bar (NotificationMessageDetails.message), so the pointer must fit.
 */
import { pt } from "../../../src/core/protect-check/messages";
import { INFO_BAR_MAX_CHARS } from "../../../src/outlook/info-bar";

const vars = { count: 12, archive: "attachments-2.zip", encryption: "AES-256" };

test.each([
  ["en", /task pane/, /follows in a separate email when you send/],
  ["ja", /作業ウィンドウ/, /送信時に別メールで送ります/],
] as const)("%s: the attach-time info bar points to the task pane for the password, promises no automatic email, and fits 150 characters", (lang, pointer, promise) => {
  const text = pt(lang, "attachProtected", vars);
  expect(text).toMatch(pointer);
  expect(text).not.toMatch(promise);
  expect(text).toContain("attachments-2.zip");
  expect(text.length).toBeLessThanOrEqual(INFO_BAR_MAX_CHARS);
});
