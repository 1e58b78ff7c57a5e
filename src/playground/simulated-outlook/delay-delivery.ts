/** `item.delayDeliveryTime` (Office.DelayDeliveryTime, Mailbox 1.13). Unset reads as 0. */
import { ok } from "./async-result";
import { SimulatedClientException } from "./errors";
import type { SimulatedMailbox } from "./mailbox";

export function makeDelayDeliveryTime(mailbox: SimulatedMailbox): Office.DelayDeliveryTime {
  const { kernel } = mailbox;
  return {
    getAsync: (...rest: unknown[]): void => {
      kernel.call(
        "delayDeliveryTime.getAsync",
        [],
        rest,
        () => ok<Date | number>(mailbox.item.delayDeliveryTime ? new Date(mailbox.item.delayDeliveryTime.getTime()) : 0),
        { callbackRequired: true },
      );
    },
    setAsync: (dateTime: unknown, ...rest: unknown[]): void => {
      if (dateTime === null || dateTime === undefined) {
        kernel.throwNow("delayDeliveryTime.setAsync", [dateTime], new SimulatedClientException("Sys.ArgumentNullException", "dateTime"));
      }
      if (!(dateTime instanceof Date) && Object.prototype.toString.call(dateTime) !== "[object Date]") {
        kernel.throwNow("delayDeliveryTime.setAsync", [dateTime], new SimulatedClientException("Sys.ArgumentTypeException", "dateTime", typeof dateTime));
      }
      const time = (dateTime as Date).getTime();
      if (Number.isNaN(time)) kernel.throwNow("delayDeliveryTime.setAsync", [dateTime], new SimulatedClientException("Sys.ArgumentException", "dateTime"));
      kernel.call("delayDeliveryTime.setAsync", [dateTime], rest, () => {
        mailbox.item.delayDeliveryTime = new Date(time);
        return ok(undefined);
      });
    },
  } as Office.DelayDeliveryTime;
}
