/** The info bar on a compose item (notificationMessages, Mailbox 1.3): shown, replaced or removed by key. */
import { officeCall } from "./office-call";

export interface NotifiableItem {
  notificationMessages: Office.NotificationMessages;
}

/** Outlook shows at most 150 characters in an info bar. */
export const INFO_BAR_MAX_CHARS = 150;

export function showInfoBar(item: NotifiableItem, key: string, message: string): Promise<void> {
  const details: Office.NotificationMessageDetails = {
    type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
    message: message.slice(0, INFO_BAR_MAX_CHARS),
    icon: "Icon.16",
    persistent: false,
  };
  return officeCall<void>("notificationMessages.replaceAsync", (cb) => item.notificationMessages.replaceAsync(key, details, cb));
}

/** Removes the bar; a bar that is not there is not an error. */
export function removeInfoBar(item: NotifiableItem, key: string): Promise<void> {
  return officeCall<void>("notificationMessages.removeAsync", (cb) => item.notificationMessages.removeAsync(key, cb)).catch(() => undefined);
}

/**
 * A progress bar (ProgressIndicator): no icon and no `persistent`, which Microsoft allows only for
 * InformationalMessage (https://learn.microsoft.com/office/dev/add-ins/outlook/notifications).
 */
export function showProgressBar(item: NotifiableItem, key: string, message: string): Promise<void> {
  const details: Office.NotificationMessageDetails = {
    type: Office.MailboxEnums.ItemNotificationMessageType.ProgressIndicator,
    message: message.slice(0, INFO_BAR_MAX_CHARS),
  };
  return officeCall<void>("notificationMessages.replaceAsync", (cb) => item.notificationMessages.replaceAsync(key, details, cb));
}
