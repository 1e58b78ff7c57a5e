/**
 * The Microsoft Graph request that carries a password notice: POST /me/sendMail with the message
 * as JSON — recipients (BCC ones in bccRecipients), subject, a plain-text body holding the password, no attachment — and two
 * single-value extended properties: the deferred send time (PidTagDeferredSendTime, "SystemTime
 * 0x3FEF", a UTC time) so Exchange holds it back, and our own named property with the notice id,
 * so a mailbox search can find (and cancel) exactly this notice later.
 * Shapes: https://learn.microsoft.com/graph/api/user-sendmail,
 * https://learn.microsoft.com/graph/api/resources/singlevaluelegacyextendedproperty.
 */
import type { PasswordNotice } from "../core/notice/password-notice";

export const DEFERRED_SEND_TIME_ID = "SystemTime 0x3FEF";
/** A named String property in our own property set (a fixed GUID for Outbound Guard). */
export const NOTICE_ID_PROPERTY_ID = "String {3875fc5a-b92e-455b-bf76-d6eb121e26fd} Name OutboundGuardNoticeId";

/** ISO 8601 in UTC without milliseconds: 2025-04-01T09:10:00Z. */
export function utcSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

export interface SendMailRequest {
  message: {
    subject: string;
    body: { contentType: "Text"; content: string };
    toRecipients: Array<{ emailAddress: { address: string } }>;
    /** Only when the notice has BCC recipients. */
    bccRecipients?: Array<{ emailAddress: { address: string } }>;
    singleValueExtendedProperties: Array<{ id: string; value: string }>;
  };
  saveToSentItems: boolean;
}

export function sendMailRequest(notice: PasswordNotice, deferUntilMs: number): SendMailRequest {
  return {
    message: {
      subject: notice.subject,
      body: { contentType: "Text", content: notice.body },
      toRecipients: notice.to.map((address) => ({ emailAddress: { address } })),
      ...(notice.bcc && notice.bcc.length > 0 ? { bccRecipients: notice.bcc.map((address) => ({ emailAddress: { address } })) } : {}),
      singleValueExtendedProperties: [
        { id: DEFERRED_SEND_TIME_ID, value: utcSeconds(deferUntilMs) },
        { id: NOTICE_ID_PROPERTY_ID, value: notice.id },
      ],
    },
    saveToSentItems: true,
  };
}

/** The documented $filter for a message by the value of a single-value extended property. */
export function noticeIdFilter(noticeId: string): string {
  const quoted = noticeId.replace(/'/g, "''");
  return `singleValueExtendedProperties/Any(ep: ep/id eq '${NOTICE_ID_PROPERTY_ID}' and ep/value eq '${quoted}')`;
}
