/**
 * One entry of the password-notice queue on this device, and how a stored value is read back.
 * The password (and the body, which holds it) is kept only while a person still has to act
 * (held, pending); once Graph has the notice, or it was sent or discarded, only a password-free
 * record stays — for cancelling, for the list, and so the same notice is never sent twice.
 */
import type { Language } from "../core/review/types";
import type { PasswordNotice } from "../core/notice/password-notice";

export type NoticeStatus =
  /** The message has not been allowed yet (a confirm or block): kept in case "Send anyway" sends it. */
  | "held"
  /** Waiting for the sender to send it (manual mode, or Graph failed). */
  | "pending"
  /** Handed to Microsoft Graph with a deferred send time; password no longer kept here. */
  | "scheduled"
  /** Sent (by the sender, or Graph's send time has passed). Final. */
  | "sent"
  /** Thrown away by the sender, or the Graph copy was cancelled. Final. */
  | "discarded";

/** Why a notice meant for Graph is in the manual queue. */
export type FallbackReason =
  | "no_client_id"
  /** This Outlook cannot load the Microsoft sign-in during Send (classic Outlook on Windows). */
  | "signin_unavailable"
  | "no_token"
  | "unauthorized"
  | "forbidden"
  | "unreachable"
  | "throttled"
  | "server_error"
  | "rejected"
  | "uncertain";

export interface QueueEntry {
  id: string;
  status: NoticeStatus;
  to: string[];
  /** Recipients who get it in BCC (they must not see each other). */
  bcc?: string[];
  subject: string;
  originalSubject: string;
  archiveName: string;
  lang: Language | "both";
  createdAt: string;
  sendAt: string;
  expiresAt: string;
  /** When it entered this queue, and when it last changed (ISO, UTC). */
  queuedAt: string;
  updatedAt: string;
  /** Only while held or pending. */
  password?: string;
  body?: string;
  /** Graph's id of the deferred message (when known), for cancelling. */
  graphMessageId?: string;
  fallback?: FallbackReason;
  /** Graph may already have sent it (an answer was lost): check Sent Items before sending by hand. */
  uncertain?: boolean;
  /**
   * Sent or discarded by the person while it was only held (the message had been stopped at Send).
   * The message may not have left then: if its Send handler runs again, the notice is issued anew.
   */
  settledWhileHeld?: boolean;
}

export const FINAL_STATUSES: readonly NoticeStatus[] = ["sent", "discarded"];
const STATUSES: readonly NoticeStatus[] = ["held", "pending", "scheduled", "sent", "discarded"];

export function keepsPassword(status: NoticeStatus): boolean {
  return status === "held" || status === "pending";
}

/** A new entry from a notice; the password stays only when the status needs it. */
export function entryFromNotice(notice: PasswordNotice, status: NoticeStatus, nowIso: string, extra: Partial<QueueEntry> = {}): QueueEntry {
  const entry: QueueEntry = {
    id: notice.id,
    status,
    to: [...notice.to],
    ...(notice.bcc && notice.bcc.length > 0 ? { bcc: [...notice.bcc] } : {}),
    subject: notice.subject,
    originalSubject: notice.originalSubject,
    archiveName: notice.archiveName,
    lang: notice.lang,
    createdAt: notice.createdAt,
    sendAt: notice.sendAt,
    expiresAt: notice.expiresAt,
    queuedAt: nowIso,
    updatedAt: nowIso,
    ...extra,
  };
  if (keepsPassword(status)) {
    entry.password = notice.password;
    entry.body = notice.body;
  } else {
    delete entry.password;
    delete entry.body;
  }
  return entry;
}

/** The same entry in a new status; forgets the password when the status no longer needs it. */
export function withStatus(entry: QueueEntry, status: NoticeStatus, nowIso: string, extra: Partial<QueueEntry> = {}): QueueEntry {
  const next: QueueEntry = { ...entry, ...extra, status, updatedAt: nowIso };
  if (!keepsPassword(status)) {
    delete next.password;
    delete next.body;
  }
  return next;
}

const isString = (v: unknown): v is string => typeof v === "string";
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** Reads a stored entry; anything malformed is reported as undefined (never thrown at Send). */
export function parseEntry(text: string | null): QueueEntry | undefined {
  if (!text) return undefined;
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!v || typeof v !== "object") return undefined;
  const required = ["id", "subject", "originalSubject", "archiveName", "createdAt", "sendAt", "expiresAt", "queuedAt", "updatedAt"];
  if (!required.every((k) => isString(v[k]))) return undefined;
  if (!STATUSES.includes(v.status as NoticeStatus)) return undefined;
  if (!Array.isArray(v.to) || !v.to.every(isString)) return undefined;
  if (v.bcc !== undefined && !isStringArray(v.bcc)) return undefined;
  if (keepsPassword(v.status as NoticeStatus) && !(isString(v.password) && isString(v.body))) return undefined;
  return v as unknown as QueueEntry;
}

/** A PasswordNotice as the handler found it in session state: checked field by field. */
export function isPasswordNotice(v: unknown): v is PasswordNotice {
  if (!v || typeof v !== "object") return false;
  const n = v as Record<string, unknown>;
  const strings = ["id", "createdAt", "sendAt", "expiresAt", "originalSubject", "archiveName", "password", "subject", "body"];
  return (
    strings.every((k) => isString(n[k]) && (k === "originalSubject" || (n[k] as string).length > 0)) &&
    Array.isArray(n.to) &&
    n.to.length > 0 &&
    n.to.every(isString) &&
    (n.bcc === undefined || isStringArray(n.bcc)) &&
    (n.lang === "ja" || n.lang === "en" || n.lang === "both")
  );
}

/** The queue's index (a JSON list of notice ids); anything damaged reads as an empty list. */
export function parseIndex(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const list = JSON.parse(raw) as unknown;
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}
