/**
 * Promise wrappers over Office.js's callback style. Every failure becomes an OfficeCallError that
 * names the call and carries Office's own error name and code, so an alert can say what failed.
 *
 * Every call is bounded: a callback that does not come within the call's deadline
 * (call-deadlines.ts, where the reported hangs and Outlook's own limits are cited) rejects with
 * an OfficeCallTimeout (officeName "Timeout"), so a step that waited on Outlook fails as it does
 * for any other failed call, and the handler still answers the Send.
 */
import { officeCallSlots } from "./call-slots";
import { deadlineFor, startDeadlineTimer, stopDeadlineTimer } from "./call-deadlines";
import { currentRunExpired } from "./handler-run";

export class OfficeCallError extends Error {
  constructor(
    readonly call: string,
    readonly officeName: string,
    readonly code: number | undefined,
    officeMessage: string,
  ) {
    super(`${call} failed: ${officeName}${code !== undefined ? ` (${code})` : ""}: ${officeMessage}`);
    this.name = "OfficeCallError";
  }
}

/** Outlook did not call back within the deadline. Whether the host acted is unknown. */
export class OfficeCallTimeout extends OfficeCallError {
  constructor(
    call: string,
    readonly waitedMs: number,
  ) {
    super(call, "Timeout", undefined, `no answer from Outlook within ${waitedMs} ms`);
    this.name = "OfficeCallTimeout";
  }
}

export function isCallTimeout(err: unknown): err is OfficeCallTimeout {
  return err instanceof OfficeCallTimeout;
}

/**
 * Refused before it started: the handler run that makes it has spent its budget and answered the
 * event (handler-run.ts). Outlook was not asked; nothing changed.
 */
export class RunExpiredError extends OfficeCallError {
  constructor(call: string) {
    super(call, "RunExpired", undefined, "not started: this check already ran out of time and answered");
    this.name = "RunExpiredError";
  }
}

export function isRunExpired(err: unknown): err is RunExpiredError {
  return err instanceof RunExpiredError;
}

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/** Told of every call that timed out in this runtime (watchTimeouts). */
const timeoutListeners = new Set<(call: string) => void>();

/** Collects the calls that time out from now until `stop()`: the handler names them in its alert. */
export function watchTimeouts(): { readonly calls: readonly string[]; stop(): void } {
  const calls: string[] = [];
  const listener = (call: string) => void calls.push(call);
  timeoutListeners.add(listener);
  return { calls, stop: () => void timeoutListeners.delete(listener) };
}

/** Calls started and not yet settled, oldest first: what a handler out of time was waiting for. */
const waiting = new Map<number, string>();
let nextCallId = 0;

export function callsWaiting(): string[] {
  return [...waiting.values()];
}

export interface CallOptions {
  /** The size of the file the call moves (its deadline grows with it). */
  bytes?: number;
}

/**
 * Runs one Office.js call in one of the runtime's slots and waits for its single answer, at most
 * until its deadline. `start` gets `answer`; the first of answer, a synchronous throw or the
 * deadline settles the promise and gives the slot back, once. Whatever comes later (a late
 * callback, a second callback) is ignored: it resolves nothing and frees nothing.
 *
 * The slot is given back at the deadline rather than kept: the hangs reported (call-deadlines.ts)
 * are answers the host dropped, not calls still running, and a slot kept for each would leave the
 * runtime with none after three of them — every later call of every later Send queued for ever.
 */
export function boundedCall<R>(call: string, start: (answer: (result: R) => void) => void, options: CallOptions = {}): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    // Checked before a slot is taken and again when one is given: a call queued behind others
    // when the budget ran out never starts either.
    if (currentRunExpired()) return reject(new RunExpiredError(call));
    officeCallSlots.take((release) => {
      if (currentRunExpired()) {
        release();
        return reject(new RunExpiredError(call));
      }
      let settled = false;
      const id = ++nextCallId;
      waiting.set(id, call);
      const waitMs = deadlineFor(call, options.bytes);
      const settle = (finish: () => void) => {
        if (settled) return;
        settled = true;
        waiting.delete(id);
        stopDeadlineTimer(timer);
        release();
        finish();
      };
      const timer = startDeadlineTimer(() => {
        settle(() => {
          for (const l of [...timeoutListeners]) l(call);
          reject(new OfficeCallTimeout(call, waitMs));
        });
      }, waitMs);
      try {
        start((result) => settle(() => resolve(result)));
      } catch (err) {
        // Some clients throw synchronously (a missing API, bad arguments) instead of calling back.
        settle(() =>
          reject(new OfficeCallError(call, err instanceof Error ? err.name : "Exception", undefined, err instanceof Error ? err.message : String(err))),
        );
      }
    });
  });
}

/**
 * `officeCall("to.getAsync", (cb) => item.to.getAsync(cb))` → the value, or an OfficeCallError
 * (an OfficeCallTimeout when no answer came in time).
 * Every call waits for one of the runtime's 3 slots (call-slots.ts): the web and new Outlook allow
 * no more in flight at once.
 */
export function officeCall<T>(call: string, start: (callback: Callback<T>) => void, options: CallOptions = {}): Promise<T> {
  return boundedCall<Office.AsyncResult<T>>(call, start, options).then((result) => {
    if (result.status === Office.AsyncResultStatus.Succeeded) return result.value;
    const e = result.error ?? { name: "Unknown", message: "no error information", code: undefined };
    throw new OfficeCallError(call, e.name, e.code, e.message);
  });
}
