/**
 * composePasswordNotice: the follow-up email that carries an archive's password (the
 * PasswordNotice contract in password-notice.ts). Plain text, no attachment, in the sender's
 * language — Japanese, English, or both in one mail when that is not clear. It names the
 * original's subject, its send time and the archive(s), and holds the password.
 */
import { secureRandomBytes } from "../protect/secure-random";
import type { Language } from "../review/types";
import type { PasswordNotice } from "./password-notice";
import { noticeText, type NoticeFacts } from "./notice-text";

export const NOTICE_LIFETIME_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface NoticeInput {
  /** Kept from an earlier composition of the same message's notice; a new random one otherwise. */
  id?: string;
  /** The original's Send time. */
  sentAt: Date;
  delayMinutes: number;
  to: string[];
  /** Recipients who get it in BCC (see PasswordNotice.bcc). */
  bcc?: string[];
  lang: Language | "both";
  originalSubject: string;
  /** Every archive of the message (one password for all of them). */
  archiveNames: string[];
  password: string;
  /** Minutes east of UTC for the time shown (default: this runtime's zone for `sentAt`). */
  utcOffsetMinutes?: number;
  /** The archives' encryption: an AES-256 notice says Windows Explorer cannot open it (7-Zip, WinZip). */
  encryption?: "aes256" | "zipcrypto";
  /** Which partner profile chose the encryption, per language (attachments.partners); absent: no line. */
  profileLine?: Partial<Record<Language, string | undefined>>;
}

const JAPANESE_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/;

/**
 * The sender's language for the notice: the display language when the message is written in it
 * (Japanese UI and Japanese text → ja; English UI and no Japanese text → en); "both" otherwise
 * (an unknown UI language, or an English UI writing Japanese, or a Japanese UI writing only English).
 */
export function noticeLanguage(displayLanguage: string | undefined, text: string): Language | "both" {
  const ui = (displayLanguage ?? "").toLowerCase();
  const writesJapanese = JAPANESE_SCRIPT.test(text);
  if (ui.startsWith("ja") && writesJapanese) return "ja";
  if (ui.startsWith("en") && !writesJapanese) return "en";
  return "both";
}

/** 32 hex characters from crypto.getRandomValues (fails closed where there is none). */
export function newNoticeId(): string {
  return Array.from(secureRandomBytes(16), (b) => (b < 16 ? "0" : "") + b.toString(16)).join("");
}

/** "2026-05-01 14:05 (UTC+09:00)" in the given offset (no Intl: classic Outlook's runtime may lack it). */
export function formatSentAt(date: Date, utcOffsetMinutes: number): string {
  const local = new Date(date.getTime() + utcOffsetMinutes * 60 * 1000);
  const two = (n: number) => (n < 10 ? "0" : "") + n;
  const sign = utcOffsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(utcOffsetMinutes);
  return (
    `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())} ` +
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())} (UTC${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)})`
  );
}

export function composePasswordNotice(input: NoticeInput): PasswordNotice {
  if (!input.password) throw new Error("a password notice needs the password");
  if (input.archiveNames.length === 0) throw new Error("a password notice needs the archive's name");
  const offset = input.utcOffsetMinutes ?? -input.sentAt.getTimezoneOffset();
  const langs: Language[] = input.lang === "both" ? ["ja", "en"] : [input.lang];
  const facts = (l: Language): NoticeFacts => ({
    subject: input.originalSubject.trim() || noticeText[l].noSubject,
    sentAt: formatSentAt(input.sentAt, offset),
    archives: input.archiveNames.join(", "),
    password: input.password,
    encryption: input.encryption,
    profile: input.profileLine?.[l],
  });
  const subjectText = input.originalSubject.trim() || noticeText[langs[0]].noSubject;
  const subject = input.lang === "both" ? `${noticeText.ja.subject(subjectText)} / Password` : noticeText[langs[0]].subject(subjectText);
  const body = langs.map((l) => noticeText[l].body(facts(l))).join("\n\n----------------------------------------\n\n") + "\n";
  const created = input.sentAt.getTime();
  return {
    id: input.id ?? newNoticeId(),
    createdAt: new Date(created).toISOString(),
    sendAt: new Date(created + input.delayMinutes * 60 * 1000).toISOString(),
    expiresAt: new Date(created + NOTICE_LIFETIME_DAYS * DAY_MS).toISOString(),
    to: [...input.to],
    ...(input.bcc && input.bcc.length > 0 ? { bcc: [...input.bcc] } : {}),
    lang: input.lang,
    originalSubject: input.originalSubject,
    // One notice per message: every archive it carries, in the order they were attached.
    archiveName: input.archiveNames.join(", "),
    password: input.password,
    subject,
    body,
  };
}
