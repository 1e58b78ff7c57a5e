/**
 * The OnMessageSend handler: read the draft, load the policy, gather what the checks need,
 * review, run the apply steps (send-steps.ts), complete the event. Every path — errors included — ends in event.completed, so no
 * user is ever left stuck at Send.
 */
import { composeAlert, pickLanguage, review, t, type Language, type Verdict } from "../core";
import { completeSend } from "../outlook/complete-send";
import { currentComposeItem } from "../outlook/compose-item";
import { removeAuditHeader } from "../outlook/audit-header";
import { deviceStore } from "../outlook/device-store";
import { displayLanguage } from "../outlook/display-language";
import { readDraft } from "../outlook/read-draft";
import { loadState, saveState, type StoredState } from "../outlook/session-state";
import { loadPolicy, type FetchLike } from "./load-policy";
import { policyUrl } from "./policy-url";
import { describeError } from "./describe-error";
import type { SendContext } from "./send-step";
import { applySteps, gatherSteps } from "./send-steps";

/** A failed check lets the next failing Send of the same message through if it comes within this time. */
const FAILURE_GRACE_MS = 10 * 60 * 1000;
/** Set only when the session state could not record a failure. */
let lastFailureInRuntime: number | undefined;

const RANK: Record<Verdict, number> = { allow: 0, confirm: 1, block: 2 };

export async function onMessageSend(event: Office.AddinCommands.Event): Promise<void> {
  let lang: Language = "en";
  let state: StoredState | undefined;
  let live: SendContext | undefined;
  try {
    lang = pickLanguage(displayLanguage());
    const item = currentComposeItem();
    const fetchFn = typeof fetch === "function" ? (fetch.bind(globalThis) as unknown as FetchLike) : undefined;
    const [draft, loaded, stored] = await Promise.all([
      readDraft(item),
      loadPolicy(policyUrl(), fetchFn, deviceStore()),
      loadState(item).then((s) => (state = s)),
    ]);
    const ctx: SendContext = {
      item,
      draft,
      policy: loaded.policy,
      lang,
      state: stored,
      bytes: new Map(),
      contents: [],
      policySource: loaded.source,
      verdict: "allow",
    };
    live = ctx;
    for (const step of gatherSteps) await step.run(ctx);

    const result = review({ draft, policy: ctx.policy, state: stored, lang, contents: ctx.contents, misdirection: ctx.misdirection });
    ctx.verdict = result.review.verdict;
    // A step that stops the Send says why first, so its line survives the 500-character cut.
    const stopLines: string[] = [];
    const lines = [...result.lines];
    ctx.state = { ...ctx.state, confirmed: result.state.confirmed };
    for (const step of applySteps) {
      const outcome = await step.run(ctx, result);
      const stops = outcome?.verdict !== undefined && outcome.verdict !== "allow";
      if (outcome?.lines) (stops ? stopLines : lines).push(...outcome.lines);
      if (outcome?.verdict && RANK[outcome.verdict] > RANK[ctx.verdict]) ctx.verdict = outcome.verdict;
    }
    lines.unshift(...stopLines);
    const verdict = ctx.verdict;
    if (verdict !== "allow" && loaded.source === "defaults" && loaded.problem) lines.push(t(lang, "policyFallback"));
    const alert = verdict === "allow" ? undefined : composeAlert(lang, verdict, lines);
    const lastReview = { verdict, message: alert?.text ?? "", at: Date.now() };
    await saveState(item, { confirmed: ctx.state.confirmed, steps: ctx.state.steps, lastReview });

    if (!alert) {
      completeSend(event, { allow: true });
      return;
    }
    completeSend(event, {
      allow: false,
      text: alert.text,
      markdown: alert.markdown,
      userMayOverride: verdict === "confirm",
      cancelLabel: t(lang, "cancelLabel"),
    });
  } catch (err) {
    // The state may not have arrived before another read failed: its failure mark matters here.
    const loaded = state ?? (await Promise.resolve().then(() => loadState(currentComposeItem())).catch(() => undefined));
    // Keep what the steps already recorded (an archive's password saved ahead of attaching it),
    // but not confirmations from a review the user never saw.
    const known: StoredState = { confirmed: loaded?.confirmed ?? [], failedAt: loaded?.failedAt, steps: live?.state.steps ?? loaded?.steps };
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
    await saveState(currentComposeItem(), { confirmed: state?.confirmed ?? [], steps: state?.steps }).catch(() => undefined);
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
  try {
    completeSend(event, { allow: false, text: t(lang, "handlerFailed", { reason: describeError(err) }), userMayOverride: true });
  } catch {
    event.completed({ allowEvent: true });
  }
}
