/**
 * When the check itself fails. Every path still completes the event: nobody is ever stuck at Send.
 */
import { t, type Language } from "../core";
import { removeAuditHeader } from "../outlook/audit-header";
import { completeSend } from "../outlook/complete-send";
import { currentComposeItem } from "../outlook/compose-item";
import { saveState, type StoredState } from "../outlook/session-state";
import { describeError } from "./describe-error";

/** A failed check lets the next failing Send of the same message through if it comes within this time. */
const FAILURE_GRACE_MS = 10 * 60 * 1000;
/** Set only when the session state could not record a failure. */
let lastFailureInRuntime: number | undefined;

/**
 * The check itself failed. The first time, stop and say why (with "Send anyway" where the client
 * has it); if the next Send of the same message fails again, it goes through, so nobody is stuck
 * behind a broken check. The failure is remembered in the item's session state, or — when that is
 * what failed — in this runtime's memory.
 */
export async function failSafely(event: Office.AddinCommands.Event, lang: Language, state: StoredState | undefined, err: unknown): Promise<void> {
  const now = Date.now();
  const recent = (t: number | undefined) => t !== undefined && now - t < FAILURE_GRACE_MS;
  if (recent(state?.failedAt) || recent(lastFailureInRuntime)) {
    lastFailureInRuntime = undefined;
    await Promise.resolve()
      .then(() => saveState(currentComposeItem(), { confirmed: state?.confirmed ?? [], steps: state?.steps }))
      .catch(() => undefined);
    // Unchecked mail must not carry a stamp from an earlier attempt: the mail-flow rule holds it.
    await Promise.resolve()
      .then(() => removeAuditHeader(currentComposeItem()))
      .catch(() => undefined);
    completeSend(event, { allow: true });
    return;
  }
  try {
    await saveState(currentComposeItem(), { confirmed: state?.confirmed ?? [], failedAt: now, steps: state?.steps });
  } catch {
    lastFailureInRuntime = now;
  }
  // "Send anyway" sends this attempt unchecked: no stamp from an earlier attempt may go with it.
  await Promise.resolve()
    .then(() => removeAuditHeader(currentComposeItem()))
    .catch(() => undefined);
  try {
    completeSend(event, { allow: false, text: t(lang, "handlerFailed", { reason: describeError(err) }), userMayOverride: true });
  } catch {
    event.completed({ allowEvent: true });
  }
}
