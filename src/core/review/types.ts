/** What a review decides. The CLI prints this as JSON; names here are a public contract. */
import type { RecipientField } from "../message/draft";
import type { PersonalDataType } from "../policy/schema";
import type { MisdirectionAction, MisdirectionFinding } from "../misdirection/findings";

export type Verdict = "allow" | "confirm" | "block";
export type Language = "ja" | "en";

export interface ExternalRecipient {
  address: string;
  domain: string;
  field: RecipientField;
}

/** Where a finding was seen: "subject" | "body" | "attachment:<name>" (its name or content). */
export type FindingPlace = "subject" | "body" | `attachment:${string}` | `attachment-name:${string}`;

export interface PersonalDataFinding {
  kind: "personal_data";
  type: PersonalDataType;
  /** The exact text as it appears in the mail. Never shown in an alert. */
  text: string;
  where: FindingPlace;
  /** A masked preview safe to show: `090-****-5678`. */
  masked: string;
}

/** Each later check adds its own finding kind here. */
export type Finding = PersonalDataFinding | MisdirectionFinding;

export interface AddRecipientAction {
  kind: "add_recipient";
  field: "cc" | "bcc";
  address: string;
}

/**
 * Which attachments.partners profile applied to a message and who decided it (issue 12); present
 * only when an entry matched one of its recipients.
 */
export interface AttachmentProfileInfo {
  profile: "aes256" | "zipcrypto" | "none" | "block";
  /** "partner": an attachments.partners entry decided; "policy": encryption/zipcryptoDomains did. */
  source: "partner" | "policy";
  /** Recipient domains whose entry decided (the strictest); or, for "policy", those without an entry. */
  decidedBy: string[];
  /** Partner domains whose weaker profile gave way. */
  overridden: string[];
  passwordLength: number;
  noticeDelayMinutes: number;
}

/** Attachments into one password-protected ZIP (src/core/protect-check). */
export interface ProtectAttachmentsAction {
  kind: "protect_attachments";
  archive: string;
  files: string[];
  encryption: "aes256" | "zipcrypto";
  /** The partner profile behind the encryption (additive; absent when no partner entry matched). */
  profile?: AttachmentProfileInfo;
}

/** Profile `none` for every external recipient: the files go as they are, no archive, no notice. */
export interface SendAttachmentsAsIsAction {
  kind: "send_attachments_as_is";
  files: string[];
  profile: AttachmentProfileInfo;
}

/** Profile `block`: these attachments must not go to the partner; the Send is blocked. */
export interface RefuseAttachmentsAction {
  kind: "refuse_attachments";
  files: string[];
  profile: AttachmentProfileInfo;
}

/** The archive's password goes out in its own email, this many minutes after the message. */
export interface QueuePasswordNoticeAction {
  kind: "queue_password_notice";
  to: string[];
  /** Recipients who were in BCC get the notice in BCC too, so they still cannot see each other. */
  bcc?: string[];
  delayMinutes: number;
}

/** Each later feature adds its own action kind here. */
export type Action =
  | AddRecipientAction
  | ProtectAttachmentsAction
  | QueuePasswordNoticeAction
  | MisdirectionAction
  | SendAttachmentsAsIsAction
  | RefuseAttachmentsAction;

export interface Review {
  verdict: Verdict;
  external: ExternalRecipient[];
  findings: Finding[];
  actions: Action[];
  /** The alert text in the user's language (plain text, at most 500 characters). */
  message: string;
}
