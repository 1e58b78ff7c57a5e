/**
 * "Send anyway": in Outlook the message leaves as it is, without running the handler again. The
 * send driver decides the user's answer up front; the page asks the person instead, so when they
 * choose "Send anyway" the item is sent here, exactly as the driver sends an allowed message.
 */
import type { SentMessage, SimulatedMailbox } from "./simulated-outlook";

export function sendAsItIs(mailbox: SimulatedMailbox): SentMessage {
  const item = mailbox.item;
  const sent: SentMessage = {
    from: { ...item.from },
    to: item.to.map((r) => ({ ...r })),
    cc: item.cc.map((r) => ({ ...r })),
    bcc: item.bcc.map((r) => ({ ...r })),
    subject: item.subject,
    bodyType: item.bodyType,
    body: item.body,
    attachments: item.attachments.map((a) => ({ ...a })),
    internetHeaders: Object.fromEntries(item.internetHeaders),
    delayDeliveryTime: item.delayDeliveryTime,
  };
  mailbox.sent.push(sent);
  return sent;
}
