/**
 * The personal-data check's verdict, lines and confirm keys for files that were scanned when they
 * were attached and are now only inside our encrypted archive (carried-findings.ts). Same policy
 * (`personalData.action`, `scanAttachments`), same keys: what the user confirmed stays confirmed
 * whichever path scanned the file.
 */
import { confirmUnlessSeen, emptyOutcome, type Check } from "../review/check";
import { findingLines, type PlacedFinding } from "../pii/finding-lines";
import { unreadableLine } from "../pii/labels";
import type { PersonalDataFinding } from "../review/types";
import { unreadableKey } from "./carried-findings";

export const carriedFindingsCheck: Check = (ctx) => {
  const out = emptyOutcome();
  const policy = ctx.policy.personalData;
  if (policy.action === "off" || !policy.scanAttachments || !ctx.carried?.length) return out;
  const types = policy.types ? new Set<string>(policy.types) : undefined;
  const placed: PlacedFinding[] = [];
  const findings: PersonalDataFinding[] = [];
  const keys: string[] = [];
  const unreadable: string[] = [];
  for (const carried of ctx.carried) {
    for (const g of carried.groups) {
      if (types && !types.has(g.type)) continue;
      keys.push(g.key);
      for (let i = 0; i < g.count; i++) {
        const masked = g.masked[Math.min(i, g.masked.length - 1)] ?? "";
        placed.push({ type: g.type, masked, place: { kind: "attachment", name: g.file } });
      }
      // The value itself is not kept: the finding carries its masked preview as its text.
      for (const masked of g.masked) findings.push({ kind: "personal_data", type: g.type, text: masked, where: `attachment:${g.file}`, masked });
    }
    for (const u of carried.unreadable) {
      unreadable.push(unreadableLine(u.file, u.reason, ctx.lang));
      keys.push(unreadableKey(u.file));
    }
  }
  out.findings = findings;
  out.lines = [...findingLines(placed, ctx.lang), ...unreadable];
  out.confirmKeys = [...new Set(keys)];
  if (placed.length > 0 && policy.action === "block") out.verdict = "block";
  else if (out.confirmKeys.length > 0) out.verdict = confirmUnlessSeen(ctx.state, out.confirmKeys);
  return out;
};
