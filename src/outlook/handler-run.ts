/**
 * One run of a launch-event handler, and its stop.
 *
 * At its budget a handler answers itself (answer-in-time.ts) and Outlook takes the event as over:
 * completed() "indicates that the add-in has completed processing and will automatically be
 * closed" (https://learn.microsoft.com/javascript/api/office/office.addincommands.event) — closed
 * when the host gets to it, not at that instant, and where event-based tasks run in a browser
 * runtime (web, new Outlook, Mac: https://learn.microsoft.com/office/dev/add-ins/testing/runtimes)
 * the same page may serve the next events. Until then a call the run was waiting for can still
 * answer late and the run's promise chain go on — zipping, attaching, removing files on a message
 * whose user was told it had stopped, or racing the next run. The simulator keeps the runtime
 * alive the same way.
 *
 * So a run is expired with its budget, and from then on every Office.js call it would start is
 * refused (office-call.ts) with RunExpiredError: the run unwinds through its ordinary failure
 * paths, which never remove an original before its archive is confirmed (protect-attachments.ts).
 *
 * Which run a call belongs to: runs of this runtime take turns (attach-protection.ts `takeTurn`),
 * so the run holding the turn owns the calls made meanwhile. Calls made with no run holding the
 * turn (OnNewMessageCompose, the task pane) are never refused.
 */

export interface HandlerRun {
  readonly expired: boolean;
  /** The budget is spent: no further call of this run may start. */
  expire(): void;
  /** This run holds the turn from now: calls made meanwhile are its calls. */
  enter(): void;
  /** This run gave the turn back. */
  leave(): void;
}

/** The run holding the turn in this runtime, if any. */
let current: HandlerRun | undefined;

export function startRun(): HandlerRun {
  let expired = false;
  const run: HandlerRun = {
    get expired() {
      return expired;
    },
    expire: () => void (expired = true),
    enter: () => void (current = run),
    leave: () => {
      if (current === run) current = undefined;
    },
  };
  return run;
}

/** True when the run holding the turn has spent its budget: the call about to start is refused. */
export function currentRunExpired(): boolean {
  return current?.expired === true;
}
