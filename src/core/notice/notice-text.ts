/** The words of the password notice, Japanese and English. The password appears only here, in its own line. */

export interface NoticeFacts {
  subject: string;
  /** "2026-05-01 14:05 (UTC+09:00)" */
  sentAt: string;
  archives: string;
  password: string;
  /** "暗号化方式: ZipCrypto（…）": the partner profile behind the encryption, when one decided. */
  profile?: string;
}

export const noticeText = {
  ja: {
    subject: (s: string) => `【パスワードのお知らせ】${s}`,
    noSubject: "(件名なし)",
    body: (f: NoticeFacts) =>
      [
        "先ほどお送りしたメールの添付ファイル（暗号化ZIP）のパスワードをお知らせします。",
        "",
        `件名: ${f.subject}`,
        `送信日時: ${f.sentAt}`,
        `添付ファイル: ${f.archives}`,
        ...(f.profile ? [f.profile] : []),
        "",
        `パスワード: ${f.password}`,
        "",
        "ZIP を開くときにこのパスワードを入力してください。このメールにファイルは添付していません。",
        "お心当たりのない場合は、このメールを破棄し、送信者にお知らせください。",
      ].join("\n"),
  },
  en: {
    subject: (s: string) => `Password for the attachments: ${s}`,
    noSubject: "(no subject)",
    body: (f: NoticeFacts) =>
      [
        "Here is the password for the encrypted ZIP attached to the email we just sent you.",
        "",
        `Subject: ${f.subject}`,
        `Sent: ${f.sentAt}`,
        `Attachment: ${f.archives}`,
        ...(f.profile ? [f.profile] : []),
        "",
        `Password: ${f.password}`,
        "",
        "Enter this password when you open the ZIP. No file is attached to this email.",
        "If you were not expecting it, please delete this email and let the sender know.",
      ].join("\n"),
  },
};
