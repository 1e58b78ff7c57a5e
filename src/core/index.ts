/** The core's public face: what the adapter, the CLI, the task pane and the playground use. */
export * from "./message/draft";
export * from "./policy";
export * from "./review/types";
export type { ReviewInput, ReviewState, AttachmentContent, Check, CheckOutcome } from "./review/check";
export { review, initialState, confirmedAfterAlert, type ReviewResult, type AlertPart } from "./review/review";
export { defaultChecks } from "./review/checks";
export { pickLanguage, t } from "./i18n";
export { parseMailbox, parseMailboxList, domainOf, addressKey, sameAddress } from "./recipients/address";
export { isInternalDomain, matchesDomainPattern } from "./recipients/domain-match";
export { externalRecipients, groupByDomain } from "./recipients/classify";
export { supervisorFor } from "./supervisor/supervisor-check";
export { composeAlert, ALERT_MAX_CHARS, type AlertBlock, type AlertSection } from "./alert/compose-alert";
