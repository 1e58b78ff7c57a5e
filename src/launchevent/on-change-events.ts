/**
 * OnMessageAttachmentsChanged and OnMessageRecipientsChanged (Mailbox 1.11 in Microsoft's
 * "Supported events" table, https://learn.microsoft.com/office/dev/add-ins/outlook/autolaunch#supported-events;
 * issue 11 said 1.13 — the documentation is followed). Both run the same attach-time protection
 * (attach-protection.ts): a file attached to a message that needs protection now, or an external
 * recipient arriving on a message that already has files. The event's own details are not trusted
 * to be complete (events are lost when several files are attached at once: office-js#4944), so
 * the run re-reads the item. Every path ends in event.completed(), which Microsoft requires of a
 * launch-event handler; it is called after the work, since code after it is not guaranteed to run.
 */
import { protectAttachedFiles } from "./attach-protection";

export async function onAttachmentsOrRecipientsChanged(event: { completed: () => void }): Promise<void> {
  try {
    await protectAttachedFiles();
  } finally {
    event.completed();
  }
}
