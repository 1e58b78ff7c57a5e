/**
 * What the hold line says depends on the client, because Microsoft's delay-delivery page
 * ("Manage the delivery date and time of a message", Feature behavior and limitations,
 * https://learn.microsoft.com/office/dev/add-ins/outlook/delay-delivery) says the delay set by
 * item.delayDeliveryTime (Mailbox 1.13) is processed on the server: in classic Outlook on Windows the
 * message does not appear in the Outbox and cannot be edited or cancelled after Send (it shows in
 * Sent Items); in Outlook on the web, on Mac and in new Outlook on Windows it stays in Drafts until
 * the delivery time and can still be edited there. Where the client is unknown, only the time.
 */
import type { Language } from "../review/types";
import { say } from "./messages";

/** The Outlook client the add-in runs in, as plain data read by the adapter. */
export type OutlookClient = "classic-windows" | "new-windows" | "web" | "mac" | "unknown";

/**
 * From `Office.context.mailbox.diagnostics.hostName` ("Outlook" is classic Windows AND Mac;
 * "newOutlookWindows"; "OutlookWebApp") and `Office.context.diagnostics.platform` ("PC", "Mac",
 * "OfficeOnline" — also returned by new Outlook on Windows), per the Office.Diagnostics and
 * Office.PlatformType references.
 */
export function outlookClientFrom(hostName: string | undefined, platform: string | undefined): OutlookClient {
  if (hostName === "newOutlookWindows") return "new-windows";
  if (hostName === "OutlookWebApp") return "web";
  if (hostName === "Outlook" && platform === "Mac") return "mac";
  if (hostName === "Outlook" && platform === "PC") return "classic-windows";
  return "unknown";
}

export function holdLine(lang: Language, client: OutlookClient, time: string): string {
  if (client === "classic-windows") return say(lang, "heldNoRecall", { time });
  if (client === "unknown") return say(lang, "heldUntil", { time });
  return say(lang, "heldInDrafts", { time });
}
