/** Totals over a folder of reviewed messages, for admins tuning a policy on real mail. */
import type { Review, Verdict } from "../core";

export interface ReviewSummary {
  verdicts: Record<Verdict, number>;
  findingsByType: Map<string, number>;
  supervisorsAdded: Map<string, number>;
  /** Encrypted ZIPs the first Send would make, by encryption; and the files that would go in. */
  archivesByEncryption: Map<string, number>;
  archivedFiles: number;
  broken: string[];
}

export function emptySummary(): ReviewSummary {
  return { verdicts: { allow: 0, confirm: 0, block: 0 }, findingsByType: new Map(), supervisorsAdded: new Map(), archivesByEncryption: new Map(), archivedFiles: 0, broken: [] };
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function addToSummary(s: ReviewSummary, r: Review): void {
  s.verdicts[r.verdict]++;
  for (const f of r.findings) bump(s.findingsByType, f.kind === "personal_data" ? f.type : f.kind);
  for (const a of r.actions) {
    if (a.kind === "add_recipient") bump(s.supervisorsAdded, `${a.address} (${a.field})`);
    if (a.kind === "protect_attachments") {
      bump(s.archivesByEncryption, a.encryption);
      s.archivedFiles += a.files.length;
    }
  }
}

export function summaryLines(s: ReviewSummary, total: number): string[] {
  const lines = [
    "",
    `${total} message${total === 1 ? "" : "s"}: ${s.verdicts.allow} allow, ${s.verdicts.confirm} confirm, ${s.verdicts.block} block, ${s.broken.length} skipped`,
  ];
  if (s.findingsByType.size) lines.push(`findings: ${[...s.findingsByType].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  const archives = [...s.archivesByEncryption.values()].reduce((a, b) => a + b, 0);
  if (archives) {
    const by = [...s.archivesByEncryption].map(([k, n]) => `${k} ${n}`).join(", ");
    lines.push(`archives that would be made: ${archives} (${by}), holding ${s.archivedFiles} file${s.archivedFiles === 1 ? "" : "s"}`);
  }
  if (s.supervisorsAdded.size) lines.push(`supervisors added: ${[...s.supervisorsAdded].map(([k, n]) => `${k} ×${n}`).join(", ")}`);
  if (s.broken.length) lines.push(`skipped (not readable as e-mail): ${s.broken.join(", ")}`);
  return lines;
}
