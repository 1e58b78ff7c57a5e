/**
 * `Office.context.mailbox.item` for a message in compose mode. An API the configured Mailbox
 * version does not have is left out (undefined), as on a real older client.
 */
import { makeAttachmentCalls } from "./attachments";
import { makeBody, makeSubject } from "./body";
import { makeDelayDeliveryTime } from "./delay-delivery";
import { makeInternetHeaders } from "./internet-headers";
import type { SimulatedMailbox } from "./mailbox";
import { makeNotificationMessages } from "./notifications";
import { makeFrom, makeRecipients } from "./recipients";
import { API_INTRODUCED_IN, type ApiCallName } from "./requirements";
import { makeSessionData } from "./session-data";

/** The part of Office.MessageCompose the simulator provides; optional members depend on the version. */
export interface SimulatedComposeItem {
  itemType: Office.MailboxEnums.ItemType | string;
  to: Pick<Office.Recipients, "getAsync" | "setAsync" | "addAsync">;
  cc: Pick<Office.Recipients, "getAsync" | "setAsync" | "addAsync">;
  bcc: Pick<Office.Recipients, "getAsync" | "setAsync" | "addAsync">;
  from?: Pick<Office.From, "getAsync">;
  subject: Pick<Office.Subject, "getAsync" | "setAsync">;
  body: Partial<Pick<Office.Body, "getAsync" | "setAsync" | "getTypeAsync">>;
  notificationMessages?: Office.NotificationMessages;
  getAttachmentsAsync?: Office.MessageCompose["getAttachmentsAsync"];
  getAttachmentContentAsync?: Office.MessageCompose["getAttachmentContentAsync"];
  addFileAttachmentFromBase64Async?: Office.MessageCompose["addFileAttachmentFromBase64Async"];
  removeAttachmentAsync: Office.MessageCompose["removeAttachmentAsync"];
  sessionData?: Office.SessionData;
  internetHeaders?: Office.InternetHeaders;
  delayDeliveryTime?: Office.DelayDeliveryTime;
}

/** Copies onto `target` only the members whose call names the version supports. */
function gated<T extends object>(mailbox: SimulatedMailbox, prefix: string, surface: T): Partial<T> | undefined {
  const kept: Partial<T> = {};
  let any = false;
  for (const [key, fn] of Object.entries(surface)) {
    const call = (prefix ? `${prefix}.${key}` : key) as ApiCallName;
    const since = API_INTRODUCED_IN[call];
    if (since === undefined || mailbox.supports(since)) {
      (kept as Record<string, unknown>)[key] = fn;
      any = true;
    }
  }
  return any ? kept : undefined;
}

export function makeComposeItem(mailbox: SimulatedMailbox): SimulatedComposeItem {
  const attachments = makeAttachmentCalls(mailbox);
  const item: SimulatedComposeItem = {
    itemType: "message",
    to: makeRecipients(mailbox, "to"),
    cc: makeRecipients(mailbox, "cc"),
    bcc: makeRecipients(mailbox, "bcc"),
    subject: makeSubject(mailbox),
    body: gated(mailbox, "body", makeBody(mailbox)) ?? {},
    removeAttachmentAsync: attachments.removeAttachmentAsync,
  };
  const optional: Array<[keyof SimulatedComposeItem, unknown]> = [
    ["from", gated(mailbox, "from", makeFrom(mailbox))],
    ["notificationMessages", gated(mailbox, "notificationMessages", makeNotificationMessages(mailbox))],
    ["sessionData", gated(mailbox, "sessionData", makeSessionData(mailbox))],
    ["internetHeaders", gated(mailbox, "internetHeaders", makeInternetHeaders(mailbox))],
    ["delayDeliveryTime", gated(mailbox, "delayDeliveryTime", makeDelayDeliveryTime(mailbox))],
  ];
  for (const [key, value] of optional) if (value !== undefined) (item as unknown as Record<string, unknown>)[key] = value;
  const topLevel = gated(mailbox, "", {
    getAttachmentsAsync: attachments.getAttachmentsAsync,
    getAttachmentContentAsync: attachments.getAttachmentContentAsync,
    addFileAttachmentFromBase64Async: attachments.addFileAttachmentFromBase64Async,
  });
  Object.assign(item, topLevel ?? {});
  return item;
}
