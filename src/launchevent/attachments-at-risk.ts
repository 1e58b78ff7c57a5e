/**
 * After a failed check: could this message take a file out unprotected that the policy wants in
 * an encrypted ZIP? Then no failure path may let it go (issue 10, fail closed). "Could" includes
 * "cannot tell": an attachment list that cannot be read, or recipients that cannot be read while
 * the policy protects external mail, count as at risk.
 */
import { defaultPolicy, type MessageDraft, type Policy, type ReviewState } from "../core";
import { externalFor } from "../core/review/review";
import { planProtection } from "../core/protect-check/plan";
import { readProtectMemory } from "../core/protect-check/memory";
import type { ComposeItem } from "../outlook/compose-item";
import { readAttachments, readRecipients } from "../outlook/read-draft";

export interface RiskInput {
  /** The compose item, or undefined when even that could not be had. */
  item: ComposeItem | undefined;
  /** The policy the check used, or undefined when it never loaded (the defaults then apply). */
  policy: Policy | undefined;
  /** The draft as the check read it, if it got that far (its attachments may be stale). */
  draft: MessageDraft | undefined;
  state: ReviewState | undefined;
  /**
   * The message's record could not be read (session-state.ts): an archive of ours may be attached
   * whose password only that record holds, so any file on the message counts as at risk.
   */
  stateUnreadable?: boolean;
}

export async function attachmentsAtRisk(input: RiskInput): Promise<boolean> {
  const policy = input.policy ?? defaultPolicy();
  // A `block` partner (attachments.partners) holds whatever `protect` says: a prohibition, not a protection.
  const blocks = Object.values(policy.attachments.partners ?? {}).some((p) => p.profile === "block");
  if (policy.attachments.protect === "never" && !blocks) return false;
  if (!input.item) return true;
  const item = input.item;
  // The list as it is now: an archive may have replaced the files since the draft was read.
  const attachments = await readAttachments(item).catch(() => undefined);
  if (!attachments) return true;
  const sent = attachments.filter((a) => !a.isInline);
  if (!sent.some((a) => a.kind === "file") && !(blocks && sent.length > 0)) return false;
  if (input.stateUnreadable) return true;
  const who = input.draft ?? (await readRecipients(item).catch(() => undefined));
  if (!who) return true;
  const current: MessageDraft = { subject: "", body: "", ...input.draft, from: who.from, to: who.to, cc: who.cc, bcc: who.bcc, attachments };
  const plan = planProtection(current, policy, externalFor(current, policy), readProtectMemory(input.state));
  if (plan.profile.profile === "block") return sent.length > 0;
  return plan.applies && (plan.files.length > 0 || plan.leftovers.length > 0);
}
