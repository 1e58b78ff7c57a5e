/**
 * At most 3 Office.js asynchronous calls in flight at once in this runtime: Outlook on the web
 * and new Outlook allow no more ("Limits for activation and JavaScript API for Outlook add-ins",
 * row "Asynchronous calls", https://learn.microsoft.com/office/dev/add-ins/outlook/limits-for-activation-and-javascript-api-for-outlook-add-ins).
 * officeCall takes a slot before it starts a call and gives it back when the callback comes;
 * later calls wait their turn, first come first served, so code can still start many at once.
 */

export const MAX_OFFICE_CALLS_IN_FLIGHT = 3;

export interface CallSlots {
  /** Runs `start` now if a slot is free, else when one is; `start` gets the slot's release. */
  take(start: (release: () => void) => void): void;
  readonly inFlight: number;
  readonly waiting: number;
}

export function createCallSlots(max: number): CallSlots {
  let inFlight = 0;
  const queue: Array<(release: () => void) => void> = [];

  const begin = (start: (release: () => void) => void): void => {
    inFlight += 1;
    let given = false;
    start(() => {
      if (given) return; // a second release (callback called twice) frees nothing more
      given = true;
      // Freed once the callback has returned: until then Outlook still counts the call.
      void Promise.resolve().then(() => {
        inFlight -= 1;
        const next = queue.shift();
        if (next) begin(next);
      });
    });
  };

  return {
    take(start) {
      if (inFlight < max) begin(start);
      else queue.push(start);
    },
    get inFlight() {
      return inFlight;
    },
    get waiting() {
      return queue.length;
    },
  };
}

/** The one set of slots every Office.js call of this runtime goes through (office-call.ts). */
export const officeCallSlots = createCallSlots(MAX_OFFICE_CALLS_IN_FLIGHT);
