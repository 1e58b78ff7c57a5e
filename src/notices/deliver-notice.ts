/**
 * What happens to a password notice at Send. The rules that keep it from being lost or sent twice:
 * - Before the message is allowed (a confirm or block), the notice is only "held" on this device:
 *   if the person then chooses "Send anyway", Outlook sends without asking us again, and the held
 *   notice is what is left for the task pane.
 * - Allowed, manual mode: "pending" in the queue.
 * - Allowed, Graph mode: first written as pending-and-uncertain (so a runtime cut off mid-call
 *   leaves an honest entry), then sent with a deferred send time; on success only a password-free
 *   "scheduled" record stays; on any failure it stays pending with the reason.
 * - A notice already sent, discarded or pending (the person's to send) is never sent again by us —
 *   except one the person sent or discarded while it was only held: the handler running again for
 *   this item proves the message had not left then, so the notice is issued anew under a derived id
 *   (`<id>.2`, `.3`…; derived, so a further Send finds that copy instead of making another).
 * - The same item sent again while its Graph copy waits: the waiting copy is cancelled first (when
 *   the tenant allows it), then a new one is scheduled; if it cannot be cancelled it is left as is.
 */
import type { PasswordNotice } from "../core/notice/password-notice";
import { cancelNoticeByGraph, deliveryDeadline, sendNoticeByGraph, type GraphPort } from "./graph-sender";
import type { NoticeQueue } from "./notice-queue";
import type { FallbackReason, NoticeStatus, QueueEntry } from "./queue-entry";

export type DeliveryReport =
  | { kind: "held" }
  | { kind: "queued"; fallback?: FallbackReason; uncertain?: boolean }
  | { kind: "scheduled"; sendAt: string; replaced: boolean }
  | { kind: "unchanged"; status: NoticeStatus; cancelFailed?: FallbackReason }
  | { kind: "store_failed" };

export interface DeliveryOptions {
  /** The Send is allowed by us (the review's verdict is allow). */
  allowed: boolean;
  delivery: "graph" | "manual";
  delayMinutes: number;
  /** The Graph connection, or why there is none (e.g. no clientId in the policy). */
  graph: GraphPort | { unavailable: FallbackReason };
  now?: () => number;
}

/** Leave at least this long before a deferred notice's send time to try cancelling it. */
export const CANCEL_MARGIN_MS = 60_000;

/** Enough for any number of stopped Sends a person will make; a bound so a damaged store cannot loop. */
const MAX_REISSUES = 50;

/** The notice under the id of its live copy: the first not settled by the person while only held. */
async function liveCopy(notice: PasswordNotice, queue: NoticeQueue): Promise<{ notice: PasswordNotice; existing: QueueEntry | undefined }> {
  let id = notice.id;
  for (let n = 2; n <= MAX_REISSUES + 1; n++) {
    const existing = await queue.get(id);
    if (!existing?.settledWhileHeld) return { notice: id === notice.id ? notice : { ...notice, id }, existing };
    id = `${notice.id}.${n}`;
  }
  return { notice, existing: await queue.get(notice.id) };
}

export async function deliverNotice(original: PasswordNotice, queue: NoticeQueue, options: DeliveryOptions): Promise<DeliveryReport> {
  const now = options.now ?? Date.now;
  try {
    const { notice, existing } = await liveCopy(original, queue);
    if (existing && (existing.status === "sent" || existing.status === "discarded" || existing.status === "pending")) {
      return { kind: "unchanged", status: existing.status };
    }
    if (!options.allowed) {
      if (existing && existing.status !== "held") return { kind: "unchanged", status: existing.status };
      await queue.put(notice, "held");
      return { kind: "held" };
    }
    if (options.delivery === "manual") {
      await queue.put(notice, "pending");
      return { kind: "queued" };
    }
    if ("unavailable" in options.graph) {
      await queue.put(notice, "pending", { fallback: options.graph.unavailable });
      return { kind: "queued", fallback: options.graph.unavailable };
    }
    const port = options.graph;
    // One budget for the whole delivery: cancelling a waiting copy and sending the new one.
    const deadline = deliveryDeadline(port);

    let replaced = false;
    if (existing && existing.status === "scheduled") {
      if (Date.parse(existing.sendAt) - now() < CANCEL_MARGIN_MS) return { kind: "unchanged", status: "scheduled" };
      const cancelled = await cancelNoticeByGraph(notice.id, port, deadline);
      if (cancelled.kind === "failed") return { kind: "unchanged", status: "scheduled", cancelFailed: cancelled.reason };
      if (cancelled.kind === "not_found") return { kind: "unchanged", status: "scheduled" };
      replaced = true;
    }

    const deferUntil = Math.max(Date.parse(notice.sendAt) || 0, now() + options.delayMinutes * 60_000);
    const sendAt = new Date(Math.floor(deferUntil / 1000) * 1000).toISOString();
    // Written before the call: if this runtime is cut off during it, the entry says what may have
    // happened. If the store fails here, Graph is still tried: it may yet save the notice.
    await queue.put(notice, "pending", { fallback: "uncertain", uncertain: true }).catch(() => undefined);
    const outcome = await sendNoticeByGraph(notice, deferUntil, port, deadline);
    if (outcome.kind === "scheduled") {
      await queue.put({ ...notice, sendAt }, "scheduled").catch(() => undefined);
      return { kind: "scheduled", sendAt, replaced };
    }
    await queue.put(notice, "pending", { fallback: outcome.reason, uncertain: outcome.uncertain });
    return { kind: "queued", fallback: outcome.reason, uncertain: outcome.uncertain };
  } catch {
    return { kind: "store_failed" };
  }
}
