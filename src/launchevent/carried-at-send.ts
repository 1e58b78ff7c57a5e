/**
 * At Send: the personal data found in files that were zipped when attached, for the archives of
 * ours still on the message (the Send never opens them again). An archive the user removed takes
 * its findings with it; one made at Send carries none (the Send scanned its files itself).
 */
import type { MessageDraft, ReviewState } from "../core";
import type { CarriedFindings } from "../core/protect-check/carried-findings";
import { readProtectMemory } from "../core/protect-check/memory";
import { findPresentArchives } from "../core/protect-check/plan";

export function carriedAtSend(draft: MessageDraft, state: ReviewState): CarriedFindings[] {
  return findPresentArchives(draft, readProtectMemory(state)).flatMap((p) => (p.record.attachTime ? [p.record.attachTime.findings] : []));
}
