/**
 * Personal data found in files that were zipped when they were attached (OnMessageAttachmentsChanged),
 * carried in the archive's record so the Send can still report it once the originals are gone: the
 * encrypted archive is never read again at Send. Only what an alert shows and what a confirmation
 * needs is kept — type, masked previews, counts and the same digest keys the personal-data check
 * would make — never a value in clear (the session state holds no personal data in clear), and
 * bounded so that a 200,000-row list stays a few hundred characters.
 */
import { scanText } from "../pii/scanner";
import { findingKeys, fnv1a } from "../pii/personal-data-check";
import type { PersonalDataType } from "../pii/types";
import type { AttachmentContent } from "../review/check";
import type { Policy } from "../policy/schema";
import type { PersonalDataFinding } from "../review/types";

/** Masked previews kept per type and file (the alert shows at most two). */
const MASKED_KEPT = 2;
/** Type-and-file groups kept per archive: beyond this the Send path would scan again (see fitsCarry). */
export const CARRIED_GROUPS_MAX = 200;

export interface CarriedGroup {
  type: PersonalDataType;
  /** The file the values were in. */
  file: string;
  count: number;
  masked: string[];
  /** The personal-data check's confirm key for this type and file (findingKeys). */
  key: string;
}

export interface CarriedFindings {
  groups: CarriedGroup[];
  /** Files whose text could not be read, and why (the check's unreadable reasons). */
  unreadable: Array<{ file: string; reason: string }>;
}

/** Scans the files' texts as the personal-data check would, keeping only the carried form. */
export function carryFindings(contents: readonly AttachmentContent[], policy: Policy): CarriedFindings {
  const groups: CarriedGroup[] = [];
  const unreadable: CarriedFindings["unreadable"] = [];
  for (const c of contents) {
    if (c.text === undefined) {
      if (c.unreadable !== undefined) unreadable.push({ file: c.name, reason: c.unreadable });
      continue;
    }
    const where = `attachment:${c.name}` as const;
    const seen = new Set<string>();
    const findings: PersonalDataFinding[] = [];
    for (const m of scanText(c.text, { types: policy.personalData.types })) {
      const dedupe = `${m.type}\u0000${m.text}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      findings.push({ kind: "personal_data", type: m.type, text: m.text, where, masked: m.masked });
    }
    const byType = new Map<PersonalDataType, PersonalDataFinding[]>();
    // Appended in place: copying the list per finding was quadratic, minutes for a 20 MB customer list.
    for (const f of findings) {
      const list = byType.get(f.type);
      if (list) list.push(f);
      else byType.set(f.type, [f]);
    }
    for (const [type, list] of byType) {
      const [key] = findingKeys(list);
      groups.push({ type, file: c.name, count: list.length, masked: list.slice(0, MASKED_KEPT).map((f) => f.masked), key });
    }
  }
  return { groups, unreadable };
}

/** Small enough to keep in the session state beside the password (else the files are left for the Send). */
export function fitsCarry(carried: CarriedFindings): boolean {
  return carried.groups.length + carried.unreadable.length <= CARRIED_GROUPS_MAX;
}

/** The key the personal-data check uses for a file it could not read. */
export function unreadableKey(file: string): string {
  return `pii-unreadable:${fnv1a(file)}`;
}
