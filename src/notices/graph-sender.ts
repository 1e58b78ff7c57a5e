/**
 * Sends a password notice through Microsoft Graph with a deferred send time, and cancels one that
 * has not left yet. Sending needs only delegated Mail.Send (POST /me/sendMail). Cancelling needs
 * Mail.ReadWrite (find the message by our notice-id property, then permanentDelete it); without
 * that consent, cancelling reports "not permitted" and the deferred notice still leaves.
 */
import type { PasswordNotice } from "../core/notice/password-notice";
import { graphCall, type GraphClock, type GraphFetch, type GraphResult } from "./graph-client";
import { noticeIdFilter, sendMailRequest } from "./graph-message";
import { withinTime } from "./time-limit";
import type { FallbackReason } from "./queue-entry";

/** Returns an access token for these scopes, or throws / returns undefined when none can be had silently. */
export type TokenSource = (scopes: string[]) => Promise<string | undefined>;

export const SEND_SCOPES = ["Mail.Send"];
export const CANCEL_SCOPES = ["Mail.ReadWrite"];

export interface GraphPort {
  baseUrl: string;
  getToken: TokenSource;
  fetch: GraphFetch;
  clock: GraphClock;
  /** Milliseconds one delivery may take, retries included. */
  budgetMs: number;
}

export type GraphSendOutcome = { kind: "scheduled" } | { kind: "failed"; reason: FallbackReason; uncertain: boolean };
export type GraphCancelOutcome = { kind: "cancelled"; count: number } | { kind: "not_found" } | { kind: "failed"; reason: FallbackReason };

/** A token within the time left; a silent sign-in that hangs counts as none (nothing was sent yet). */
async function tokenFor(port: GraphPort, scopes: string[], deadline: number): Promise<string | undefined> {
  try {
    const got = await withinTime(Promise.resolve().then(() => port.getToken(scopes)), deadline - port.clock.now());
    return got.done ? got.value || undefined : undefined;
  } catch {
    return undefined;
  }
}

/** The end of one delivery's budget; pass it on so cancelling and sending share it. */
export function deliveryDeadline(port: GraphPort): number {
  return port.clock.now() + port.budgetMs;
}

function reasonOf(result: Exclude<GraphResult, { ok: true }>): FallbackReason {
  if (result.ambiguous) return "uncertain";
  switch (result.kind) {
    case "unauthorized":
      return "unauthorized";
    case "forbidden":
      return "forbidden";
    case "throttled":
      return "throttled";
    case "server_error":
      return "server_error";
    case "unreachable":
      return "unreachable";
    default:
      return "rejected";
  }
}

export async function sendNoticeByGraph(notice: PasswordNotice, deferUntilMs: number, port: GraphPort, deadline = deliveryDeadline(port)): Promise<GraphSendOutcome> {
  const token = await tokenFor(port, SEND_SCOPES, deadline);
  if (!token) return { kind: "failed", reason: "no_token", uncertain: false };
  const result = await graphCall(
    { method: "POST", url: `${port.baseUrl}/me/sendMail`, token, body: sendMailRequest(notice, deferUntilMs), idempotent: false, deadline },
    port.fetch,
    port.clock,
  );
  if (result.ok) return { kind: "scheduled" };
  return { kind: "failed", reason: reasonOf(result), uncertain: result.ambiguous };
}

/** Deletes the deferred copy of this notice (wherever Exchange keeps it until its send time). */
export async function cancelNoticeByGraph(noticeId: string, port: GraphPort, deadline = deliveryDeadline(port)): Promise<GraphCancelOutcome> {
  const token = await tokenFor(port, CANCEL_SCOPES, deadline);
  if (!token) return { kind: "failed", reason: "no_token" };
  const query = `$filter=${encodeURIComponent(noticeIdFilter(noticeId))}&$select=id`;
  const found = await graphCall({ method: "GET", url: `${port.baseUrl}/me/messages?${query}`, token, idempotent: true, deadline }, port.fetch, port.clock);
  if (!found.ok) return { kind: "failed", reason: reasonOf(found) };
  const value = (found.json as { value?: Array<{ id?: unknown }> } | undefined)?.value;
  const ids = Array.isArray(value) ? value.map((m) => m.id).filter((id): id is string => typeof id === "string") : [];
  if (ids.length === 0) return { kind: "not_found" };
  let count = 0;
  for (const id of ids) {
    const deleted = await graphCall(
      { method: "POST", url: `${port.baseUrl}/me/messages/${encodeURIComponent(id)}/permanentDelete`, token, idempotent: true, deadline },
      port.fetch,
      port.clock,
    );
    if (deleted.ok || (!deleted.ok && deleted.kind === "not_found")) count++;
    else return { kind: "failed", reason: reasonOf(deleted) };
  }
  return { kind: "cancelled", count };
}
