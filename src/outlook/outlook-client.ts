/**
 * Which Outlook this is, as plain data for the core: `Office.context.mailbox.diagnostics.hostName`
 * (Mailbox 1.1) and `Office.context.diagnostics.platform` (Office.PlatformType), see
 * https://learn.microsoft.com/javascript/api/outlook/office.diagnostics.
 */
import { outlookClientFrom, type OutlookClient } from "../core/misdirection";

export function outlookClient(): OutlookClient {
  try {
    const hostName = Office.context.mailbox?.diagnostics?.hostName;
    const platform = Office.context.diagnostics?.platform;
    return outlookClientFrom(typeof hostName === "string" ? hostName : undefined, platform !== undefined ? String(platform) : undefined);
  } catch {
    return "unknown";
  }
}
