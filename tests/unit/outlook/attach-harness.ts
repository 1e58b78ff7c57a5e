/**
 * Helpers for attach-time protection (OnMessageAttachmentsChanged / OnMessageRecipientsChanged) on
 * the simulated mailbox: the user's changes raise the launch events (change-events.ts), the real
 * handlers of launchevent.ts run them, and the tests wait until every event has completed.
 */
import { userAttach, userSetRecipients, type SimulatedMailbox, type RecipientInput } from "../../../src/playground/simulated-outlook";
import type { Harness } from "./send-harness";
import { assertNothingLost, bytesOf, fileAttachment, memoryOf, type TestFile } from "./protect-harness";
import { extractWith7z } from "../../integration/protect/seven-zip";

/** The user attaches these files (one event each) and the add-in finishes what the events started. */
export async function attach(h: Harness, ...files: TestFile[]): Promise<void> {
  userAttach(h.mailbox, ...files.map((f) => fileAttachment(f)));
  await settle(h.mailbox);
}

export async function setTo(h: Harness, to: RecipientInput[]): Promise<void> {
  userSetRecipients(h.mailbox, "to", to);
  await settle(h.mailbox);
}

export async function settle(mailbox: SimulatedMailbox): Promise<void> {
  await mailbox.whenEventsSettled();
  await mailbox.whenIdle();
}

/** Calls made from `from` on (index into mailbox.calls), by name. */
export function callsSince(mailbox: SimulatedMailbox, from: number): string[] {
  return mailbox.calls.slice(from).map((c) => c.call);
}

/**
 * No file lost, and no archive on the message that the saved password does not open (an archive
 * attached before its password was saved could never be opened by the recipient).
 */
export function checkInvariants(mailbox: SimulatedMailbox, files: readonly TestFile[]): Array<"attached" | "archived"> {
  const how = assertNothingLost(mailbox, files);
  const memory = memoryOf(mailbox);
  const originals = new Set(files.map((f) => f.name));
  for (const a of mailbox.item.attachments) {
    if (originals.has(a.name)) continue;
    if (!memory?.password) throw new Error(`STRAY: ${a.name} is on the message but no password is saved`);
    for (const zip of bytesOf(mailbox, a.name)) {
      if (!extractWith7z(zip, memory.password).ok) throw new Error(`STRAY: ${a.name} does not open with the saved password`);
    }
  }
  return how;
}
