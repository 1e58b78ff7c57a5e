/**
 * Naming, in the user's words, the Outlook calls that did not answer in time (office-call.ts):
 * "Outlook did not answer in time: attaching the encrypted ZIP (addFileAttachmentFromBase64Async)."
 * The call's own name stays in brackets, for IT.
 */
import { t, type Language } from "../core";
import type { MessageKey } from "../core/i18n/messages";

function whatKey(call: string): MessageKey {
  if (call === "getAttachmentContentAsync") return "whatAttachmentRead";
  if (call === "addFileAttachmentFromBase64Async") return "whatArchiveAdd";
  if (call === "removeAttachmentAsync") return "whatAttachmentRemove";
  if (call === "getAttachmentsAsync") return "whatAttachmentList";
  if (call === "sessionData.getAsync" || call === "sessionData.getAllAsync") return "whatStateRead";
  if (call.startsWith("sessionData.")) return "whatStateSave";
  if (/^(to|cc|bcc|from)\./.test(call)) return "whatRecipients";
  if (call.startsWith("internetHeaders.")) return "whatAuditHeader";
  if (call.startsWith("delayDeliveryTime.")) return "whatDelivery";
  if (call.startsWith("notificationMessages.")) return "whatInfoBar";
  if (call === "roamingSettings.saveAsync") return "whatNoticeQueue";
  if (call.startsWith("subject.") || call.startsWith("body.")) return "whatMessageRead";
  return "whatOther";
}

/** "reading an attachment (getAttachmentContentAsync)", for each distinct call, in order. */
export function describeCalls(lang: Language, calls: readonly string[]): string {
  const distinct = [...new Set(calls)];
  return distinct.map((c) => `${t(lang, whatKey(c))} (${c})`).join(lang === "ja" ? "、" : ", ");
}

/** One alert line naming the first call that did not answer (the others go to the task pane). */
export function noAnswerLine(lang: Language, calls: readonly string[]): string | undefined {
  if (calls.length === 0) return undefined;
  return t(lang, "noAnswer", { what: t(lang, whatKey(calls[0])), call: calls[0] });
}
