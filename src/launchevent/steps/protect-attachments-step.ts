/**
 * Attachments into a password-protected ZIP at Send (after addRecipients, so the notice and the
 * archive see the final recipients). The plan is the check's (planProtection); the flow
 * (src/outlook/protect-attachments.ts) replaces the files without ever losing one.
 *
 * - Bytes already read this Send (ctx.bytes, by the attachment-text step) are reused.
 * - One password per message, kept with the archive records and the password notice in
 *   `ctx.state.steps.protectAttachments` (item.sessionData): never in the mail, alert or logs.
 *   The notices queue reads the notice there (`storedPasswordNotice`) once the Send is allowed.
 * - Attachments added after the first Send go into a FURTHER archive (attachments-2.zip…) with
 *   the same password, not a rebuilt one: the originals are no longer on the message, so a
 *   rebuild would have to read back and rewrite an archive that is already complete and
 *   confirmed — more calls that can fail while the files exist only inside it, more time at
 *   Send, and the rebuilt archive could pass Outlook's 25 MB limit where two archives each fit.
 *   The notice names every archive.
 * - A failure never stops the message for good: it raises the verdict to confirm once, with a
 *   line saying what happened and that every file is still attached; sending again sends the
 *   message as it now is (the user was told the files are not encrypted) — a step that could
 *   never succeed (e.g. 25 MB) must not leave the user unable to send. Each distinct failure asks
 *   once (its key joins the confirmed keys).
 */
import { generateArchivePassword } from "../../core/protect";
import { composePasswordNotice, noticeLanguage } from "../../core/notice/compose-notice";
import { PROTECT_STEP, readProtectMemory, withProtectMemory, type ProtectMemory } from "../../core/protect-check/memory";
import { nameList, pt, sizeLabel } from "../../core/protect-check/messages";
import { planProtection } from "../../core/protect-check/plan";
import { tooLargeKey } from "../../core/protect-check/attachment-protection-check";
import type { Language } from "../../core";
import { displayLanguage } from "../../outlook/display-language";
import { protectAttachments, type ProtectFlowResult } from "../../outlook/protect-attachments";
import { saveState } from "../../outlook/session-state";
import type { ApplyStep, SendContext, StepOutcome } from "../send-step";

export const protectAttachmentsStep: ApplyStep = {
  name: PROTECT_STEP,
  async run(ctx, result) {
    // A blocked message must be fixed first: zipping its files now would hide them from the next
    // review (our own archive is not scanned again) and let the blocked content out.
    if (ctx.verdict === "block") return;
    const memory = readProtectMemory(ctx.state);
    const plan = planProtection(ctx.draft, ctx.policy, result.review.external, memory);
    // tooLarge: the check already said so; the files stay attached.
    const nothingToDo = plan.files.length === 0 || !plan.applies || plan.tooLarge;
    if (!memory && nothingToDo) return;

    const notice = (m: ProtectMemory | undefined) => withNotice(ctx, m, plan.noticeTo);
    const flow = await protectAttachments({
      item: ctx.item,
      plan: plan.tooLarge ? { ...plan, files: [] } : plan,
      memory,
      newPassword: () => generateArchivePassword(ctx.policy.attachments.password.length),
      bytes: ctx.bytes,
      persist: (m) => saveState(ctx.item, withProtectMemory(ctx.state, notice(m))),
    });
    ctx.state = withProtectMemory(ctx.state, notice(flow.memory));
    return outcome(ctx, flow);
  },
};

/** The password notice follows the archives actually attached: recomposed each Send (recipients, time), gone with them. */
function withNotice(ctx: SendContext, memory: ProtectMemory | undefined, to: string[]): ProtectMemory | undefined {
  if (!memory) return undefined;
  const attached = memory.archives.filter((a) => a.confirmed).map((a) => a.name);
  if (attached.length === 0) return { ...memory, notice: undefined };
  const notice = composePasswordNotice({
    id: memory.notice?.id,
    sentAt: new Date(),
    delayMinutes: ctx.policy.passwordNotice.delayMinutes,
    to,
    lang: noticeLanguage(displayLanguage(), `${ctx.draft.subject}\n${ctx.draft.body}`),
    originalSubject: ctx.draft.subject,
    archiveNames: attached,
    password: memory.password,
  });
  return { ...memory, notice };
}

function outcome(ctx: SendContext, flow: ProtectFlowResult): StepOutcome | void {
  const lang: Language = ctx.lang;
  const lines: string[] = [];
  const keys: string[] = [];
  const f = flow.failure;
  if (flow.encryptedLeft.length > 0) {
    lines.push(pt(lang, "encryptedLeft", { archive: f?.archive ?? flow.archived?.name ?? ctx.policy.attachments.archiveName, files: nameList(lang, flow.encryptedLeft) }));
  }
  if (flow.unreadable.length > 0) {
    lines.push(pt(lang, "unreadableLeft", { files: nameList(lang, flow.unreadable) }));
    keys.push(`zip-unreadable:${flow.unreadable.join("/")}`);
  }
  if (f) {
    if (f.kind === "too_large") lines.push(pt(lang, "tooLarge", { archive: f.archive, size: sizeLabel(f.size ?? 0) }));
    else if (f.kind === "save") lines.push(pt(lang, "passwordUnsaved", { reason: f.reason }));
    else if (f.kind === "confirm") lines.push(pt(lang, "unconfirmed", { archive: f.archive, reason: f.reason }));
    else lines.push(pt(lang, "failed", { reason: f.reason }));
    keys.push(f.kind === "too_large" ? tooLargeKey(f.archive) : `zip-failed:${f.kind}:${f.archive}`);
  }
  if (flow.stillAttached.length > 0) {
    const archive = flow.archived?.name ?? flow.memory?.archives.filter((a) => a.confirmed).map((a) => a.name).join(", ") ?? "";
    lines.push(pt(lang, "stillAttached", { archive, files: nameList(lang, flow.stillAttached) }));
    keys.push(`zip-left:${flow.stillAttached.join("/")}`);
  }
  if (lines.length === 0) return;
  const seen = new Set(ctx.state.confirmed);
  const unseen = keys.filter((k) => !seen.has(k));
  if (unseen.length === 0) return { lines };
  ctx.state = { ...ctx.state, confirmed: [...ctx.state.confirmed, ...unseen] };
  return { lines, verdict: "confirm" };
}
