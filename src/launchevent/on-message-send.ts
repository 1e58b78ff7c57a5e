/**
 * The OnMessageSend handler: read the draft, load the policy, review, apply what the review
 * decided, complete the event. Every path — errors included — ends in event.completed, so no
 * user is ever left stuck at Send.
 */
import { pickLanguage, review, t, type Language } from "../core";
import { addRecipients } from "../outlook/apply-recipients";
import { completeSend } from "../outlook/complete-send";
import { currentComposeItem } from "../outlook/compose-item";
import { deviceStore } from "../outlook/device-store";
import { readDraft } from "../outlook/read-draft";
import { loadState, saveState, type StoredState } from "../outlook/session-state";
import { loadPolicy, type FetchLike } from "./load-policy";
import { policyUrl } from "./policy-url";
import { describeError } from "./describe-error";

/** A failed check lets the next failing Send of the same message through if it comes within this time. */
const FAILURE_GRACE_MS = 10 * 60 * 1000;
/** Set only when the session state could not record a failure. */
let lastFailureInRuntime: number | undefined;

export async function onMessageSend(event: Office.AddinCommands.Event): Promise<void> {
  let lang: Language = "en";
  let state: StoredState | undefined;
  try {
    lang = pickLanguage(Office.context?.displayLanguage);
    const item = currentComposeItem();
    const fetchFn = typeof fetch === "function" ? (fetch.bind(globalThis) as unknown as FetchLike) : undefined;
    const [draft, loaded, stored] = await Promise.all([
      readDraft(item),
      loadPolicy(policyUrl(), fetchFn, deviceStore()),
      loadState(item).then((s) => (state = s)),
    ]);
    const notes = loaded.source === "defaults" && loaded.problem ? [t(lang, "policyFallback")] : [];
    const result = review({ draft, policy: loaded.policy, state: stored, lang, notes });
    const { verdict, actions, message } = result.review;

    await addRecipients(item, actions);
    await saveState(item, { confirmed: result.state.confirmed });

    if (verdict === "allow") {
      completeSend(event, { allow: true });
    } else {
      completeSend(event, {
        allow: false,
        text: message,
        markdown: result.markdown,
        userMayOverride: verdict === "confirm",
        cancelLabel: t(lang, "cancelLabel"),
      });
    }
  } catch (err) {
    // The state may not have arrived before another read failed: its failure mark matters here.
    const known = state ?? (await Promise.resolve().then(() => loadState(currentComposeItem())).catch(() => undefined));
    await failSafely(event, lang, known, err);
  }
}

/**
 * The check itself failed. The first time, stop and say why (with "Send anyway" where the client
 * has it); if the next Send of the same message fails again, it goes through, so nobody is stuck
 * behind a broken check. The failure is remembered in the item's session state, or — when that is
 * what failed — in this runtime's memory.
 */
async function failSafely(event: Office.AddinCommands.Event, lang: Language, state: StoredState | undefined, err: unknown): Promise<void> {
  const now = Date.now();
  const recent = (t: number | undefined) => t !== undefined && now - t < FAILURE_GRACE_MS;
  if (recent(state?.failedAt) || recent(lastFailureInRuntime)) {
    lastFailureInRuntime = undefined;
    await saveState(currentComposeItem(), { confirmed: state?.confirmed ?? [] }).catch(() => undefined);
    completeSend(event, { allow: true });
    return;
  }
  try {
    await saveState(currentComposeItem(), { confirmed: state?.confirmed ?? [], failedAt: now });
  } catch {
    lastFailureInRuntime = now;
  }
  try {
    completeSend(event, { allow: false, text: t(lang, "handlerFailed", { reason: describeError(err) }), userMayOverride: true });
  } catch {
    event.completed({ allowEvent: true });
  }
}
