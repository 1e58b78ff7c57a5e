/**
 * The info bar on a new compose window that says how many password emails wait on this device.
 * Meant for an OnNewMessageCompose handler (Mailbox 1.10) — NOT wired yet: it needs a manifest
 * <LaunchEvent Type="OnNewMessageCompose" FunctionName="onNewMessageComposeHandler"/> and one
 * `Office.actions.associate("onNewMessageComposeHandler", …)` line in launchevent.ts (the lead's).
 * Every path ends in event.completed(), and a failure only means no info bar.
 */
import { pickLanguage, type Language } from "../core";
import { NoticeQueue, noticeText, type KeyValueStore } from "../notices";
import { currentComposeItem } from "../outlook/compose-item";
import { deviceStore } from "../outlook/device-store";
import { officeCall } from "../outlook/office-call";

export const INFO_BAR_KEY = "outboundGuardNotices";

interface NotifiableItem {
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

export async function onNewMessageCompose(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const item = currentComposeItem() as unknown as NotifiableItem;
    await showWaitingNotices(item, deviceStore(), pickLanguage(Office.context?.displayLanguage));
  } catch {
    // No info bar is the only cost.
  } finally {
    event.completed();
  }
}
