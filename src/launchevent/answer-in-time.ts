/**
 * A launch event answered once, and in time.
 *
 * Each Office.js call has its own deadline (call-deadlines.ts), but calls in a row can add up past
 * Outlook's ~300 s limit for an event. Under SoftBlock a Send that reaches that limit is not sent
 * and the user must press Send again after up to five minutes of "taking longer than expected"
 * (https://learn.microsoft.com/office/dev/add-ins/outlook/onmessagesend-onappointmentsend-events,
 * "Add-in timed out"). So the handler answers itself at its budget: the Send blocked, with no
 * "Send anyway" (fail closed, as an unprotected file may still be on the message), naming what
 * Outlook had not answered. The handler's own answer, if it comes later, is dropped: an event is
 * completed once.
 *
 * The work stops at its next Office.js call: the handler expires its run in `onExpire`
 * (handler-run.ts), and every step is safe to interrupt at any call (the "runtime ends" fault
 * tests). The next run of this runtime waits for it (takeTurn) before it starts.
 */
import { t, type Language } from "../core";
import { completeSend } from "../outlook/complete-send";
import { callsWaiting } from "../outlook/office-call";
import { startDeadlineTimer, stopDeadlineTimer } from "../outlook/call-deadlines";
import { describeCalls } from "./no-answer";

const MESSAGE_MAX_CHARS = 500;

export interface Answered<E> {
  /** The event to hand to the handler's code: its completed() goes through once. */
  event: E;
  readonly done: boolean;
  /** Stops the budget's timer (the handler has answered, or is about to). */
  stop(): void;
}

/** Wraps `event` so that completed() takes effect once; calls `onExpire` after `budgetMs` unless answered. */
export function answerOnce<E extends { completed: (options?: never) => void }>(event: E, budgetMs: number, onExpire: (event: E) => void): Answered<E> {
  let done = false;
  const guarded = Object.create(event) as E;
  (guarded as { completed: (options?: unknown) => void }).completed = (options?: unknown) => {
    if (done) return;
    done = true;
    (event.completed as (o?: unknown) => void)(options);
  };
  const timer = startDeadlineTimer(() => {
    if (!done) onExpire(guarded);
  }, budgetMs);
  return {
    event: guarded,
    get done() {
      return done;
    },
    stop: () => stopDeadlineTimer(timer),
  };
}

/** The OnMessageSend answer at the end of the budget: blocked, no "Send anyway", what was still waiting. */
export function outOfTime(event: Office.AddinCommands.Event, lang: Language, timedOut: readonly string[]): void {
  const calls = [...new Set([...timedOut, ...callsWaiting()])].slice(0, 2);
  const text = t(lang, "sendOutOfTime", { waiting: calls.length > 0 ? describeCalls(lang, calls) : "" }).slice(0, MESSAGE_MAX_CHARS);
  try {
    completeSend(event, { allow: false, text, userMayOverride: false });
  } catch {
    const blocked: Office.SmartAlertsEventCompletedOptions = { allowEvent: false, errorMessage: text };
    event.completed(blocked);
  }
}
