/**
 * When the check itself fails. Every path still completes the event: nobody is left without an
 * answer at Send.
 */
import { t, type Language } from "../core";
import { removeAuditHeader } from "../outlook/audit-header";
import { completeSend } from "../outlook/complete-send";
import { currentComposeItem } from "../outlook/compose-item";
import { saveState, type LastReview, type StoredState } from "../outlook/session-state";
import { describeError } from "./describe-error";
import { stepFailureLine } from "./step-failure";

/** A failed check lets the next failing Send of the same message through if it comes within this time. */
const FAILURE_GRACE_MS = 10 * 60 * 1000;
/** Set only when the session state could not record a failure. */
let lastFailureInRuntime: number | undefined;

/**
 * The check itself failed.
 *
 * - Files the policy wants encrypted are (or may be) still on the message unprotected
 *   (`attachmentsAtRisk`), or the message's record could not be read while files are on it (it
 *   may hold an attached archive's password; `stateUnreadable`, said in the alert): fail closed. Blocked every time, no "Send anyway" — the add-in exists
 *   for this leak. The alert says what to do (try again; else remove the files and share them
 *   through the company's file sharing, or ask IT).
 * - Otherwise the first time, stop and say so (with "Send anyway" where the client has it); if
 *   the next Send of the same message fails again, it goes through, so nobody is stuck behind a
 *   broken check. The failure is remembered in the item's session state, or — when that is what
 *   failed — in this runtime's memory.
 *
 * The alert is one plain sentence in the user's language (English keeps the short reason); the
 * technical reason goes to the task pane's last review (`detail`). It names the step that failed
 * when a step said which it was (failureText).
 */
export async function failSafely(
  event: Office.AddinCommands.Event,
  lang: Language,
  state: StoredState | undefined,
  err: unknown,
  atRisk = false,
  /** A sentence naming the Outlook call that did not answer in time (no-answer.ts), when one did not. */
  noAnswer?: string,
  /** The message's record could not be read (session-state.ts): the block says so. */
  stateUnreadable = false,
): Promise<void> {
  const withReason = (text: string) => (noAnswer ? `${text} ${noAnswer}` : text);
  const now = Date.now();
  const detail = describeError(err);
  const review = (verdict: LastReview["verdict"], message: string): LastReview => ({ verdict, message, at: now, detail });
  // An unknown state (it could not be read) is never overwritten: it may hold an archive's password.
  const save = async (s: StoredState): Promise<boolean> => {
    if (state === undefined) return false;
    return Promise.resolve()
      .then(() => saveState(currentComposeItem(), s))
      .then(
        () => true,
        () => false,
      );
  };
  const base = { confirmed: state?.confirmed ?? [], steps: state?.steps };

  if (atRisk) {
    const text = withReason(failureText(lang, err, true, stateUnreadable));
    await save({ ...base, lastReview: review("block", text) });
    try {
      completeSend(event, { allow: false, text, userMayOverride: false });
    } catch {
      const blocked: Office.SmartAlertsEventCompletedOptions = { allowEvent: false, errorMessage: text };
      event.completed(blocked);
    }
    return;
  }

  const recent = (t: number | undefined) => t !== undefined && now - t < FAILURE_GRACE_MS;
  if (recent(state?.failedAt) || recent(lastFailureInRuntime)) {
    lastFailureInRuntime = undefined;
    await save({ ...base, lastReview: review("allow", "") });
    // Unchecked mail must not carry a stamp from an earlier attempt: the mail-flow rule holds it.
    await Promise.resolve()
      .then(() => removeAuditHeader(currentComposeItem()))
      .catch(() => undefined);
    completeSend(event, { allow: true });
    return;
  }
  const text = withReason(failureText(lang, err, false, stateUnreadable));
  if (!(await save({ ...base, failedAt: now, lastReview: review("confirm", text) }))) lastFailureInRuntime = now;
  // "Send anyway" sends this attempt unchecked: no stamp from an earlier attempt may go with it.
  await Promise.resolve()
    .then(() => removeAuditHeader(currentComposeItem()))
    .catch(() => undefined);
  try {
    completeSend(event, { allow: false, text, userMayOverride: true });
  } catch {
    event.completed({ allowEvent: true });
  }
}

/**
 * The failure's sentence: the unreadable record's; else the failed step's own (e.g. the supervisor
 * not added: step-failure.ts), so the alert never blames encryption for another step's failure;
 * else the generic one — blocked while files to encrypt are still unencrypted, or "could not check".
 */
export function failureText(lang: Language, err: unknown, atRisk: boolean, stateUnreadable: boolean): string {
  if (atRisk && stateUnreadable) return t(lang, "stateUnreadableBlock");
  return stepFailureLine(err, lang, atRisk) ?? t(lang, atRisk ? "attachmentsUnprotectedBlock" : "handlerFailedPlain");
}
