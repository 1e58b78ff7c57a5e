/** Misdirected mail: the checks, in the order their lines appear, and what the adapter needs. */
import { inSection, type Check } from "../review/check";
import { bccOmissionCheck } from "./bcc-omission-check";
import { holdCheck } from "./hold-check";
import { lookalikeCheck } from "./lookalike-check";
import { missingAttachmentCheck } from "./missing-attachment-check";
import { newDomainInReplyCheck } from "./new-domain-check";
import { salutationMismatchCheck } from "./salutation-check";

/** Wrong recipients stop the Send and come first in the alert, under their own headline; a forgotten attachment is a finding. */
export const misdirectionChecks: readonly Check[] = [
  inSection("recipients", lookalikeCheck),
  inSection("recipients", newDomainInReplyCheck),
  inSection("recipients", bccOmissionCheck),
  inSection("recipients", salutationMismatchCheck),
  inSection("finding", missingAttachmentCheck),
  inSection("action", holdCheck),
];

export * from "./findings";
export { say as misdirectionText } from "./messages";
export { holdLine, outlookClientFrom, type OutlookClient } from "./hold-text";
export {
  confirmationsFromKeys,
  confirmationsStillPresent,
  emptyConfirmations,
  foldConfirmations,
  mergeConfirmations,
  parseConfirmations,
  type Confirmations,
} from "./memory";
export { findLookalike, referenceSet } from "./lookalike";
export { splitQuoted, quotedThreadAddresses } from "./quoted-text";
