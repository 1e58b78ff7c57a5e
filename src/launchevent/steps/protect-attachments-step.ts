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
 * - Fail closed (issue 10): a failure that leaves a file unprotected on the message BLOCKS the
 *   Send (no "Send anyway"): each Send retries, the alert says so in plain words and what to do
 *   if it keeps failing (remove the files and share them through the company's file sharing, or
 *   ask IT); the technical reason goes to the task pane. Nothing is ever removed before its
 *   archive is confirmed on the message.
 */
import { generateArchivePassword } from "../../core/protect";
import { composePasswordNotice, noticeLanguage } from "../../core/notice/compose-notice";
import { PROTECT_STEP, readProtectMemory, withProtectMemory, type ProtectMemory } from "../../core/protect-check/memory";
import { nameList, pt, sizeLabel } from "../../core/protect-check/messages";
import { planProtection, type ProtectionPlan } from "../../core/protect-check/plan";
import { planLines } from "../../core/protect-check/attachment-protection-check";
import { noticeProfileLine } from "../../core/protect-check/profile-messages";
import type { Language } from "../../core";
import { displayLanguage } from "../../outlook/display-language";
import { protectAttachments, type ProtectFlowResult } from "../../outlook/protect-attachments";
import { saveState } from "../../outlook/session-state";
import type { ApplyStep, SendContext, StepOutcome } from "../send-step";

export const protectAttachmentsStep: ApplyStep = {
  name: PROTECT_STEP,
  async run(ctx, result) {
    const memory = readProtectMemory(ctx.state);
    const plan = planProtection(ctx.draft, ctx.policy, result.review.external, memory);
    // A blocked message must be fixed first: zipping its files now would hide them from the next
    // review (our own archive is not scanned again) and let the blocked content out. Nothing is
    // zipped, so the review's "Into the encrypted ZIP…" lines are withdrawn (another step's
    // failure must not read as if the files were encrypted), and the Send that zips says them.
    if (ctx.verdict === "block") return plan.files.length > 0 && plan.applies && !plan.tooLarge ? { withdraw: planLines(ctx.lang, ctx.policy, plan) } : undefined;
    // tooLarge: the check already said so; the files stay attached.
    const nothingToDo = plan.files.length === 0 || !plan.applies || plan.tooLarge;
    if (!memory && nothingToDo) return;

    const notice = (m: ProtectMemory | undefined) => withNotice(ctx, m, plan);
    // Profile `none` (attachments.partners): these recipients take files as they are — an archive
    // made on an earlier Send stays, nothing new is zipped.
    const asIs = plan.profile.profile === "none";
    const flow = await protectAttachments({
      item: ctx.item,
      plan: plan.tooLarge || asIs ? { ...plan, files: [] } : plan,
      memory,
      // The partner profile's length when one decided (partner-profile.ts), else the global one.
      newPassword: () => generateArchivePassword(plan.profile.passwordLength),
      bytes: ctx.bytes,
      persist: (m) => saveState(ctx.item, withProtectMemory(ctx.state, notice(m))),
    });
    ctx.state = withProtectMemory(ctx.state, notice(flow.memory));
    return withoutPlan(ctx, plan, withWeakerArchives(ctx.lang, plan, outcome(ctx, flow)));
  },
};

/**
 * An archive of ours made with ZipCrypto (for partners who can only open that) while the
 * recipients now need AES-256 — a recipient was added after it was made, at attach time or at an
 * earlier Send. It cannot be re-encrypted without its files, so the Send is blocked (no "Send
 * anyway") and the line says how to fix it; nothing is removed.
 */
function withWeakerArchives(lang: Language, plan: ProtectionPlan, out: StepOutcome | void): StepOutcome | void {
  if (!plan.applies || plan.encryption !== "aes256") return out;
  const weaker = plan.present.filter((p) => p.record.encryption === "zipcrypto");
  if (weaker.length === 0) return out;
  const lines = weaker.map((p) => pt(lang, "encryptionMismatch", { archive: p.record.name, made: "ZipCrypto", needed: "AES-256" }));
  return { ...(out ?? {}), lines: [...(out?.lines ?? []), ...lines], verdict: "block", detail: [...(out?.detail ?? []), "archive encryption weaker than the recipients need"] };
}

/**
 * A Send this step stops leaves without the archive the review announced: its lines ("Into the
 * encrypted ZIP …", where the password goes) would contradict the failure line, so they are withdrawn.
 */
function withoutPlan(ctx: SendContext, plan: ProtectionPlan, out: StepOutcome | void): StepOutcome | void {
  if (out?.verdict !== "block" || plan.files.length === 0) return out;
  return { ...out, withdraw: planLines(ctx.lang, ctx.policy, plan) };
}

/** The password notice follows the archives actually attached: recomposed each Send (recipients, time), gone with them. */
function withNotice(ctx: SendContext, memory: ProtectMemory | undefined, plan: ProtectionPlan): ProtectMemory | undefined {
  if (!memory) return undefined;
  const confirmed = memory.archives.filter((a) => a.confirmed);
  const attached = confirmed.map((a) => a.name);
  if (attached.length === 0) return { ...memory, notice: undefined };
  // The note on how to open them (AES-256: not Windows Explorer) only when every archive agrees.
  const encryptions = new Set(confirmed.map((a) => a.encryption));
  const encryption = encryptions.size === 1 ? confirmed[0].encryption : undefined;
  const notice = composePasswordNotice({
    id: memory.notice?.id,
    sentAt: new Date(),
    // The partner profile's delay when one decided, else passwordNotice.delayMinutes.
    delayMinutes: plan.profile.noticeDelayMinutes,
    to: plan.noticeTo,
    profileLine: { ja: noticeProfileLine("ja", ctx.policy, plan.profile), en: noticeProfileLine("en", ctx.policy, plan.profile) },
    lang: noticeLanguage(displayLanguage(), `${ctx.draft.subject}\n${ctx.draft.body}`),
    originalSubject: ctx.draft.subject,
    archiveNames: attached,
    encryption,
    password: memory.password,
  });
  return { ...memory, notice };
}

/**
 * Fail closed: while a file the policy wants protected is still on the message unprotected (not
 * readable, read empty, not zipped, or zipped but not removed), the Send is blocked — no "Send
 * anyway", which would send it without the handler. Pressing Send again retries; the alert says
 * what to do if it keeps failing. The technical reasons go to the task pane (detail).
 */
function outcome(ctx: SendContext, flow: ProtectFlowResult): StepOutcome | void {
  const lang: Language = ctx.lang;
  const lines: string[] = [];
  const detail = [...flow.details];
  let unprotected = false;
  const f = flow.failure;
  if (flow.encryptedLeft.length > 0) {
    lines.push(pt(lang, "encryptedLeft", { archive: f?.archive ?? flow.archived?.name ?? ctx.policy.attachments.archiveName, files: nameList(lang, flow.encryptedLeft) }));
  }
  if (flow.incomplete.length > 0) {
    lines.push(pt(lang, "incompleteLeft", { files: nameList(lang, flow.incomplete) }));
    unprotected = true;
  }
  if (flow.unreadable.length > 0) {
    lines.push(pt(lang, "unreadableLeft", { files: nameList(lang, flow.unreadable) }));
    unprotected = true;
  }
  if (f) {
    if (f.kind === "too_large") lines.push(pt(lang, "tooLarge", { archive: f.archive, size: sizeLabel(f.size ?? 0) }));
    else if (f.kind === "save") lines.push(pt(lang, "passwordUnsaved"));
    else if (f.kind === "confirm") lines.push(pt(lang, "unconfirmed", { archive: f.archive }));
    else lines.push(pt(lang, "failed"));
    detail.push(`${f.kind}: ${f.reason}`);
    unprotected = true;
  }
  if (flow.stillAttached.length > 0) {
    const archive = flow.archived?.name ?? flow.memory?.archives.filter((a) => a.confirmed).map((a) => a.name).join(", ") ?? "";
    lines.push(pt(lang, "stillAttached", { archive, files: nameList(lang, flow.stillAttached) }));
    unprotected = true;
  }
  if (lines.length === 0) return;
  if (!unprotected) return { lines };
  if (f?.kind !== "too_large") lines.push(pt(lang, "keepsFailing"));
  return { lines, verdict: "block", detail };
}
