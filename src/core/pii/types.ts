/** Shared shapes of the personal-data scanner. */
import type { PersonalDataType } from "../policy/schema";

export type { PersonalDataType };

export { PERSONAL_DATA_TYPES } from "../policy/schema";

/** One finding, with offsets into the ORIGINAL text given to `scanText`. */
export interface PiiMatch {
  type: PersonalDataType;
  start: number;
  end: number;
  /** Exactly `original.slice(start, end)`: the value only, never its label. */
  text: string;
  /** A preview safe to show: `1234 **** **18`, `090-****-5678`. */
  masked: string;
}

export interface ScanOptions {
  /** Types to look for; all when absent. */
  types?: readonly PersonalDataType[];
  /** Skip signature blocks, quoted headers and organisation contacts (default true). */
  exclusions?: boolean;
}

/** A detector's proposal, in offsets of the NORMALISED text. */
export interface Candidate {
  type: PersonalDataType;
  start: number;
  end: number;
  /** Higher wins when two candidates overlap. */
  score: number;
}
