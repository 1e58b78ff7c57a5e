/**
 * The send hold: `item.delayDeliveryTime` (Mailbox 1.13) has the server deliver the sent mail at
 * the given time (not the Outbox: classic Outlook on Windows cannot cancel it after Send; web, Mac
 * and new Outlook keep it in Drafts — https://learn.microsoft.com/office/dev/add-ins/outlook/delay-delivery). A later time the user already chose ("Do not deliver before") is never shortened.
 */
import type { ComposeItem } from "./compose-item";
import { officeCall } from "./office-call";
import { supportsMailbox } from "./requirements";

export type HoldResult = { status: "held"; until: Date } | { status: "unsupported" };

export async function holdDelivery(item: ComposeItem, until: Date): Promise<HoldResult> {
  const api = (item as { delayDeliveryTime?: Office.DelayDeliveryTime }).delayDeliveryTime;
  if (!supportsMailbox("1.13") || !api || typeof api.setAsync !== "function") return { status: "unsupported" };
  const current = await officeCall<Date | number>("delayDeliveryTime.getAsync", (cb) => api.getAsync(cb));
  const currentMs = current instanceof Date ? current.getTime() : 0;
  if (currentMs > until.getTime()) return { status: "held", until: new Date(currentMs) };
  await officeCall<void>("delayDeliveryTime.setAsync", (cb) => api.setAsync(until, cb));
  return { status: "held", until };
}
