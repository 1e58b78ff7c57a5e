/** The notices feature's sentences, Japanese and English. Never a password in any of them. */
import type { Language } from "../core/review/types";
import type { FallbackReason } from "./queue-entry";
import { fillTemplate } from "../core/i18n/fill-template";

const REASONS: Record<FallbackReason, Record<Language, string>> = {
  no_client_id: { en: "no Graph app is set in the policy", ja: "ポリシーに Graph のアプリが設定されていません" },
  signin_unavailable: {
    en: "classic Outlook on Windows cannot sign in to Microsoft Graph while sending",
    ja: "Windows 版のクラシック Outlook は送信中に Microsoft Graph へサインインできません",
  },
  no_token: { en: "no sign-in token could be had", ja: "サインインのトークンを取得できませんでした" },
  unauthorized: { en: "Graph refused the sign-in (401)", ja: "Graph がサインインを拒否しました (401)" },
  forbidden: { en: "the Mail.Send permission is missing (403)", ja: "Mail.Send のアクセス許可がありません (403)" },
  unreachable: { en: "Graph could not be reached", ja: "Graph に接続できませんでした" },
  throttled: { en: "Graph is busy (429)", ja: "Graph が混み合っています (429)" },
  server_error: { en: "Graph had an error", ja: "Graph でエラーが発生しました" },
  rejected: { en: "Graph rejected the request", ja: "Graph が要求を受け付けませんでした" },
  uncertain: { en: "Graph's answer was lost, it may have been sent", ja: "Graph の応答が失われました。送信済みの可能性があります" },
};

export function fallbackReasonText(lang: Language, reason: FallbackReason): string {
  return REASONS[reason][lang];
}

export const NOTICE_TEXT = {
  queued: {
    en: "The password is not in this message: it waits in Outbound Guard's task pane. After sending, open the task pane and press “Create password email” to send it to the recipients. Outbound Guard does not send it for you.",
    ja: "パスワードはこのメールに含まれず、Outbound Guard の作業ウィンドウにあります。送信後に作業ウィンドウを開き［パスワードのメールを作成］を押して、宛先に送ってください。自動では送信されません。",
  },
  fallback: {
    en: "The password email could not be sent by Microsoft Graph ({reason}). It waits in Outbound Guard's task pane: after sending, open it and press “Create password email”.",
    ja: "Microsoft Graph でパスワードのお知らせメールを送れませんでした（{reason}）。Outbound Guard の作業ウィンドウにあります。送信後に作業ウィンドウを開き［パスワードのメールを作成］を押してください。",
  },
  scheduled: {
    en: "The password email follows by Microsoft Graph at {time} (UTC).",
    ja: "パスワードのお知らせメールは Microsoft Graph で {time}（UTC）に送信されます。",
  },
  storeFailed: {
    en: "The password could not be saved where Outbound Guard's task pane can read it (your mailbox), so this message has not been sent. Send or discard the password emails waiting in the task pane, then press Send again.",
    ja: "パスワードを作業ウィンドウから読める場所（メールボックス）に保存できなかったため、このメールは送信されていません。Outbound Guard の作業ウィンドウで送信待ちのパスワードのメールを送信または破棄してから、もう一度［送信］を押してください。",
  },
  // The task pane, on a held notice: why it is offered, and what Discard / Mark as sent do to it.
  heldPane: {
    en: "The message was stopped at Send. When you send it again, this password email is issued again (even if you discard it here). Send it yourself only if you chose “Send anyway”.",
    ja: "元のメールは送信時に止められました。もう一度［送信］すると、このパスワードのお知らせは改めて登録されます（ここで破棄しても登録されます）。「このまま送信」を選んだ場合だけ、ご自身で送ってください。",
  },
  heldDiscardConfirm: {
    en: "Press Discard again to remove it from this list. If the message is sent again from its compose window, the password email is queued again.",
    ja: "もう一度「破棄」を押すと一覧から外します。作成中のメールをもう一度送信すると、パスワードのお知らせはまた登録されます。",
  },
  infoBar: {
    en: "{count} password email(s) not sent yet. Open Outbound Guard's task pane and press “Create password email”.",
    ja: "未送信のパスワードのメールが {count} 件あります。Outbound Guard の作業ウィンドウを開き［パスワードのメールを作成］を押してください。",
  },
} as const;

export function noticeText(lang: Language, key: keyof typeof NOTICE_TEXT, vars: Record<string, string | number> = {}): string {
  return fillTemplate(NOTICE_TEXT[key][lang], vars);
}
