/**
 * One Microsoft Graph call with Graph's documented retry behaviour, inside a time budget:
 * 429 and 503 mean the request was not processed — wait Retry-After seconds (or back off
 * exponentially when absent) and try again, unless that wait would pass the deadline;
 * 401/403/404/other 4xx are final; 500/502/504 and a lost connection may or may not have been
 * processed, so a non-idempotent call (sendMail) is never repeated after them.
 * Each fetch (and the reading of its body) is also limited to the time left before the deadline:
 * a request with no answer by then may still have reached Graph, so it counts as ambiguous.
 * https://learn.microsoft.com/graph/throttling, https://learn.microsoft.com/graph/errors
 */
import { withinTime } from "./time-limit";

export interface FetchResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}
export type GraphFetch = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<FetchResponseLike>;

export type GraphFailureKind = "unauthorized" | "forbidden" | "not_found" | "throttled" | "server_error" | "unreachable" | "rejected";

export type GraphResult =
  | { ok: true; status: number; json: unknown }
  | { ok: false; kind: GraphFailureKind; status?: number; code?: string; /** The request may have been carried out. */ ambiguous: boolean };

export interface GraphClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface GraphCall {
  method: "GET" | "POST" | "DELETE";
  url: string;
  token: string;
  body?: unknown;
  /** Safe to repeat after an answer that may have been lost (GET, DELETE). */
  idempotent: boolean;
  /** Epoch ms after which no retry starts. */
  deadline: number;
}

const MAX_ATTEMPTS = 4;
const BASE_BACKOFF_MS = 500;

export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function errorCode(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown } };
    return typeof parsed.error?.code === "string" ? parsed.error.code : undefined;
  } catch {
    return undefined;
  }
}

export async function graphCall(call: GraphCall, fetchFn: GraphFetch, clock: GraphClock): Promise<GraphResult> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${call.token}`,
    Accept: "application/json",
    // Ids that stay the same when Exchange moves the message between folders (Drafts, Outbox, Sent Items).
    Prefer: 'IdType="ImmutableId"',
  };
  if (call.body !== undefined) headers["Content-Type"] = "application/json";
  const init = { method: call.method, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body) };

  let last: GraphResult = { ok: false, kind: "unreachable", ambiguous: false };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let response: FetchResponseLike;
    // Not started once the budget is spent: nothing was sent, an honest "unreachable".
    const left = call.deadline - clock.now();
    if (left <= 0) return last;
    try {
      const answered = await withinTime(fetchFn(call.url, init), left);
      if (!answered.done) {
        // Sent, no answer in time. A write may have been carried out: ambiguous, never repeated.
        return { ok: false, kind: "unreachable", ambiguous: !call.idempotent };
      }
      response = answered.value;
    } catch {
      // No answer at all. A write may still have reached Graph: repeat only what is idempotent.
      last = { ok: false, kind: "unreachable", ambiguous: false };
      if (!call.idempotent) return last;
      const wait = BASE_BACKOFF_MS * 2 ** attempt;
      if (clock.now() + wait > call.deadline) return last;
      await clock.sleep(wait);
      continue;
    }
    // The status is what counts; a body that does not arrive in time is read as empty.
    const body = await withinTime(response.text(), call.deadline - clock.now()).catch(() => ({ done: false as const }));
    const text = body.done ? body.value : "";
    const status = response.status;
    if (status >= 200 && status < 300) {
      let json: unknown = undefined;
      if (text) {
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
      }
      return { ok: true, status, json };
    }
    const code = errorCode(text);
    if (status === 401) return { ok: false, kind: "unauthorized", status, code, ambiguous: false };
    if (status === 403) return { ok: false, kind: "forbidden", status, code, ambiguous: false };
    if (status === 404) return { ok: false, kind: "not_found", status, code, ambiguous: false };
    const notProcessed = status === 429 || status === 503;
    if (notProcessed || (status >= 500 && call.idempotent)) {
      last = { ok: false, kind: status === 429 ? "throttled" : "server_error", status, code, ambiguous: false };
      const wait = retryAfterMs(response.headers.get("Retry-After"), clock.now()) ?? BASE_BACKOFF_MS * 2 ** attempt;
      if (clock.now() + wait > call.deadline) return last;
      await clock.sleep(wait);
      continue;
    }
    if (status >= 500) return { ok: false, kind: "server_error", status, code, ambiguous: true };
    return { ok: false, kind: "rejected", status, code, ambiguous: false };
  }
  return last;
}
