/**
 * The info bar on a new compose window that says how many password emails wait on this device.
 * Shown by the OnNewMessageCompose handler (on-new-message-compose.ts, Mailbox 1.10).
 */
import type { Language } from "../core";
import { NoticeQueue, noticeText, type KeyValueStore } from "../notices";
import { removeInfoBar, showInfoBar, type NotifiableItem } from "../outlook/info-bar";

export type { NotifiableItem };

export const INFO_BAR_KEY = "outboundGuardNotices";

/** Shows (or removes) the info bar on `item`; returns how many notices wait. */
export async function showWaitingNotices(item: NotifiableItem, store: KeyValueStore, lang: Language): Promise<number> {
  const count = (await new NoticeQueue(store).waiting()).length;
  if (count === 0) {
    await removeInfoBar(item, INFO_BAR_KEY);
    return 0;
  }
  await showInfoBar(item, INFO_BAR_KEY, noticeText(lang, "infoBar", { count }));
  return count;
}
