/**
 * One check = one concern of the review (external recipients, supervisor, personal data, …).
 * Each check is a pure function of the review input; the review runs them all and merges
 * their outcomes. A check that wants the user to look again returns `confirm` with the keys
 * of what it showed: once the user has seen those keys (they are kept in the item's session
 * state), the same content does not ask again, and anything new asks again.
 */
import type { MessageDraft } from "../message/draft";
import type { Policy } from "../policy/schema";
import type { Action, ExternalRecipient, Finding, Language, Verdict } from "./types";
import type { MisdirectionInput } from "../misdirection/findings";
import type { AlertSection } from "../alert/compose-alert";
import { compactKey } from "./compact-key";
import type { CarriedFindings } from "../protect-check/carried-findings";

/** Text taken out of one attachment, or why it could not be read. */
export interface AttachmentContent {
  name: string;
  text?: string;
  /** Set when the content could not be read (encrypted, too large, unknown type…). */
  unreadable?: string;
}

/** Per-message memory between two Send attempts (kept in item.sessionData by the adapter). */
export interface ReviewState {
  /** Keys the user has already been shown and accepted by sending again. */
  confirmed: string[];
}

export interface ReviewInput {
  draft: MessageDraft;
  policy: Policy;
  state: ReviewState;
  lang: Language;
  /** Attachment contents, when the caller could read them. */
  contents?: AttachmentContent[];
  /** Lines about the review itself (e.g. "the built-in policy was used"), shown only with an alert. */
  notes?: string[];
  /** What the add-in saw of the thread when the reply was opened (OnNewMessageCompose), if anything. */
  misdirection?: MisdirectionInput;
  /**
   * Personal data found in files zipped when they were attached, whose archive is still on the
   * message (protect-check/carried-findings.ts): reported as if the files were scanned now.
   */
  carried?: CarriedFindings[];
}

export interface CheckContext extends ReviewInput {
  /** External recipients, computed once for all checks. */
  external: ExternalRecipient[];
}

export interface CheckOutcome {
  verdict: Verdict;
  findings: Finding[];
  actions: Action[];
  /** Alert lines for the user, already in `lang`. Never the full value of personal data. */
  lines: string[];
  /** What this outcome showed the user; remembered when the verdict is `confirm`. */
  confirmKeys: string[];
  /** Where its lines stand in the alert (stop reasons, actions, findings, notes); default "finding". */
  section?: AlertSection;
  /** While this outcome stops the Send, the alert offers no "Send anyway": the user must look first. */
  noSendAnyway?: boolean;
}

export type Check = (ctx: CheckContext) => CheckOutcome;

/** The same check, its lines placed in `section` of the alert (set where the registry lists it). */
export function inSection(section: AlertSection, check: Check): Check {
  return (ctx) => ({ ...check(ctx), section });
}

export function emptyOutcome(): CheckOutcome {
  return { verdict: "allow", findings: [], actions: [], lines: [], confirmKeys: [] };
}

/** Confirm once: `confirm` only while some key has not been seen yet (in full or compact form). */
export function confirmUnlessSeen(state: ReviewState, keys: string[]): Verdict {
  const seen = new Set(state.confirmed);
  return keys.every((k) => seen.has(k) || seen.has(compactKey(k))) ? "allow" : "confirm";
}
