/** The words of the password notice, Japanese and English. The password appears only here, in its own line. */

export interface NoticeFacts {
  subject: string;
  /** "2026-05-01 14:05 (UTC+09:00)" */
  sentAt: string;
  archives: string;
  password: string;
  /** The archives' encryption, when the caller knows it: decides the note on how to open them. */
  encryption?: "aes256" | "zipcrypto";
  /** "暗号化方式: ZipCrypto（…）": the partner profile behind the encryption, when one decided. */
  profile?: string;
}

/**
 * How to open the archive: Windows Explorer's built-in ZIP opens ZipCrypto only, not AES-256
 * (https://techcommunity.microsoft.com/discussions/windowsinsiderprogram/how-can-i-password-protect-winzip-file-on-windows-pc/4413291).
 * Unknown encryption: the sentence that is true either way.
 */
const OPEN_WITH = {
  ja: {
    aes256: "この ZIP は AES-256 で暗号化しているため、Windows のエクスプローラー（標準の ZIP 機能）では開けません。7-Zip や WinZip などの解凍ソフトで開いてください。",
    zipcrypto: "",
    unknown: "Windows のエクスプローラー（標準の ZIP 機能）で開けない場合は、7-Zip や WinZip などの解凍ソフトで開いてください。",
  },
  en: {
    aes256: "This ZIP is encrypted with AES-256, which Windows Explorer's built-in ZIP support cannot open: please use 7-Zip, WinZip or a similar archiver.",
    zipcrypto: "",
    unknown: "If Windows Explorer's built-in ZIP support cannot open it, please use 7-Zip, WinZip or a similar archiver.",
  },
};

function openWith(lang: "ja" | "en", f: NoticeFacts): string[] {
  const line = OPEN_WITH[lang][f.encryption ?? "unknown"];
  return line ? [line] : [];
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
        ...openWith("ja", f),
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
        ...openWith("en", f),
        "If you were not expecting it, please delete this email and let the sender know.",
      ].join("\n"),
  },
};
