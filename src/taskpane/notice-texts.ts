/** The task pane's password-notice words, Japanese and English. */
import { fillTemplate } from "../core/i18n/fill-template";
export type PaneLang = "ja" | "en";

export const NOTICE_PANE_TEXT: Record<PaneLang, Record<string, string>> = {
  en: {
    noticesHeading: "Password emails waiting",
    noticesEmpty: "No password email is waiting.",
    to: "To",
    queuedAt: "Queued",
    sendAfter: "Send after",
    expires: "Expires",
    create: "Create password email",
    copy: "Copy password",
    copied: "Copied. Paste it only into the password email.",
    copyFailed: "Could not copy: select the password and copy it yourself.",
    reveal: "Show password",
    markSent: "Mark as sent",
    markSentConfirm: "Press Mark as sent again once the password email has left: the password is then removed from this device and cannot be shown again.",
    discard: "Discard",
    discardConfirm: "Press Discard again to throw this password email away: the recipients will not get the password from Outbound Guard.",
    noForm: "This Outlook cannot open a new message from Outbound Guard, so it is not created for you. Create a new email yourself and copy into it the recipients, subject and text shown below (the text contains the password). After sending it, press Mark as sent.",
    noPassword: "The password is no longer kept here, so the email cannot be created.",
    subject: "Subject",
    bodyText: "Text (contains the password)",
    reopenHint: "Just sent a message and its password email is not listed? Close this pane and open it again.",
    opened: "A new message with the password is open. Send it, then press Mark as sent.",
    held: "The message may not have been sent (it was stopped at Send). Send this only if it left.",
    uncertain: "Microsoft Graph may already have sent this. Check Sent Items before sending it again.",
    fallback: "Microsoft Graph could not send it: {reason}.",
    scheduledHeading: "Sent by Microsoft Graph",
    scheduledAt: "leaves at {time}",
    failed: "That did not work: {reason}",
  },
  ja: {
    noticesHeading: "送信待ちのパスワードのお知らせ",
    noticesEmpty: "送信待ちのパスワードのお知らせはありません。",
    to: "宛先",
    queuedAt: "登録",
    // A waiting notice is sent by the person, not by the add-in: the time is "not before", not a schedule.
    sendAfter: "この時刻以降に送信",
    expires: "期限",
    create: "パスワードのメールを作成",
    copy: "パスワードをコピー",
    copied: "コピーしました。パスワードのメールにだけ貼り付けてください。",
    copyFailed: "コピーできませんでした。パスワードを選択してコピーしてください。",
    reveal: "パスワードを表示",
    markSent: "送信済みにする",
    markSentConfirm: "パスワードのメールを送信した後で、もう一度「送信済みにする」を押してください。押すとパスワードはこの端末から削除され、二度と表示できません。",
    discard: "破棄",
    discardConfirm: "もう一度「破棄」を押すと破棄します。宛先には Outbound Guard からパスワードが届かなくなります。",
    noForm: "この Outlook では Outbound Guard から新しいメールを開けないため、メールは作成されません。新しいメールをご自身で作成し、下に表示した宛先・件名・本文（パスワードを含みます）をコピーしてください。送信したら「送信済みにする」を押してください。",
    noPassword: "パスワードはもう保存されていないため、メールを作成できません。",
    subject: "件名",
    bodyText: "本文（パスワードを含みます）",
    reopenHint: "送信したばかりのメールのパスワードのメールが表示されないときは、この作業ウィンドウを閉じてから開き直してください。",
    opened: "パスワード入りの新しいメールを開きました。送信したら「送信済みにする」を押してください。",
    held: "元のメールは送信時に止められたため、送信されていない可能性があります。送信された場合のみ送ってください。",
    uncertain: "Microsoft Graph で送信済みの可能性があります。送信済みアイテムを確認してから送ってください。",
    fallback: "Microsoft Graph で送れませんでした: {reason}",
    scheduledHeading: "Microsoft Graph で送信",
    scheduledAt: "{time} に送信",
    failed: "できませんでした: {reason}",
  },
};

export function pt(lang: PaneLang, key: string, vars: Record<string, string> = {}): string {
  const text = NOTICE_PANE_TEXT[lang][key] ?? NOTICE_PANE_TEXT.en[key] ?? key;
  return fillTemplate(text, vars);
}
