/**
 * Hands the password notice that attachment protection composed (kept in the item's session
 * state) to the notices queue — last of all steps, so it acts on the Send that really leaves:
 * only when the review's verdict is allow does it deliver (Graph deferred send, or the manual
 * queue); otherwise it only holds the notice on this device, because "Send anyway" sends without
 * running the handler again. Never a password in a line it returns. The queue lives in the
 * mailbox's roaming settings so the task pane of every client can read it (notice-store.ts).
 */
import type { Action, Language, ReviewResult } from "../../core";
import { noticeAddressees } from "../../core/protect-check/plan";
import { resolveDeliveryProfile } from "../../core/protect-check/partner-profile";
import type { PasswordNotice } from "../../core/notice/password-notice";
import { noticeStore } from "../../outlook/notice-store";
import { deliverNotice, fallbackReasonText, graphPortFor, isPasswordNotice, NoticeQueue, noticeText, type DeliveryReport, type GraphFetch } from "../../notices";
import type { ApplyStep, SendContext } from "../send-step";

/** Finds the notice in any step's memory: the value itself, or its `passwordNotice` / `notice` field. */
export function findPasswordNotice(steps: Record<string, unknown> | undefined): PasswordNotice | undefined {
  if (!steps) return undefined;
  for (const value of Object.values(steps)) {
    if (isPasswordNotice(value)) return value;
    if (value && typeof value === "object") {
      const v = value as { passwordNotice?: unknown; notice?: unknown };
      if (isPasswordNotice(v.passwordNotice)) return v.passwordNotice;
      if (isPasswordNotice(v.notice)) return v.notice;
    }
  }
  return undefined;
}

export function reportLines(lang: Language, report: DeliveryReport): string[] {
  switch (report.kind) {
    case "held":
      // Attachment protection's own line already says the password follows separately.
      return [];
    case "queued":
      return [report.fallback ? noticeText(lang, "fallback", { reason: fallbackReasonText(lang, report.fallback) }) : noticeText(lang, "queued")];
    case "scheduled":
      return [noticeText(lang, "scheduled", { time: report.sendAt.slice(0, 16).replace("T", " ") })];
    case "store_failed":
      return [noticeText(lang, "storeFailed")];
    default:
      return [];
  }
}

/**
 * The notice addressed to the recipients as the message leaves. Attachment protection composed it
 * from the draft read at the start of this Send, before the BCC-omission fix moved anyone; so the
 * recipients the review moves (its move_to_bcc action, or a move left unfinished by an earlier
 * Send) count as BCC, and those in BCC get the notice in BCC, never visible to each other.
 */
export function addressedNotice(notice: PasswordNotice, ctx: SendContext, result: ReviewResult): PasswordNotice {
  if (ctx.policy.passwordNotice.to === "sender") return notice;
  const moved: string[] = [];
  for (const a of result.review.actions) if (a.kind === "move_to_bcc") moved.push(...a.addresses);
  const pending = (ctx.state.steps?.moveToBcc as { pending?: unknown } | undefined)?.pending;
  if (Array.isArray(pending)) moved.push(...pending.filter((x): x is string => typeof x === "string"));
  const { to, bcc } = noticeAddressees(ctx.draft, ctx.policy, result.review.external, moved);
  if (to.length === 0) return notice;
  const { bcc: _old, ...rest } = notice;
  return bcc.length > 0 ? { ...rest, to, bcc } : { ...rest, to };
}

function holdMinutesOf(actions: readonly Action[]): number {
  for (const a of actions) if (a.kind === "hold") return a.minutes;
  return 0;
}

export const passwordNoticeStep: ApplyStep = {
  name: "passwordNotice",
  async run(ctx, result) {
    const found = findPasswordNotice(ctx.state.steps);
    if (!found) return;
    const notice = addressedNotice(found, ctx, result);
    const settings = ctx.policy.passwordNotice;
    const fetchFn = typeof fetch === "function" ? (fetch.bind(globalThis) as unknown as GraphFetch) : undefined;
    // Roaming settings shared with the task pane, this device's stores as second copies.
    const store = noticeStore();
    // First put back what a task pane's stale save may have dropped, and forget sent ones here.
    await store.resync?.().catch(() => 0);
    const queue = new NoticeQueue(store);
    const report = await deliverNotice(notice, queue, {
      // The message leaves only if no earlier step (e.g. a failed archive) stopped this Send.
      allowed: ctx.verdict === "allow",
      delivery: settings.delivery,
      // A send hold delays the original; the password must not arrive before it.
      // The partner profile's delay (attachments.partners) when one decided, else the global one.
      delayMinutes: resolveDeliveryProfile(ctx.policy, result.review.external).noticeDelayMinutes + holdMinutesOf(result.review.actions),
      graph: graphPortFor(settings.graph, fetchFn),
    });
    await queue.prune().catch(() => undefined);
    const lines = reportLines(ctx.lang, report);
    // Fail closed: the archive must not leave while its password is nowhere the task pane can
    // read it. Block (no "Send anyway"); the line says what to do.
    if (report.kind === "store_failed") return { lines, verdict: "block", requireResend: true };
    // "Send anyway" would send the mail without running this step: the notice would stay held.
    if (report.kind === "held") return { lines, requireResend: true };
    return { lines };
  },
};
