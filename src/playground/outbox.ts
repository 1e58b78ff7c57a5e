/**
 * "Send anyway": in Outlook the message leaves as it is, without running the handler again. The
 * send driver decides the user's answer up front; the page asks the person instead, so when they
 * choose "Send anyway" the item is sent here, exactly as the driver sends an allowed message.
 */
import { snapshot, type SentMessage, type SimulatedMailbox } from "./simulated-outlook";

export function sendAsItIs(mailbox: SimulatedMailbox): SentMessage {
  const sent = snapshot(mailbox);
  mailbox.sent.push(sent);
  return sent;
}
