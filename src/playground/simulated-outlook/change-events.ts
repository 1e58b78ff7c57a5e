/**
 * What the user does in the compose window — attach or remove a file, change recipients — and the
 * launch events Outlook raises for it, OnMessageAttachmentsChanged and OnMessageRecipientsChanged
 * (Mailbox 1.11 in Microsoft's "Supported events" table,
 * https://learn.microsoft.com/office/dev/add-ins/outlook/autolaunch#supported-events).
 *
 * - The change happens on the item at once; the event reaches the handler later (setTimeout, plus
 *   the mailbox's latency), never inside the user's action.
 * - Arguments as documented: AttachmentsChangedEventArgs { type: "olkAttachmentsChanged",
 *   attachmentStatus: "added" | "removed", attachmentDetails: { id, name, size, attachmentType } }
 *   (https://learn.microsoft.com/javascript/api/outlook/office.attachmentschangedeventargs);
 *   RecipientsChangedEventArgs { type: "olkRecipientsChanged", changedRecipientFields: { to, cc,
 *   bcc } } — plus `completed()`, which the handler must call.
 * - One event per attachment, each its own invocation: several files attached at once give
 *   several events that may overlap; nothing queues them for the add-in.
 * - `changeEvents: "never"` is a client that does not raise them (older than 1.11, or one whose
 *   events get lost: office-js#4944, #4539 report missed events when several files are attached at
 *   once), so only the Send-time path runs. Below Mailbox 1.11 no event is raised either.
 * - Changes the add-in itself makes (addFileAttachmentFromBase64Async…) raise no event here:
 *   Microsoft does not say whether they do, and the add-in must not depend on it either way.
 */
import type { SimulatedMailbox } from "./mailbox";
import type { AttachmentInit, RecipientField, RecipientInput, SimulatedAttachment } from "./types";
import { toEmailAddressDetails } from "./addresses";

export const ATTACHMENTS_CHANGED = "OnMessageAttachmentsChanged";
export const RECIPIENTS_CHANGED = "OnMessageRecipientsChanged";
/** The manifest's FunctionName for each event (manifest.xml). */
export const DEFAULT_EVENT_HANDLERS: Record<string, string> = {
  [ATTACHMENTS_CHANGED]: "onMessageAttachmentsChangedHandler",
  [RECIPIENTS_CHANGED]: "onMessageRecipientsChangedHandler",
};

export interface LaunchEventRecord {
  event: string;
  args: Record<string, unknown>;
  /** The handler called event.completed(). */
  completed: boolean;
  /** No handler was associated under the manifest's name (nothing ran). */
  noHandler?: boolean;
  handlerError?: unknown;
  /** Date.now() when the user's change raised it, and when the handler completed it. */
  raisedAt: number;
  completedAt?: number;
}

function raisesEvents(mailbox: SimulatedMailbox): boolean {
  return mailbox.settings.changeEvents !== "never" && mailbox.supports("1.11");
}

/** Raises `event` with `args` asynchronously, as Outlook launches the add-in for it. */
function raise(mailbox: SimulatedMailbox, event: string, args: Record<string, unknown>): void {
  if (!raisesEvents(mailbox)) return;
  const record: LaunchEventRecord = { event, args, completed: false, raisedAt: Date.now() };
  mailbox.launchEvents.push(record);
  const latency = typeof mailbox.latencyMs === "function" ? mailbox.latencyMs(event) : mailbox.latencyMs;
  mailbox.eventTracker.started();
  setTimeout(() => {
    const handler = mailbox.actions.get(mailbox.settings.eventHandlers[event] ?? DEFAULT_EVENT_HANDLERS[event]);
    if (!handler || mailbox.halted) {
      record.noHandler = !handler;
      mailbox.eventTracker.finished();
      return;
    }
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      record.completed = true;
      record.completedAt = Date.now();
      mailbox.eventTracker.finished();
    };
    // A runtime that ends silently never completes: the tracker lets go of the event then.
    void mailbox.whenHalted().then(() => {
      if (!done) {
        done = true;
        mailbox.eventTracker.finished();
      }
    });
    try {
      const returned = handler({ ...args, completed: finish }) as unknown;
      if (returned && typeof (returned as Promise<unknown>).then === "function") {
        (returned as Promise<unknown>).then(undefined, (error: unknown) => void (record.handlerError = error));
      }
    } catch (error) {
      record.handlerError = error;
    }
  }, Number.isFinite(latency) && (latency as number) > 0 ? (latency as number) : 0);
}

function details(a: SimulatedAttachment): Record<string, unknown> {
  return { id: a.id, name: a.name, size: a.size, attachmentType: a.attachmentType };
}

/** The user attaches a file (or several: one event each). */
export function userAttach(mailbox: SimulatedMailbox, ...inits: AttachmentInit[]): SimulatedAttachment[] {
  const added = inits.map((init) => mailbox.addAttachment(init));
  for (const a of added) raise(mailbox, ATTACHMENTS_CHANGED, { type: "olkAttachmentsChanged", attachmentStatus: "added", attachmentDetails: details(a) });
  return added;
}

/** The user removes an attachment by id; false when there is none. */
export function userRemoveAttachment(mailbox: SimulatedMailbox, id: string): boolean {
  const index = mailbox.item.attachments.findIndex((a) => a.id === id);
  if (index < 0) return false;
  const [removed] = mailbox.item.attachments.splice(index, 1);
  raise(mailbox, ATTACHMENTS_CHANGED, { type: "olkAttachmentsChanged", attachmentStatus: "removed", attachmentDetails: details(removed) });
  return true;
}

/** The user sets the recipients of one field (To, CC or BCC). */
export function userSetRecipients(mailbox: SimulatedMailbox, field: RecipientField, recipients: RecipientInput[]): void {
  mailbox.item[field] = recipients.map((r) => toEmailAddressDetails(r));
  raise(mailbox, RECIPIENTS_CHANGED, { type: "olkRecipientsChanged", changedRecipientFields: { to: field === "to", cc: field === "cc", bcc: field === "bcc" } });
}

/** Counts launch events raised and not yet finished; resolves waiters when none is left. */
export interface EventTracker {
  started(): void;
  finished(): void;
  readonly running: number;
  whenSettled(): Promise<void>;
}

export function makeEventTracker(): EventTracker {
  let running = 0;
  let waiters: Array<() => void> = [];
  return {
    started() {
      running += 1;
    },
    finished() {
      running -= 1;
      if (running === 0) {
        const w = waiters;
        waiters = [];
        w.forEach((f) => f());
      }
    },
    get running() {
      return running;
    },
    whenSettled() {
      return running === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
  };
}
