/** Small shared pieces of the detectors: digit boundaries, match loops, label decisions. */
import type { LabelHit } from "./context";
import type { Candidate, PersonalDataType } from "./types";
import type { ScanDoc } from "./context";

/** Not glued to another digit, letter or mask character, nor to one through a single separator. */
export const NB = "(?<![0-9A-Za-z*●×])(?<![0-9*●×][-.])";
/** Same on the right. */
export const NA = "(?![0-9A-Za-z*●×]|[-.][0-9*●×])";

export interface Detector {
  type: PersonalDataType;
  /** Candidates in normalised offsets. */
  detect(doc: ScanDoc): Candidate[];
}

/** Run a global regex over `text`, calling `fn` for each match (zero-length safe). */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(m);
  }
}

/** The label calls the value something else: another type, an organisation contact, or "other". */
export function calledElse(hit: LabelHit | null, type: PersonalDataType): boolean {
  return hit !== null && hit.category !== type;
}

export function candidate(type: PersonalDataType, start: number, end: number, score: number): Candidate {
  return { type, start, end, score };
}
