/** Misdirected mail: the checks, in the order their lines appear, and what the adapter needs. */
import type { Check } from "../review/check";
import { bccOmissionCheck } from "./bcc-omission-check";
import { holdCheck } from "./hold-check";
import { lookalikeCheck } from "./lookalike-check";
import { missingAttachmentCheck } from "./missing-attachment-check";
import { newDomainInReplyCheck } from "./new-domain-check";
import { salutationMismatchCheck } from "./salutation-check";

export const misdirectionChecks: readonly Check[] = [
  lookalikeCheck,
  newDomainInReplyCheck,
  bccOmissionCheck,
  salutationMismatchCheck,
  missingAttachmentCheck,
  holdCheck,
];

export * from "./findings";
export { say as misdirectionText } from "./messages";
export {
  confirmationsFromKeys,
  emptyConfirmations,
  foldConfirmations,
  mergeConfirmations,
  parseConfirmations,
  type Confirmations,
} from "./memory";
export { findLookalike, referenceSet } from "./lookalike";
export { splitQuoted, quotedThreadAddresses } from "./quoted-text";
