/** Totals over a folder of reviewed messages, for admins tuning a policy on real mail. */
import type { Language, Review, Verdict } from "../core";
import { SUMMARY_TEXTS } from "./review-summary-texts";
import { attachmentProfileOf } from "./review-format";

export interface ReviewSummary {
  verdicts: Record<Verdict, number>;
  findingsByType: Map<string, number>;
  /** "bcc:address" → how many messages it would be added to. */
  supervisorsAdded: Map<string, number>;
  /** Encrypted ZIPs the first Send would make, by encryption; and the files that would go in. */
  archivesByEncryption: Map<string, number>;
  archivedFiles: number;
  /** Messages by the attachments.partners profile that applied (only those an entry matched). */
  profiles: Map<string, number>;
  broken: string[];
}

export function emptySummary(): ReviewSummary {
  return { verdicts: { allow: 0, confirm: 0, block: 0 }, findingsByType: new Map(), supervisorsAdded: new Map(), archivesByEncryption: new Map(), archivedFiles: 0, profiles: new Map(), broken: [] };
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function addToSummary(s: ReviewSummary, r: Review): void {
  s.verdicts[r.verdict]++;
  const profile = attachmentProfileOf(r);
  if (profile) bump(s.profiles, profile.profile);
  for (const f of r.findings) bump(s.findingsByType, f.kind === "personal_data" ? f.type : f.kind);
  for (const a of r.actions) {
    if (a.kind === "add_recipient") bump(s.supervisorsAdded, `${a.field}:${a.address}`);
    if (a.kind === "protect_attachments") {
      bump(s.archivesByEncryption, a.encryption);
      s.archivedFiles += a.files.length;
    }
  }
}

/** The summary after the per-message lines, in the language of --lang. */
export function summaryLines(s: ReviewSummary, total: number, lang: Language = "en"): string[] {
  const t = SUMMARY_TEXTS[lang];
  const list = (entries: Iterable<[string, number]>, show: (k: string, n: number) => string) => [...entries].map(([k, n]) => show(k, n)).join(t.comma);
  const lines = ["", t.totals(total, s.verdicts.allow, s.verdicts.confirm, s.verdicts.block, s.broken.length)];
  if (s.findingsByType.size) lines.push(t.findingsByType(list(s.findingsByType, (k, n) => `${t.findingKind(k)} ${n}`)));
  const archives = [...s.archivesByEncryption.values()].reduce((a, b) => a + b, 0);
  if (archives) lines.push(t.archives(archives, list(s.archivesByEncryption, (k, n) => `${t.encryption(k)} ${n}`), s.archivedFiles));
  if (s.profiles.size) lines.push(t.profiles(list(s.profiles, (k, n) => `${t.profileName(k)} ${n}`)));
  if (s.supervisorsAdded.size) lines.push(t.supervisors(list(s.supervisorsAdded, (k, n) => `${k.slice(k.indexOf(":") + 1)} (${t.field(k.slice(0, k.indexOf(":")))}) ×${n}`)));
  if (s.broken.length) lines.push(t.skipped(s.broken.join(t.comma)));
  return lines;
}
