/**
 * How much of an .eml file is read, parsed and scanned, in one place with the reason for each
 * (issue 13: a 50 MB body took 14.5 s and 1.8 GB; an RFC 2047 bomb never finished). Messages past
 * a limit are either refused with a clear reason, or reviewed in part and said so (never allowed
 * silently: see partialReview).
 */

/**
 * The largest .eml read at all: 150 MB, the most Exchange Online accepts for one message
 * (https://learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits#message-limits).
 * A larger file could never be sent, so it is refused before it is read.
 */
export const MAX_EML_BYTES = 150 * 1024 * 1024;

/**
 * RFC 2047 encoded-words (`=?charset?B?…?=`) in the whole file. A long Japanese subject has a few
 * dozen, a To list of 1,000 named recipients about as many; the parser's time grows faster than
 * their number (100,000 did not finish in two minutes), so more than this is refused.
 */
export const MAX_ENCODED_WORDS = 5_000;

/**
 * Bytes of the message's text parts (text/plain and text/html that are not attachments) kept by
 * the parser, all parts together: 2 MiB. The parser keeps each line of a text part separately,
 * about 30 bytes of memory per byte of text, so 2 MiB stays far under 500 MB. Lines past it are
 * skipped (not read, not scanned); attachments are always read whole, because --apply zips them.
 */
export const MAX_TEXT_PART_BYTES = 2 * 1024 * 1024;

/**
 * Characters of the body the checks scan: 1,000,000 (about 500 pages). The rest is not scanned.
 * The personal-data and misdirection checks take about one second per million characters.
 */
export const MAX_SCANNED_BODY_CHARS = 1_000_000;
