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

/** A failed check lets the next Send through only if it comes soon after (same runtime). */
const FAILURE_GRACE_MS = 10 * 60 * 1000;
let lastFailureInRuntime = 0;

export async function onMessageSend(event: Office.AddinCommands.Event): Promise<void> {
  let lang: Language = "en";
  let state: StoredState | undefined;
  try {
    lang = pickLanguage(Office.context?.displayLanguage);
    const item = currentComposeItem();
    const fetchFn = typeof fetch === "function" ? (fetch.bind(globalThis) as unknown as FetchLike) : undefined;
    const [draft, loaded, stored] = await Promise.all([readDraft(item), loadPolicy(policyUrl(), fetchFn, deviceStore()), loadState(item)]);
    state = stored;
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
    await failSafely(event, lang, state, err);
  }
}

/**
 * The check itself failed. The first time, stop and say why (with "Send anyway" where the client
 * has it); a second Send of the same message goes through, so nobody is stuck behind a broken check.
 */
async function failSafely(event: Office.AddinCommands.Event, lang: Language, state: StoredState | undefined, err: unknown): Promise<void> {
  const now = Date.now();
  const failedBefore = (state?.failedAt !== undefined && now - state.failedAt < FAILURE_GRACE_MS) || now - lastFailureInRuntime < FAILURE_GRACE_MS;
  if (failedBefore) {
    lastFailureInRuntime = 0;
    try {
      const item = currentComposeItem();
      await saveState(item, { confirmed: state?.confirmed ?? [] });
    } catch {
      /* the state is a convenience; sending matters more */
    }
    completeSend(event, { allow: true });
    return;
  }
  lastFailureInRuntime = now;
  try {
    await saveState(currentComposeItem(), { confirmed: state?.confirmed ?? [], failedAt: now });
  } catch {
    /* the runtime's own memory above still lets the next Send through */
  }
  try {
    completeSend(event, { allow: false, text: t(lang, "handlerFailed", { reason: describeError(err) }), userMayOverride: true });
  } catch {
    event.completed({ allowEvent: true });
  }
}
