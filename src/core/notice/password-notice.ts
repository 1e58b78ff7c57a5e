/**
 * The password notice: the follow-up email that carries an archive's password, composed at Send
 * (attachment protection) and delivered later (the notices queue: Graph deferred send or manual).
 * This shape is the contract between the two; it holds the password, so it is kept only in the
 * item's session state and the device queue, never in the mail, a log or an alert.
 */
import type { Language } from "../review/types";

export interface PasswordNotice {
  /** Unique id (random, from crypto.getRandomValues). */
  id: string;
  /** When the notice was composed (ISO 8601, UTC). */
  createdAt: string;
  /** When it should leave: the original's Send time + passwordNotice.delayMinutes (ISO 8601, UTC). */
  sendAt: string;
  /** A queued notice not sent by then is dropped (createdAt + 7 days). */
  expiresAt: string;
  /** Recipient addresses, per passwordNotice.to. */
  to: string[];
  /**
   * Recipients who get it in BCC: those who were in BCC on the original, or moved there by the
   * BCC-omission fix — so they cannot see each other on the notice either. Absent: none.
   */
  bcc?: string[];
  /** The sender's language; "both" writes Japanese and English in one mail. */
  lang: Language | "both";
  /** The original message's subject, to name it in the notice. */
  originalSubject: string;
  archiveName: string;
  password: string;
  /** The notice's own subject and plain-text body, ready to send. */
  subject: string;
  body: string;
}
