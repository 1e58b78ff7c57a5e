/** The review as a person reads it on a terminal, and as the JSON contract of `review --json`. */
import type { AttachmentProfileInfo, Review } from "../core";

/** The partner profile (attachments.partners) the review applied to the attachments, if one matched. */
export function attachmentProfileOf(r: Review): AttachmentProfileInfo | undefined {
  for (const a of r.actions) {
    if ((a.kind === "protect_attachments" || a.kind === "send_attachments_as_is" || a.kind === "refuse_attachments") && a.profile) return a.profile;
  }
  return undefined;
}

export function reviewJson(r: Review): string {
  return JSON.stringify({ verdict: r.verdict, external: r.external, findings: r.findings, actions: r.actions, message: r.message });
}

export function reviewText(file: string, r: Review): string[] {
  const lines = [`${file}: ${r.verdict}`];
  for (const e of r.external) lines.push(`  external (${e.field}): ${e.address}`);
  for (const a of r.actions) {
    if (a.kind === "add_recipient") lines.push(`  add to ${a.field.toUpperCase()}: ${a.address}`);
    else lines.push(`  ${JSON.stringify(a)}`);
  }
  const profile = attachmentProfileOf(r);
  if (profile) {
    const gaveWay = profile.overridden.length ? `; gave way: ${profile.overridden.join(", ")}` : "";
    lines.push(`  attachment profile: ${profile.profile} (${profile.source}: ${profile.decidedBy.join(", ")}${gaveWay})`);
  }
  for (const f of r.findings) lines.push(f.kind === "personal_data" ? `  ${f.kind} ${f.type} ${f.masked} (${f.where})` : `  ${JSON.stringify(f)}`);
  if (r.message) lines.push(...r.message.split("\n").map((l) => `  | ${l}`));
  return lines;
}
