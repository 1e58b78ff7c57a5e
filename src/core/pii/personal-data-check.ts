/**
 * The review's personal-data check: scans subject, body, attachment names and attachment
 * contents; the verdict follows `policy.personalData.action`. Alert lines show masked values
 * only, and the confirm keys are hashes, so no value is kept in clear in the session state.
 */
import { confirmUnlessSeen, emptyOutcome, type Check, type CheckContext, type CheckOutcome } from "../review/check";
import { digest64 } from "../review/compact-key";
import type { FindingPlace, Language, PersonalDataFinding } from "../review/types";
import { findingLines, type PlacedFinding } from "./finding-lines";
import { unreadableLine, type PlaceKind } from "./labels";
import { scanText } from "./scanner";
import type { PersonalDataType } from "./types";

/** FNV-1a, 32 bits, over UTF-16 code units; hex. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

export const personalDataCheck: Check = (ctx: CheckContext): CheckOutcome => {
  const out = emptyOutcome();
  const policy = ctx.policy.personalData;
  if (policy.action === "off") return out;
  const types: readonly PersonalDataType[] | undefined = policy.types;
  const lang: Language = ctx.lang;

  const findings: PersonalDataFinding[] = [];
  const placed: PlacedFinding[] = [];
  const seen = new Set<string>();
  const scan = (text: string, where: FindingPlace, place: PlaceKind): void => {
    if (!text) return;
    for (const m of scanText(text, { types })) {
      const dedupe = `${m.type}\u0000${m.text}\u0000${where}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      findings.push({ kind: "personal_data", type: m.type, text: m.text, where, masked: m.masked });
      placed.push({ type: m.type, masked: m.masked, place });
    }
  };

  scan(ctx.draft.subject, "subject", { kind: "subject" });
  scan(ctx.draft.body, "body", { kind: "body" });
  for (const a of ctx.draft.attachments) {
    scan(a.name, `attachment:${a.name}`, { kind: "attachment-name", name: a.name });
  }
  const unreadable: string[] = [];
  if (policy.scanAttachments) {
    for (const c of ctx.contents ?? []) {
      if (c.text !== undefined) scan(c.text, `attachment:${c.name}`, { kind: "attachment", name: c.name });
      else if (c.unreadable !== undefined) unreadable.push(unreadableLine(c.name, c.unreadable, lang));
    }
  }

  out.findings = findings;
  // One line per type, counted per source (finding-lines.ts): thousands of numbers fit one line.
  out.lines = [...findingLines(placed, lang), ...unreadable];

  const keys = findingKeys(findings);
  for (const c of ctx.contents ?? []) {
    if (policy.scanAttachments && c.text === undefined && c.unreadable !== undefined) keys.push(`pii-unreadable:${fnv1a(c.name)}`);
  }
  out.confirmKeys = [...new Set(keys)];
  if (findings.length > 0 && policy.action === "block") out.verdict = "block";
  else if (out.confirmKeys.length > 0) out.verdict = confirmUnlessSeen(ctx.state, out.confirmKeys);
  return out;
};

/**
 * One confirm key per type and place: a digest over that place's sorted finding texts. Bounded
 * whatever the mail holds (a 200,000-row customer list is a handful of keys, not one per row, so
 * the item's session state stays small), and any new or changed value changes its digest, so it
 * asks again. The digest is the one the session state uses for short keys (review/compact-key.ts), 64 bits.
 */
export function findingKeys(findings: readonly PersonalDataFinding[]): string[] {
  const groups = new Map<string, string[]>();
  for (const f of findings) {
    const group = `${f.type}\u0000${f.where}`;
    const texts = groups.get(group) ?? [];
    texts.push(f.text);
    groups.set(group, texts);
  }
  const keys: string[] = [];
  for (const [group, texts] of groups) {
    const joined = texts.sort().join("\u0000");
    const type = group.slice(0, group.indexOf("\u0000"));
    const where = group.slice(group.indexOf("\u0000") + 1);
    keys.push(`pii:${type}:${fnv1a(where)}:${digest64(joined)}`);
  }
  return keys;
}
