/**
 * AsyncResult objects and the asynchronous delivery of every call.
 *
 * Shape as Office.js builds it (OSF.DDA.AsyncResult): `value` and `status` always; `asyncContext`
 * only when the caller passed one; `error` ({ name, message, code }) only on failure, and then
 * `value` is undefined. Status strings at run time are "succeeded" / "failed".
 */
import type { SimulatedOfficeError } from "./errors";

export const ASYNC_STATUS = { Succeeded: "succeeded", Failed: "failed" } as const;

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: SimulatedOfficeError };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: SimulatedOfficeError): Outcome<T> {
  return { ok: false, error };
}

export function makeAsyncResult<T>(outcome: Outcome<T>, asyncContext: unknown, hasContext: boolean): Office.AsyncResult<T> {
  const result: Record<string, unknown> = {
    value: outcome.ok ? outcome.value : undefined,
    status: outcome.ok ? ASYNC_STATUS.Succeeded : ASYNC_STATUS.Failed,
  };
  if (hasContext) result.asyncContext = asyncContext;
  if (!outcome.ok) result.error = { ...outcome.error };
  return result as unknown as Office.AsyncResult<T>;
}

export type AsyncCallback<T> = (result: Office.AsyncResult<T>) => void;

export interface CommonArgs<T> {
  options: Record<string, unknown>;
  asyncContext: unknown;
  hasContext: boolean;
  callback?: AsyncCallback<T>;
}

/**
 * Reads the trailing `(options?, callback?)` arguments the way Office.js does: a function is the
 * callback; an object before it is the options (with `asyncContext`).
 */
export function readCommonArgs<T>(rest: unknown[]): CommonArgs<T> {
  let options: Record<string, unknown> = {};
  let callback: AsyncCallback<T> | undefined;
  for (const arg of rest) {
    if (typeof arg === "function") callback = arg as AsyncCallback<T>;
    else if (arg !== null && typeof arg === "object") options = arg as Record<string, unknown>;
  }
  const hasContext = Object.prototype.hasOwnProperty.call(options, "asyncContext");
  return { options, asyncContext: options.asyncContext, hasContext, callback };
}
