/** The review as a person reads it on a terminal, and as the JSON contract of `review --json`. */
import type { AttachmentProfileInfo, Review } from "../core";
import type { EmlLimitNote } from "../core/message/eml-draft";

/** The partner profile (attachments.partners) the review applied to the attachments, if one matched. */
export function attachmentProfileOf(r: Review): AttachmentProfileInfo | undefined {
  for (const a of r.actions) {
    if ((a.kind === "protect_attachments" || a.kind === "send_attachments_as_is" || a.kind === "refuse_attachments") && a.profile) return a.profile;
  }
  return undefined;
}

type WithLimits = Review & { limits?: EmlLimitNote[] };

/** `limits` appears only when part of the message was not read or scanned (eml-limits.ts). */
export function reviewJson(r: WithLimits): string {
  return JSON.stringify({ verdict: r.verdict, external: r.external, findings: r.findings, actions: r.actions, message: r.message, ...(r.limits ? { limits: r.limits } : {}) });
}

export function reviewText(file: string, r: WithLimits): string[] {
  const lines = [`${file}: ${r.verdict}`];
  for (const l of r.limits ?? []) lines.push(`  not fully checked (${l.code}, limit ${l.limit}): the rest was not scanned`);
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
