/**
 * Stamps (or clears) the audit header on the draft with item.internetHeaders (Mailbox 1.8).
 * Headers set in compose stay on the message when it is sent, so this must run before the
 * handler completes the Send.
 */
import { AUDIT_HEADER_NAME } from "../core/audit/audit-header";
import type { ComposeItem } from "./compose-item";
import { officeCall } from "./office-call";

function headersOf(item: ComposeItem): Office.InternetHeaders {
  const headers = item.internetHeaders;
  if (!headers) throw new Error("internetHeaders is not available (Mailbox 1.8)");
  return headers;
}

export function stampAuditHeader(item: ComposeItem, value: string): Promise<void> {
  return officeCall<void>("internetHeaders.setAsync", (cb) => headersOf(item).setAsync({ [AUDIT_HEADER_NAME]: value }, cb));
}

/** Removes a stamp left by an earlier Send attempt, so a draft that was stopped carries none. */
export function removeAuditHeader(item: ComposeItem): Promise<void> {
  return officeCall<void>("internetHeaders.removeAsync", (cb) => headersOf(item).removeAsync([AUDIT_HEADER_NAME], cb));
}
