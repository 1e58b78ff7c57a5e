/**
 * How long the add-in waits for one Office.js callback, and for a whole launch event.
 *
 * What Outlook does (the facts these numbers rest on):
 *
 * - A launch-event handler (OnMessageAttachmentsChanged, OnMessageRecipientsChanged…) "will time
 *   out within approximately 300 seconds, the maximum length of time allowed for running
 *   event-based add-ins"; each new event reactivates the add-in and resets that window
 *   (https://learn.microsoft.com/office/dev/add-ins/outlook/autolaunch, "Event-based activation
 *   behavior and limitations").
 * - OnMessageSend: after 5 seconds the user is told the add-in "is taking longer than expected";
 *   under SoftBlock (our manifest) and Block "the user will not be able to send the item until the
 *   add-in completes processing it". At five minutes it times out, and under SoftBlock/Block "the
 *   user can't send the item until the add-in completes its check. The user must attempt to send
 *   the item again" — no "Send Anyway" (only PromptUser offers that). SoftBlock sends only when
 *   the add-in is unavailable (e.g. an error loading it)
 *   (https://learn.microsoft.com/office/dev/add-ins/outlook/onmessagesend-onappointmentsend-events,
 *   "Long-running add-in operations", "Add-in timed out", "soft block"). So a hang does not fail
 *   open; it keeps the user waiting up to five minutes and then makes every retry wait again.
 * - Callbacks that never come, reported against Outlook: getAttachmentContentAsync when a large
 *   download takes about 80–90 s on a slow network (office-js#5845, web, new Outlook, Mac,
 *   classic), and in other cases (#4868, #5060 on the web, #912 classic Windows);
 *   addFileAttachmentAsync / large uploads on high-latency networks (#1130, #3614);
 *   saveAsync on Mac (#3382).
 *
 * The numbers:
 *
 * - A small call (recipients, subject, body, sessionData, internet headers, notifications, the
 *   attachment list, removing one attachment, roaming settings) is answered by the client or one
 *   small request: 20 s is four times the point where Outlook already calls the Send slow.
 * - Moving file bytes (getAttachmentContentAsync, addFileAttachmentFromBase64Async) gets 20 s plus
 *   4 s per MiB (about 2 Mbit/s, a slow link), at most 90 s: #5845 shows the host itself drops the
 *   callback of a download that takes 80–90 s, so waiting longer only wastes the user's time.
 * - The whole event gets 240 s: a minute under Outlook's 300, which is counted from activation
 *   (loading the runtime comes before our handler starts). Deadlines of calls in a row can add up
 *   past it; then the handler answers itself (on-message-send.ts, on-change-events.ts).
 *
 * Tests shorten all of them through `setCallTiming` (no real waiting in unit tests).
 */

export interface CallTiming {
  /** A small call. */
  smallCallMs: number;
  /** A call that moves file bytes: base, per MiB, and the most. */
  bytesBaseMs: number;
  bytesPerMiBMs: number;
  bytesMaxMs: number;
  /** The whole OnMessageSend handler. */
  sendBudgetMs: number;
  /** The whole attach-time (OnMessageAttachmentsChanged / RecipientsChanged) handler. */
  eventBudgetMs: number;
}

export const DEFAULT_CALL_TIMING: Readonly<CallTiming> = {
  smallCallMs: 20_000,
  bytesBaseMs: 20_000,
  bytesPerMiBMs: 4_000,
  bytesMaxMs: 90_000,
  sendBudgetMs: 240_000,
  eventBudgetMs: 240_000,
};

let timing: CallTiming = { ...DEFAULT_CALL_TIMING };

/** The calls that move a file's bytes: their deadline grows with the file. */
const BYTE_CALLS = new Set(["getAttachmentContentAsync", "addFileAttachmentFromBase64Async"]);

/** How long to wait for `call`'s callback; `bytes` is the file's size for the calls that move one. */
export function deadlineFor(call: string, bytes?: number): number {
  if (!BYTE_CALLS.has(call)) return timing.smallCallMs;
  const mib = bytes !== undefined && bytes > 0 ? bytes / (1024 * 1024) : 0;
  return Math.min(timing.bytesMaxMs, Math.round(timing.bytesBaseMs + mib * timing.bytesPerMiBMs));
}

export function sendBudgetMs(): number {
  return timing.sendBudgetMs;
}

export function eventBudgetMs(): number {
  return timing.eventBudgetMs;
}

/** For tests and the playground: shorter (or longer) waits. Unnamed fields keep their value. */
export function setCallTiming(overrides: Partial<CallTiming>): void {
  timing = { ...timing, ...overrides };
}

export function resetCallTiming(): void {
  timing = { ...DEFAULT_CALL_TIMING };
}

type Timer = ReturnType<typeof setTimeout>;
/** The deadline and budget timers this runtime has scheduled and not yet cleared. */
const liveTimers = new Set<Timer>();

/** setTimeout for a deadline or a budget, remembered so that endRuntimeTimers can stop it. */
export function startDeadlineTimer(fire: () => void, ms: number): Timer {
  const timer = setTimeout(() => {
    liveTimers.delete(timer);
    fire();
  }, ms);
  liveTimers.add(timer);
  return timer;
}

export function stopDeadlineTimer(timer: Timer): void {
  liveTimers.delete(timer);
  clearTimeout(timer);
}

/**
 * The runtime has ended: none of its deadlines or budgets fire. In Outlook an ended runtime runs
 * nothing again, so its handlers never wake up; a simulated runtime shares the process with the
 * next one, and without this its handlers woke at their deadline and acted on the next runtime's
 * message (a second password over the archive's, a file removed). The tests' runtime restart calls it.
 */
export function endRuntimeTimers(): void {
  for (const timer of liveTimers) clearTimeout(timer);
  liveTimers.clear();
}
