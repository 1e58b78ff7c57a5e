/**
 * `item.notificationMessages` (Office.NotificationMessages, Mailbox 1.3): at most five per item;
 * message at most 150 characters, key at most 32. A duplicate key fails with
 * DuplicateNotificationKey; a sixth with NumberOfNotificationsExceeded; removing an unknown key
 * with NotificationKeyNotFound. `replaceAsync` adds the message when the key is new.
 */
import { fail, ok, type Outcome } from "./async-result";
import { outlookError, SimulatedClientException } from "./errors";
import type { SimulatedMailbox } from "./mailbox";
import type { ApiCallName } from "./requirements";

export function makeNotificationMessages(mailbox: SimulatedMailbox): Office.NotificationMessages {
  const { kernel } = mailbox;
  const all = () => mailbox.item.notifications;

  const check = (call: ApiCallName, key: unknown, data: unknown): Office.NotificationMessageDetails => {
    const args = [key, data];
    if (typeof key !== "string" || key === "") kernel.throwNow(call, args, new SimulatedClientException("Sys.ArgumentException", "key"));
    if ((key as string).length > mailbox.limits.notificationKeyChars) {
      kernel.throwNow(call, args, new SimulatedClientException("Sys.ArgumentOutOfRangeException", "key", (key as string).length));
    }
    const details = data as Office.NotificationMessageDetails | null;
    if (details === null || typeof details !== "object" || typeof details.message !== "string" || typeof details.type !== "string") {
      kernel.throwNow(call, args, new SimulatedClientException("Sys.ArgumentException", "data"));
    }
    const message = (details as Office.NotificationMessageDetails).message;
    if (message.length > mailbox.limits.notificationMessageChars) {
      kernel.throwNow(call, args, new SimulatedClientException("Sys.ArgumentOutOfRangeException", "message", message.length));
    }
    return { ...(details as Office.NotificationMessageDetails), key: key as string };
  };

  const store = (key: string, details: Office.NotificationMessageDetails, replacing: boolean): Outcome<void> => {
    if (!replacing && all().has(key)) return fail(outlookError("DuplicateNotificationKey"));
    if (!all().has(key) && all().size >= mailbox.limits.notifications) return fail(outlookError("NumberOfNotificationsExceeded"));
    all().set(key, details);
    mailbox.infoBarsChanged();
    return ok(undefined);
  };

  return {
    addAsync: (key: unknown, data: unknown, ...rest: unknown[]): void => {
      const details = check("notificationMessages.addAsync", key, data);
      kernel.call("notificationMessages.addAsync", [key, data], rest, () => store(key as string, details, false));
    },
    replaceAsync: (key: unknown, data: unknown, ...rest: unknown[]): void => {
      const details = check("notificationMessages.replaceAsync", key, data);
      kernel.call("notificationMessages.replaceAsync", [key, data], rest, () => store(key as string, details, true));
    },
    removeAsync: (key: unknown, ...rest: unknown[]): void => {
      if (typeof key !== "string" || key === "") {
        kernel.throwNow("notificationMessages.removeAsync", [key], new SimulatedClientException("Sys.ArgumentException", "key"));
      }
      kernel.call("notificationMessages.removeAsync", [key], rest, () => {
        if (!all().delete(key as string)) return fail(outlookError("NotificationKeyNotFound"));
        mailbox.infoBarsChanged();
        return ok(undefined);
      });
    },
    getAllAsync: (...rest: unknown[]): void => {
      kernel.call("notificationMessages.getAllAsync", [], rest, () => ok([...all().values()].map((d) => ({ ...d }))), {
        callbackRequired: true,
      });
    },
  } as Office.NotificationMessages;
}
