/**
 * Per-message memory between two Send attempts, in item.sessionData (Mailbox 1.11): what the
 * last alert showed, and whether the last attempt failed. Never holds personal data in clear.
 */
import type { ReviewState } from "../core";
import type { ComposeItem } from "./compose-item";
import { officeCall } from "./office-call";
import { isSharedFolderRefusal } from "./shared-folder";

const KEY = "outboundGuard.state";

export interface StoredState extends ReviewState {
  /** Set when the previous Send could not be checked: the next one is let through. */
  failedAt?: number;
  /** Each send step's own memory, by step name (e.g. the archive already made and its password). */
  steps?: Record<string, unknown>;
  /** What the last Send decided and said, for the task pane (the alert text: masked, never a password). */
  lastReview?: LastReview;
  /**
   * Outlook refused this item's sessionData (shared mailbox or delegated folder, 9055): nothing
   * can be remembered for it. Set by loadState only; never saved.
   */
  memoryRefused?: boolean;
}

export interface LastReview {
  verdict: "allow" | "confirm" | "block";
  message: string;
  /** When (ms since 1970). */
  at: number;
}

function hasSessionData(item: ComposeItem): boolean {
  return Boolean(item.sessionData && typeof item.sessionData.getAsync === "function");
}

export async function loadState(item: ComposeItem): Promise<StoredState> {
  if (!hasSessionData(item)) return { confirmed: [] };
  let raw: string | undefined;
  try {
    raw = await officeCall<string>("sessionData.getAsync", (cb) => item.sessionData.getAsync(KEY, cb));
  } catch (err) {
    if (isSharedFolderRefusal(err)) return { confirmed: [], memoryRefused: true };
    // A key never set is reported as an error by some clients: there is simply no state yet.
    return { confirmed: [] };
  }
  try {
    const parsed = JSON.parse(raw || "{}") as Partial<StoredState>;
    return {
      confirmed: Array.isArray(parsed.confirmed) ? parsed.confirmed.filter((k): k is string => typeof k === "string") : [],
      failedAt: typeof parsed.failedAt === "number" ? parsed.failedAt : undefined,
      steps: parsed.steps && typeof parsed.steps === "object" ? parsed.steps : undefined,
      lastReview: isLastReview(parsed.lastReview) ? parsed.lastReview : undefined,
    };
  } catch {
    return { confirmed: [] };
  }
}

/** Outlook keeps at most 50,000 characters of sessionData per item (2.6 million from Mailbox 1.16). */
export const SESSION_DATA_MAX_CHARS = 50_000;

export class SessionStateTooLargeError extends Error {
  constructor(readonly length: number) {
    super(`this message's check state is too large for Outlook (${length} of ${SESSION_DATA_MAX_CHARS} characters; too many attachments?)`);
    this.name = "SessionStateTooLargeError";
  }
}

export async function saveState(item: ComposeItem, state: StoredState): Promise<void> {
  if (!hasSessionData(item)) return;
  const text = JSON.stringify(state);
  // Said plainly here rather than as Outlook's generic error after the call.
  if (text.length > SESSION_DATA_MAX_CHARS) throw new SessionStateTooLargeError(text.length);
  await officeCall<void>("sessionData.setAsync", (cb) => item.sessionData.setAsync(KEY, text, cb));
}

/**
 * saveState for the end of a Send, except where Outlook refused this item's sessionData when it
 * was read (`loaded.memoryRefused`): nothing can be kept there; an alert, if shown, says so.
 */
export async function keepState(item: ComposeItem, state: StoredState, loaded: StoredState): Promise<void> {
  if (loaded.memoryRefused) return;
  await saveState(item, state);
}

function isLastReview(v: unknown): v is LastReview {
  const r = v as LastReview | undefined;
  return !!r && typeof r === "object" && ["allow", "confirm", "block"].includes(r.verdict) && typeof r.message === "string" && typeof r.at === "number";
}
