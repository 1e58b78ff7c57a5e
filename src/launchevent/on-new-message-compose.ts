/**
 * OnNewMessageCompose: remember the thread's people (for "a new domain in a reply") and show how
 * many password emails wait on this device. Neither may get in the user's way: every path ends in
 * event.completed, and a failure only means less to compare against or no info bar.
 */
import { pickLanguage } from "../core";
import { currentComposeItem } from "../outlook/compose-item";
import { noticeStore } from "../outlook/notice-store";
import { recordThreadRecipients } from "../outlook/thread-recipients";
import type { NotifiableItem } from "../outlook/info-bar";
import { displayLanguage } from "../outlook/display-language";
import { showWaitingNotices } from "./notice-info-bar";

export async function onNewMessageCompose(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const item = currentComposeItem();
    await Promise.all([
      recordThreadRecipients(item).catch(() => []),
      showWaitingNotices(item as unknown as NotifiableItem, noticeStore(), pickLanguage(displayLanguage())).catch(() => 0),
    ]);
  } catch {
    /* no compose item: nothing to do */
  } finally {
    event.completed();
  }
}
