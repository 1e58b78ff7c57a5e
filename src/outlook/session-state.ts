/**
 * Per-message memory between two Send attempts, in item.sessionData (Mailbox 1.11): what the
 * last alert showed, and whether the last attempt failed. Never holds personal data in clear.
 */
import type { ReviewState } from "../core";
import { compactKey } from "../core/review/compact-key";
import type { ComposeItem } from "./compose-item";
import { isCallTimeout, isRunExpired, officeCall, OfficeCallError } from "./office-call";
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
  /**
   * The technical reason behind a failure (Office error name and code, policy field path…), for
   * the task pane and IT: kept out of the alert, which says it in one plain sentence.
   */
  detail?: string;
}

/** At most this many characters of detail are kept (the task pane shows it, IT reads it). */
const DETAIL_MAX_CHARS = 1000;

function hasSessionData(item: ComposeItem): boolean {
  return Boolean(item.sessionData && typeof item.sessionData.getAsync === "function");
}

/**
 * The record exists (or may) but Outlook would not hand it over: getAsync failed with an ordinary
 * error and getAllAsync could not say the key is absent. Never "no state": that record may hold
 * the password of an archive already attached, and a save over it would lose that password.
 */
export class SessionStateUnreadableError extends Error {
  constructor(readonly reason: string) {
    super(`this message's protection record could not be read: ${reason}`);
    this.name = "SessionStateUnreadableError";
  }
}

export function isStateUnreadable(err: unknown): err is SessionStateUnreadableError {
  return err instanceof SessionStateUnreadableError;
}

/**
 * The Office error Outlook gives for a key never set (the simulator's, and Office.js's registered
 * name, 9050). The reference does not document what getAsync answers for a missing key
 * (https://learn.microsoft.com/javascript/api/outlook/office.sessiondata), so any other error is
 * checked with getAllAsync before it is taken as "no record".
 */
const KEY_NOT_FOUND = "KeyNotFound";

export async function loadState(item: ComposeItem): Promise<StoredState> {
  if (!hasSessionData(item)) return { confirmed: [] };
  let raw: string | undefined;
  try {
    raw = await officeCall<string>("sessionData.getAsync", (cb) => item.sessionData.getAsync(KEY, cb));
  } catch (err) {
    if (isSharedFolderRefusal(err)) return { confirmed: [], memoryRefused: true };
    // No answer is not "no state": taken as empty, the archive's password would be forgotten and
    // a second one made. The caller fails instead (the Send fails closed, attach time leaves it).
    if (isCallTimeout(err) || isRunExpired(err)) throw err;
    if (!(err instanceof OfficeCallError && err.officeName === KEY_NOT_FOUND)) raw = await readFromAll(item, err);
  }
  return parseState(raw);
}

/**
 * getAsync failed with an ordinary error: the list of every key says whether there is a record.
 * A client that reports a key never set as some other error gets "no record"; a read that keeps
 * failing gets SessionStateUnreadableError (or the timeout), never an empty state.
 */
async function readFromAll(item: ComposeItem, first: unknown): Promise<string | undefined> {
  const reason = first instanceof Error ? first.message : String(first);
  if (typeof item.sessionData.getAllAsync !== "function") throw new SessionStateUnreadableError(reason);
  let all: object;
  try {
    all = await officeCall<object>("sessionData.getAllAsync", (cb) => item.sessionData.getAllAsync(cb));
  } catch (err) {
    if (isCallTimeout(err) || isRunExpired(err)) throw err;
    throw new SessionStateUnreadableError(reason);
  }
  if (!all || typeof all !== "object") throw new SessionStateUnreadableError(reason);
  const value = (all as Record<string, unknown>)[KEY];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new SessionStateUnreadableError(reason);
  return value;
}

function parseState(raw: string | undefined): StoredState {
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
  const text = fitState(state);
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

/**
 * The state as JSON within Outlook's limit. Whatever the mail holds, the checks' keys are few, so
 * this is the last resort: first the confirmed keys in short form, then none (everything asks
 * again: never less safe), then the last review's text. The steps' memory (an archive's password)
 * is never dropped: a state that still does not fit is refused by name, before Outlook is asked.
 */
export function fitState(state: StoredState): string {
  const fits = (s: StoredState) => {
    const text = JSON.stringify(s);
    return text.length <= SESSION_DATA_MAX_CHARS ? text : undefined;
  };
  const lastReview = state.lastReview?.detail && state.lastReview.detail.length > DETAIL_MAX_CHARS
    ? { ...state.lastReview, detail: `${state.lastReview.detail.slice(0, DETAIL_MAX_CHARS - 1)}…` }
    : state.lastReview;
  const full = { ...state, lastReview };
  const compact = { ...full, confirmed: [...new Set(state.confirmed.map(compactKey))] };
  const none = { ...full, confirmed: [] };
  const bare = { ...none, lastReview: lastReview && { ...lastReview, message: "", detail: undefined } };
  const text = fits(full) ?? fits(compact) ?? fits(none) ?? fits(bare);
  if (text === undefined) throw new SessionStateTooLargeError(JSON.stringify(state).length);
  return text;
}

function isLastReview(v: unknown): v is LastReview {
  const r = v as LastReview | undefined;
  return (
    !!r &&
    typeof r === "object" &&
    ["allow", "confirm", "block"].includes(r.verdict) &&
    typeof r.message === "string" &&
    typeof r.at === "number" &&
    (r.detail === undefined || typeof r.detail === "string")
  );
}
