/** Personal-data detection: the public surface. */
export { scanText } from "./scanner";
export type { PiiMatch, ScanOptions, PersonalDataType } from "./types";
export { PERSONAL_DATA_TYPES } from "./types";
export { DETECTORS } from "./registry";
export { normalize } from "./normalize";
export type { Normalized, NormalizeOptions } from "./normalize";
export { maskValue } from "./mask";
export { TYPE_LABELS, typeLabel, placeLabel, unreadableLine } from "./labels";
export { personalDataCheck, fnv1a } from "./personal-data-check";
export { isValidMyNumber, myNumberCheckDigit, isValidCorporateNumber, corporateNumberCheckDigit, luhnValid, cardIssuer, isValidInsurerNumber } from "./checksums";
export { extractText } from "./extract";
export { attachmentContent, wantsAttachmentContents, MAX_SCANNED_BYTES } from "./attachment-contents";
export type { ExtractResult, ExtractOptions } from "./extract";
