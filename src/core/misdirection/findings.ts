/** The review JSON's misdirection findings and actions (a public contract, like every Finding). */

export interface BccOmissionFinding {
  kind: "bcc_omission";
  /** The external organisations whose people would see each other (partner name, domain or address). */
  organisations: string[];
  /** The external To/CC addresses that would be visible to everyone. */
  addresses: string[];
}

export type LookalikeReason = "homoglyph" | "idn" | "swap" | "double" | "edit" | "suffix";

export interface LookalikeDomainFinding {
  kind: "lookalike_domain";
  /** The recipient's domain as written (punycode stays punycode). */
  domain: string;
  /** The domain it resembles (internal, known, partner or confirmed before). */
  lookalikeOf: string;
  reason: LookalikeReason;
  /** The domain decoded from punycode, when it was an IDN. */
  unicode?: string;
  addresses: string[];
}

export interface NewDomainInReplyFinding {
  kind: "new_domain_in_reply";
  domain: string;
  addresses: string[];
  /** The organisations' domains the quoted thread had. */
  threadDomains: string[];
}

export interface SalutationMismatchFinding {
  kind: "salutation_mismatch";
  /** The organisation as the salutation or file name writes it. */
  organisation: string;
  where: "body" | `attachment-name:${string}`;
  /** The external recipients' domains, none of which belongs to it. */
  recipientDomains: string[];
}

export interface MissingAttachmentFinding {
  kind: "missing_attachment";
  /** The words that say something is attached (trimmed). */
  phrase: string;
}

export type MisdirectionFinding =
  | BccOmissionFinding
  | LookalikeDomainFinding
  | NewDomainInReplyFinding
  | SalutationMismatchFinding
  | MissingAttachmentFinding;

/** Move these external To/CC recipients to BCC (the adapter adds to BCC first, then removes). */
export interface MoveToBccAction {
  kind: "move_to_bcc";
  addresses: string[];
}

/** Delay delivery by this many minutes (item.delayDeliveryTime, Mailbox 1.13). */
export interface HoldAction {
  kind: "hold";
  minutes: number;
}

export type MisdirectionAction = MoveToBccAction | HoldAction;

/** What the review takes besides the draft: what the add-in saw when the reply was opened. */
export interface MisdirectionInput {
  /** The original recipients (and sender) of the message being replied to or forwarded, seen at OnNewMessageCompose. */
  threadAddresses?: string[];
}
