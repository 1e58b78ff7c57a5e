/** The state and settings of one simulated compose window, as plain data. */
import type { SimulatedOfficeError } from "./errors";

export type RecipientField = "to" | "cc" | "bcc";

/** A recipient as the add-in may pass it: an SMTP string, an EmailUser or EmailAddressDetails. */
export type RecipientInput =
  | string
  | { emailAddress: string; displayName?: string; recipientType?: string; appointmentResponse?: string };

export type AttachmentKind = "file" | "item" | "cloud";

export interface SimulatedAttachment {
  id: string;
  name: string;
  /** Bytes of the file (decoded), as `getAttachmentsAsync` reports it. */
  size: number;
  attachmentType: AttachmentKind;
  isInline: boolean;
  contentId?: string;
  /** File attachments: the content, Base64. */
  contentBase64?: string;
  /** Item attachments: the attached message as .eml text. */
  eml?: string;
  /** Cloud attachments: the link. */
  url?: string;
}

export interface AttachmentInit {
  name: string;
  attachmentType?: AttachmentKind;
  isInline?: boolean;
  contentBase64?: string;
  eml?: string;
  url?: string;
  /** Defaults to the decoded size of `contentBase64`, the length of `eml`, or 0. */
  size?: number;
  id?: string;
  contentId?: string;
}

export type BodyType = "text" | "html";

export interface ComposeItemState {
  from: Office.EmailAddressDetails;
  to: Office.EmailAddressDetails[];
  cc: Office.EmailAddressDetails[];
  bcc: Office.EmailAddressDetails[];
  subject: string;
  bodyType: BodyType;
  /** The body in its own type (HTML markup when `bodyType` is "html"). */
  body: string;
  attachments: SimulatedAttachment[];
  sessionData: Map<string, string>;
  internetHeaders: Map<string, string>;
  /** `null` until set; `delayDeliveryTime.getAsync` then reports 0, as Outlook does. */
  delayDeliveryTime: Date | null;
  notifications: Map<string, Office.NotificationMessageDetails>;
}

export interface UserProfileInit {
  emailAddress: string;
  displayName: string;
  timeZone?: string;
  accountType?: string;
}

export interface MailboxSettings {
  /** `Office.context.displayLanguage`, e.g. "ja-JP" or "en-US". */
  displayLanguage: string;
  /** Highest Mailbox requirement set the client supports, e.g. "1.12" … "1.15". */
  mailboxVersion: string;
  /** Other requirement sets the client claims, e.g. { IdentityAPI: "1.3" }. */
  extraRequirementSets: Record<string, string>;
  userProfile: Required<UserProfileInit>;
  hostName: string;
  hostVersion: string;
  /** `Office.context.diagnostics.platform`, e.g. "OfficeOnline", "PC", "Mac". */
  platform: string;
  /** Whether the client raises OnMessageAttachmentsChanged / OnMessageRecipientsChanged (change-events.ts). */
  changeEvents: "fire" | "never";
  /** The manifest's FunctionName per launch event, when not the default names. */
  eventHandlers: Record<string, string>;
}

/**
 * How client-side argument checks fail. "throw": like the shipped Office.js library, which throws
 * a Sys.ArgumentOutOfRangeException synchronously (e.g. > 100 recipients in one call).
 * "async": like the API reference describes it, as a failed AsyncResult with the documented error
 * (NumberOfRecipientsExceeded, AttachmentSizeExceeded).
 */
export type ArgumentErrorStyle = "throw" | "async";

export interface Limits {
  /** Recipients per `setAsync`/`addAsync` call (100 in every client that limits it). */
  recipientsPerCall: number;
  /** Recipients a field may hold (500 in classic Windows ≤ 1.15 and classic Mac). */
  recipientsPerField: number;
  /** Decoded attachment size (25 MB). */
  attachmentBytes: number;
  /** Base64 string length accepted by addFileAttachmentFromBase64Async (34,865,152). */
  attachmentBase64Chars: number;
  /** Attachment name length (255). */
  attachmentNameChars: number;
  /** Subject length (255). */
  subjectChars: number;
  /** Characters of the whole sessionData object (50,000 up to Mailbox 1.15, 2,621,440 from 1.16). */
  sessionDataChars: number;
  /** Notification messages per item (5). */
  notifications: number;
  /**
   * Asynchronous calls in flight at once (3 in Outlook on the web and new Outlook: "Limits for
   * activation and JavaScript API for Outlook add-ins", row "Asynchronous calls",
   * https://learn.microsoft.com/office/dev/add-ins/outlook/limits-for-activation-and-javascript-api-for-outlook-add-ins).
   */
  concurrentAsyncCalls: number;
  /** Notification message text (150) and key (32) lengths. */
  notificationMessageChars: number;
  notificationKeyChars: number;
}

export interface CallRecord {
  call: string;
  args: unknown[];
  /** "ok", the error name, or "threw: <name>" when Office.js validation threw synchronously. */
  outcome?: string;
}

export type LatencySetting = number | ((call: string) => number);

export type { SimulatedOfficeError };
