/**
 * Promise wrappers over Office.js's callback style. Every failure becomes an OfficeCallError that
 * names the call and carries Office's own error name and code, so an alert can say what failed.
 */

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

import { officeCallSlots } from "./call-slots";

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/**
 * `officeCall("to.getAsync", (cb) => item.to.getAsync(cb))` → the value, or an OfficeCallError.
 * Every call waits for one of the runtime's 3 slots (call-slots.ts): the web and new Outlook allow
 * no more in flight at once.
 */
export function officeCall<T>(call: string, start: (callback: Callback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    officeCallSlots.take((release) => {
      try {
        start((result) => {
          release();
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
          else {
            const e = result.error ?? { name: "Unknown", message: "no error information", code: undefined };
            reject(new OfficeCallError(call, e.name, e.code, e.message));
          }
        });
      } catch (err) {
        release();
        // Some clients throw synchronously (a missing API, bad arguments) instead of calling back.
        reject(new OfficeCallError(call, err instanceof Error ? err.name : "Exception", undefined, err instanceof Error ? err.message : String(err)));
      }
    });
  });
}
