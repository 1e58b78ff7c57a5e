/** `item.to`, `item.cc`, `item.bcc` (Office.Recipients) and `item.from` (Office.From). */
import { isUsableRecipient, toEmailAddressDetails } from "./addresses";
import { ok, fail } from "./async-result";
import { outlookError, SimulatedClientException } from "./errors";
import type { SimulatedMailbox } from "./mailbox";
import type { ApiCallName } from "./requirements";
import type { RecipientField, RecipientInput } from "./types";

const DISPLAY_NAME_CHARS = 255;
const SMTP_CHARS = 571;

export type RecipientsSurface = Pick<Office.Recipients, "getAsync" | "setAsync" | "addAsync">;

export function makeRecipients(mailbox: SimulatedMailbox, field: RecipientField): RecipientsSurface {
  const { kernel } = mailbox;
  const copy = () => mailbox.item[field].map((r) => ({ ...r }));

  const change = (mode: "set" | "add") => (recipients: unknown, ...rest: unknown[]): void => {
    const name = `${field}.${mode}Async` as ApiCallName;
    const args = [recipients];
    if (!Array.isArray(recipients)) kernel.throwNow(name, args, new SimulatedClientException("Sys.ArgumentException", "recipients"));
    const list = recipients as unknown[];
    if (list.length > mailbox.limits.recipientsPerCall) {
      kernel.argumentError(
        name,
        args,
        rest,
        new SimulatedClientException("Sys.ArgumentOutOfRangeException", "recipients", list.length),
        outlookError("NumberOfRecipientsExceeded", mailbox.limits.recipientsPerCall),
      );
      return;
    }
    for (const entry of list) {
      if (!isUsableRecipient(entry)) kernel.throwNow(name, args, new SimulatedClientException("Sys.ArgumentException", "recipients"));
      const r = entry as RecipientInput;
      const display = typeof r === "string" ? r : r.displayName ?? "";
      const address = typeof r === "string" ? r : r.emailAddress ?? "";
      if (display.length > DISPLAY_NAME_CHARS || address.length > SMTP_CHARS) {
        kernel.throwNow(name, args, new SimulatedClientException("Sys.ArgumentOutOfRangeException", "recipients", Math.max(display.length, address.length)));
      }
    }
    const resolved = (list as RecipientInput[]).map((r) => toEmailAddressDetails(r));
    kernel.call(name, args, rest, () => {
      const next = mode === "set" ? resolved : [...mailbox.item[field], ...resolved];
      if (next.length > mailbox.limits.recipientsPerField) {
        return fail(outlookError("NumberOfRecipientsExceeded", mailbox.limits.recipientsPerField));
      }
      mailbox.item[field] = next;
      return ok(undefined);
    }, { noEffect: () => ok(undefined) });
  };

  return {
    getAsync: (...rest: unknown[]): void => {
      kernel.call(`${field}.getAsync` as ApiCallName, [], rest, () => ok(copy()), { callbackRequired: true });
    },
    setAsync: change("set"),
    addAsync: change("add"),
  };
}

export function makeFrom(mailbox: SimulatedMailbox): Pick<Office.From, "getAsync"> {
  return {
    getAsync: (...rest: unknown[]): void => {
      mailbox.kernel.call("from.getAsync", [], rest, () => ok({ ...mailbox.item.from }), { callbackRequired: true });
    },
  };
}
