/**
 * The OnMessageSend handler: read the draft, load the policy, gather what the checks need,
 * review, run the apply steps (send-steps.ts), complete the event. Every path — errors included — ends in event.completed, so no
 * user is ever left without an answer at Send; a failure lets the message go only when no file the
 * policy wants encrypted may be on it (fail-safely.ts). Every Office.js call is bounded
 * (office-call.ts) and so is the whole handler (answer-in-time.ts): a call that never answers
 * becomes a failure of its step, named in the alert, never a Send left waiting for Outlook's limit.
 */
import { composeAlert, confirmedAfterAlert, pickLanguage, review, t, type AlertBlock, type Language, type ReviewResult, type Verdict } from "../core";
import { completeSend } from "../outlook/complete-send";
import { currentComposeItem } from "../outlook/compose-item";
import { deviceStore } from "../outlook/device-store";
import { displayLanguage } from "../outlook/display-language";
import { readDraft } from "../outlook/read-draft";
import { isStateUnreadable, keepState, loadState, type StoredState } from "../outlook/session-state";
import { loadPolicy, policyDetail, policyNote, type FetchLike, type LoadedPolicy } from "./load-policy";
import { attachmentsAtRisk } from "./attachments-at-risk";
import { policyUrl } from "./policy-url";
import { failSafely, failureText } from "./fail-safely";
import type { SendContext } from "./send-step";
import { applySteps, gatherSteps } from "./send-steps";
import { takeTurn } from "./attach-protection";
import { carriedAtSend } from "./carried-at-send";
import { answerOnce, outOfTime } from "./answer-in-time";
import { noAnswerLine } from "./no-answer";
import { sendBudgetMs } from "../outlook/call-deadlines";
import { watchTimeouts } from "../outlook/office-call";
import { startRun } from "../outlook/handler-run";

const RANK: Record<Verdict, number> = { allow: 0, confirm: 1, block: 2 };

/**
 * Runs the apply steps in order; each may raise ctx.verdict. Returns the alert blocks: the lines of
 * steps that stop the Send, then the review's parts, then the other steps' lines; composeAlert
 * orders them by section (stop reasons, actions, findings, notes), keeping this order within one.
 */
async function applyAll(ctx: SendContext, result: ReviewResult): Promise<{ blocks: AlertBlock[]; partsAt: number; requireResend: boolean; detail: string[]; withdrawnFrom: boolean[] }> {
  ctx.verdict = result.review.verdict;
  ctx.state = { ...ctx.state, confirmed: result.state.confirmed };
  const stops: AlertBlock[] = [];
  const others: AlertBlock[] = [];
  let requireResend = false;
  const detail: string[] = [];
  const withdrawn = new Set<string>();
  for (const step of applySteps) {
    const outcome = await step.run(ctx, result);
    for (const line of outcome?.withdraw ?? []) withdrawn.add(line);
    if (outcome?.requireResend) requireResend = true;
    if (outcome?.detail) detail.push(...outcome.detail);
    const stopping = outcome?.verdict !== undefined && outcome.verdict !== "allow";
    if (outcome?.lines?.length) (stopping ? stops : others).push({ section: outcome.section ?? (stopping ? "stop" : "action"), lines: outcome.lines });
    if (outcome?.verdict && RANK[outcome.verdict] > RANK[ctx.verdict]) ctx.verdict = outcome.verdict;
  }
  // A step proved some of the review's lines untrue (e.g. no archive was made): they are not shown.
  const parts = result.parts.map((p) => ({ section: p.section, lines: p.lines.filter((l) => !withdrawn.has(l)) }));
  const withdrawnFrom = result.parts.map((p, i) => parts[i].lines.length < p.lines.length);
  return { blocks: [...stops, ...parts, ...others], partsAt: stops.length, requireResend, detail, withdrawnFrom };
}

export async function onMessageSend(sendEvent: Office.AddinCommands.Event): Promise<void> {
  let lang: Language = "en";
  try {
    lang = pickLanguage(displayLanguage());
  } catch {
    // English until the handler knows better.
  }
  // Calls that did not answer in time during this Send: the alert names them.
  let timeouts: { readonly calls: readonly string[]; stop(): void } | undefined;
  // Answered once, and within the budget whatever hangs (answer-in-time.ts).
  // At the budget the run stops too: none of its later Office.js calls starts (handler-run.ts).
  const run = startRun();
  const answer = answerOnce(sendEvent, sendBudgetMs(), (e) => {
    run.expire();
    outOfTime(e, lang, timeouts?.calls ?? []);
  });
  const event = answer.event;
  let state: StoredState | undefined;
  let live: SendContext | undefined;
  // Kept for the failure path: the policy decides whether a failure may let the message go.
  let policyLoad: Promise<LoadedPolicy> | undefined;
  // Files being protected since they were attached (this runtime): that run finishes first, and
  // none starts during this Send (attach-protection.ts).
  const release = await takeTurn(run);
  timeouts = watchTimeouts();
  try {
    lang = pickLanguage(displayLanguage());
    const fetchFn = typeof fetch === "function" ? (fetch.bind(globalThis) as unknown as FetchLike) : undefined;
    policyLoad = loadPolicy(policyUrl(), fetchFn, deviceStore());
    const item = currentComposeItem();
    const [draft, loaded, stored] = await Promise.all([readDraft(item), policyLoad, loadState(item).then((s) => (state = s))]);
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

    const result = review({ draft, policy: ctx.policy, state: stored, lang, contents: ctx.contents, misdirection: ctx.misdirection, carried: carriedAtSend(draft, stored) });
    const applied = await applyAll(ctx, result);
    const { blocks, requireResend, detail } = applied;
    let partsAt = applied.partsAt;
    const verdict = ctx.verdict;
    // A step that waited on Outlook in vain says so first (what did not answer); the message
    // goes only where that step's design lets it (e.g. an optional info bar).
    const noAnswer = verdict === "allow" ? undefined : noAnswerLine(lang, timeouts.calls);
    if (noAnswer) {
      blocks.unshift({ section: "stop", lines: [noAnswer] });
      partsAt += 1;
    }
    if (timeouts.calls.length > 0) detail.push(`no answer in time: ${[...new Set(timeouts.calls)].join(", ")}`);
    const note = verdict === "allow" ? undefined : policyNote(lang, loaded);
    if (note) blocks.push({ section: "note", lines: [note] });
    const alert = verdict === "allow" ? undefined : composeAlert(lang, verdict, blocks);
    // Only what the alert really showed counts as seen (the review's parts start at partsAt).
    // A part with withdrawn lines was not seen as the review wrote it: it asks again next time.
    const partsShown = (alert?.shown.slice(partsAt, partsAt + result.parts.length) ?? []).map((n, i) => (applied.withdrawnFrom[i] ? 0 : n));
    // The budget already answered this Send (answer-in-time.ts): the user saw that answer, not
    // this alert, so nothing in it counts as confirmed, and the last review stays as it was.
    const late = answer.done;
    const confirmed = late ? stored.confirmed : alert ? confirmedAfterAlert(stored.confirmed, result.parts, partsShown) : ctx.state.confirmed;
    const details = [policyDetail(loaded), ...detail].filter((d): d is string => !!d);
    const lastReview = { verdict, message: alert?.text ?? "", at: Date.now(), ...(details.length > 0 ? { detail: details.join("\n") } : {}) };
    await keepState(item, { confirmed, steps: ctx.state.steps, lastReview: late ? stored.lastReview : lastReview }, stored);

    if (!alert) {
      completeSend(event, { allow: true });
      return;
    }
    completeSend(event, {
      allow: false,
      text: alert.text,
      markdown: alert.markdown,
      userMayOverride: verdict === "confirm" && !requireResend && !result.noSendAnyway,
      cancelLabel: t(lang, "cancelLabel"),
    });
  } catch (err) {
    // The budget already answered this Send and stopped the run: nothing more to say or save.
    if (run.expired) return;
    // The state may not have arrived before another read failed: its failure mark matters here.
    let rereadError: unknown;
    const loaded =
      state ??
      (await Promise.resolve()
        .then(() => loadState(currentComposeItem()))
        .catch((e: unknown) => void (rereadError = e)));
    // Outlook would not hand the record over (an ordinary error every time): it may hold an
    // archive's password, so it is never saved over and the Send is blocked saying so.
    const stateUnreadable = !loaded && (isStateUnreadable(err) || isStateUnreadable(rereadError));
    // Keep what the steps already recorded (an archive's password saved ahead of attaching it),
    // but not confirmations from a review the user never saw.
    // Never read at all (Outlook did not answer): unknown, and never overwritten — a save now
    // would replace the archive's password with nothing.
    const known: StoredState | undefined = loaded && { confirmed: loaded.confirmed ?? [], failedAt: loaded.failedAt, steps: live?.state.steps ?? loaded.steps };
    let atRisk = true;
    try {
      const item = await Promise.resolve().then(() => currentComposeItem()).catch(() => undefined);
      const policy = live?.policy ?? (await (policyLoad ?? Promise.reject()).catch(() => undefined))?.policy;
      atRisk = await attachmentsAtRisk({ item, policy, draft: live?.draft, state: live?.state ?? loaded ?? undefined, stateUnreadable });
    } catch {
      // Cannot tell: treated as at risk (fail closed).
    }
    try {
      await failSafely(event, lang, known, err, atRisk, noAnswerLine(lang, timeouts.calls), stateUnreadable);
    } catch {
      // Last resort, as when the add-in cannot run at all under SoftBlock: the message goes —
      // unless files the policy wants encrypted may be on it.
      const last: Office.SmartAlertsEventCompletedOptions = atRisk ? { allowEvent: false, errorMessage: failureText(lang, err, true, stateUnreadable) } : { allowEvent: true };
      event.completed(last);
    }
  } finally {
    answer.stop();
    timeouts.stop();
    release();
  }
}
