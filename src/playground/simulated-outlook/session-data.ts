/**
 * `item.sessionData` (Office.SessionData, Mailbox 1.11): per-item key/value strings.
 * The whole object is limited to 50,000 characters per add-in (2,621,440 from Mailbox 1.16);
 * a set that would pass the limit fails with SessionObjectMaxLengthExceeded and changes nothing.
 * The size is measured as the length of the object's JSON text. A missing key fails with
 * KeyNotFound (Office.js registers 9050 for it; the reference does not describe the case).
 */
import { fail, ok } from "./async-result";
import { outlookError, SimulatedClientException } from "./errors";
import type { SimulatedMailbox } from "./mailbox";

export function sessionDataLength(data: Map<string, string>): number {
  return JSON.stringify(Object.fromEntries(data)).length;
}

export function makeSessionData(mailbox: SimulatedMailbox): Office.SessionData {
  const { kernel } = mailbox;
  const store = () => mailbox.item.sessionData;
  const needName = (call: "sessionData.getAsync" | "sessionData.setAsync" | "sessionData.removeAsync", name: unknown, args: unknown[]) => {
    if (typeof name !== "string" || name === "") kernel.throwNow(call, args, new SimulatedClientException("Sys.ArgumentException", "name"));
  };
  return {
    getAsync: (name: unknown, ...rest: unknown[]): void => {
      needName("sessionData.getAsync", name, [name]);
      kernel.call(
        "sessionData.getAsync",
        [name],
        rest,
        () => {
          const value = store().get(name as string);
          return value === undefined ? fail(outlookError("KeyNotFound")) : ok(value);
        },
        { callbackRequired: true },
      );
    },
    setAsync: (name: unknown, value: unknown, ...rest: unknown[]): void => {
      needName("sessionData.setAsync", name, [name, value]);
      if (typeof value !== "string") {
        kernel.throwNow("sessionData.setAsync", [name, value], new SimulatedClientException("Sys.ArgumentException", "value"));
      }
      kernel.call("sessionData.setAsync", [name, value], rest, () => {
        const next = new Map(store());
        next.set(name as string, value as string);
        if (sessionDataLength(next) > mailbox.limits.sessionDataChars) {
          return fail(outlookError("SessionObjectMaxLengthExceeded", mailbox.limits.sessionDataChars));
        }
        mailbox.item.sessionData = next;
        return ok(undefined);
      }, { noEffect: () => ok(undefined) });
    },
    getAllAsync: (...rest: unknown[]): void => {
      kernel.call("sessionData.getAllAsync", [], rest, () => ok(Object.fromEntries(store())), { callbackRequired: true });
    },
    removeAsync: (name: unknown, ...rest: unknown[]): void => {
      needName("sessionData.removeAsync", name, [name]);
      kernel.call("sessionData.removeAsync", [name], rest, () => {
        store().delete(name as string);
        return ok(undefined);
      });
    },
    clearAsync: (...rest: unknown[]): void => {
      kernel.call("sessionData.clearAsync", [], rest, () => {
        store().clear();
        return ok(undefined);
      });
    },
  } as Office.SessionData;
}
