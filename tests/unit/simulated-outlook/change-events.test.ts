/**
 * The simulator raises OnMessageAttachmentsChanged / OnMessageRecipientsChanged as Microsoft
 * documents them (https://learn.microsoft.com/office/dev/add-ins/outlook/autolaunch#supported-events,
 * Mailbox 1.11; args: Office.AttachmentsChangedEventArgs, Office.RecipientsChangedEventArgs):
 * asynchronously, one event per attachment, with the documented argument shapes — and not at all
 * on a client switched to `changeEvents: "never"` or below Mailbox 1.11.
 */
import { createSimulatedMailbox, userAttach, userRemoveAttachment, userSetRecipients, type SimulatedMailbox } from "../../../src/playground/simulated-outlook";

type Seen = Record<string, unknown> & { completed: () => void };

function withHandlers(mailbox: SimulatedMailbox, complete = true): Seen[] {
  const seen: Seen[] = [];
  const handler = (e: unknown) => {
    seen.push(e as Seen);
    if (complete) (e as Seen).completed();
  };
  mailbox.actions.set("onMessageAttachmentsChangedHandler", handler);
  mailbox.actions.set("onMessageRecipientsChangedHandler", handler);
  return seen;
}

test("attaching: the file is on the item at once, the event comes later with the documented arguments, one per file", async () => {
  const mailbox = createSimulatedMailbox();
  const seen = withHandlers(mailbox);
  const [a, b] = userAttach(mailbox, { name: "a.pdf", contentBase64: "QUJD" }, { name: "b.txt", contentBase64: "REVG" });
  expect(mailbox.item.attachments.map((x) => x.name)).toEqual(["a.pdf", "b.txt"]);
  expect(seen).toHaveLength(0); // not inside the user's action
  await mailbox.whenEventsSettled();
  expect(seen.map(({ completed: _c, ...rest }) => rest)).toEqual([
    { type: "olkAttachmentsChanged", attachmentStatus: "added", attachmentDetails: { id: a.id, name: "a.pdf", size: 3, attachmentType: "file" } },
    { type: "olkAttachmentsChanged", attachmentStatus: "added", attachmentDetails: { id: b.id, name: "b.txt", size: 3, attachmentType: "file" } },
  ]);
  expect(mailbox.launchEvents.every((e) => e.completed)).toBe(true);
});

test("removing and changing recipients raise their events", async () => {
  const mailbox = createSimulatedMailbox();
  const seen = withHandlers(mailbox);
  const [a] = userAttach(mailbox, { name: "a.pdf", contentBase64: "QUJD" });
  expect(userRemoveAttachment(mailbox, a.id)).toBe(true);
  expect(userRemoveAttachment(mailbox, "nope")).toBe(false);
  userSetRecipients(mailbox, "cc", ["x@partner.co.jp"]);
  expect(mailbox.item.cc.map((r) => r.emailAddress)).toEqual(["x@partner.co.jp"]);
  await mailbox.whenEventsSettled();
  expect(seen[1]).toMatchObject({ type: "olkAttachmentsChanged", attachmentStatus: "removed", attachmentDetails: { id: a.id, name: "a.pdf" } });
  expect(seen[2]).toMatchObject({ type: "olkRecipientsChanged", changedRecipientFields: { to: false, cc: true, bcc: false } });
});

test('a client switched to changeEvents: "never", and one below Mailbox 1.11, raise nothing (the change still happens)', async () => {
  for (const mailbox of [createSimulatedMailbox({ changeEvents: "never" }), createSimulatedMailbox({ mailboxVersion: "1.10" })]) {
    const seen = withHandlers(mailbox);
    userAttach(mailbox, { name: "a.pdf", contentBase64: "QUJD" });
    userSetRecipients(mailbox, "to", ["x@partner.co.jp"]);
    await mailbox.whenEventsSettled();
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual([]);
    expect(mailbox.launchEvents).toEqual([]);
    expect(mailbox.item.attachments).toHaveLength(1);
  }
});

test("whenEventsSettled waits for event.completed(); an event with no associated handler is recorded as such", async () => {
  const mailbox = createSimulatedMailbox();
  const seen = withHandlers(mailbox, false);
  userAttach(mailbox, { name: "a.pdf", contentBase64: "QUJD" });
  let settled = false;
  void mailbox.whenEventsSettled().then(() => (settled = true));
  await new Promise((r) => setTimeout(r, 10));
  expect(seen).toHaveLength(1);
  expect(settled).toBe(false);
  seen[0].completed();
  await mailbox.whenEventsSettled();
  expect(mailbox.launchEvents[0].completed).toBe(true);

  const bare = createSimulatedMailbox();
  userAttach(bare, { name: "a.pdf", contentBase64: "QUJD" });
  await bare.whenEventsSettled();
  expect(bare.launchEvents[0]).toMatchObject({ noHandler: true, completed: false });
});
