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
import { eventBudgetMs } from "../outlook/call-deadlines";
import { startRun } from "../outlook/handler-run";
import { answerOnce } from "./answer-in-time";
import { protectAttachedFiles } from "./attach-protection";

/**
 * Every Office.js call of the run is bounded (office-call.ts), and the event is completed at its
 * budget even if the run is not over (call-deadlines.ts: Outlook ends it at about 300 s anyway);
 * from then on the run starts no Office.js call. Whatever it leaves undone is the Send's, as for
 * any failure here.
 */
export async function onAttachmentsOrRecipientsChanged(event: { completed: () => void }): Promise<void> {
  // At the budget the run stops too: none of its later calls starts (handler-run.ts).
  const run = startRun();
  const answer = answerOnce(event, eventBudgetMs(), (e) => {
    run.expire();
    e.completed();
  });
  try {
    await protectAttachedFiles(run);
  } finally {
    answer.stop();
    answer.event.completed();
  }
}
