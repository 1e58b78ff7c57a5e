/**
 * The info bar on a new compose window that says how many password emails wait on this device.
 * Shown by the OnNewMessageCompose handler (on-new-message-compose.ts, Mailbox 1.10).
 */
import type { Language } from "../core";
import { NoticeQueue, noticeText, type KeyValueStore } from "../notices";
import { officeCall } from "../outlook/office-call";

export const INFO_BAR_KEY = "outboundGuardNotices";

export interface NotifiableItem {
  notificationMessages: Office.NotificationMessages;
}

/** Shows (or removes) the info bar on `item`; returns how many notices wait. */
export async function showWaitingNotices(item: NotifiableItem, store: KeyValueStore, lang: Language): Promise<number> {
  const count = (await new NoticeQueue(store).waiting()).length;
  if (count === 0) {
    await officeCall<void>("notificationMessages.removeAsync", (cb) => item.notificationMessages.removeAsync(INFO_BAR_KEY, cb)).catch(() => undefined);
    return 0;
  }
  const details: Office.NotificationMessageDetails = {
    type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
    message: noticeText(lang, "infoBar", { count }).slice(0, 150),
    icon: "Icon.16",
    persistent: false,
  };
  await officeCall<void>("notificationMessages.replaceAsync", (cb) => item.notificationMessages.replaceAsync(INFO_BAR_KEY, details, cb));
  return count;
}
