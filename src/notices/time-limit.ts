/**
 * A time limit on a promise we cannot cancel (a fetch, MSAL's acquireTokenSilent). At Send,
 * waiting for an answer that never comes would hold the handler until Outlook cuts it off
 * (minutes), so every such wait is raced against the time left in the delivery's budget.
 * The timer is cleared when the promise wins, so nothing keeps the runtime busy afterwards.
 */
export type Limited<T> = { done: true; value: T } | { done: false };

/** The promise's outcome if it settles within `ms` (a rejection rejects), else `{ done: false }`. */
export function withinTime<T>(promise: Promise<T>, ms: number): Promise<Limited<T>> {
  // A late rejection of the abandoned promise must not surface as an unhandled one.
  promise.catch(() => undefined);
  if (!(ms > 0)) return Promise.resolve({ done: false });
  return new Promise<Limited<T>>((resolve, reject) => {
    const timer = setTimeout(() => resolve({ done: false }), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve({ done: true, value });
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
