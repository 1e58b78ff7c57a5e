/**
 * The attachment-protection check: when the policy protects this message, the file attachments go
 * into one password-protected ZIP at Send and the password follows in a separate email.
 *
 * UX (confirm once): the archive is made at the FIRST Send that needs it; that Send stops with an
 * alert naming the archive, the files in it, and that the password follows separately, so the
 * user sees the archive in the compose window before anything leaves. Sending again sends it (the
 * files are no longer attachments, so nothing new is asked). Attachments added after that go into
 * a further archive with the same password, and that Send asks once more. Cloud links and attached
 * messages are never zipped; they are named once, so nobody believes them encrypted.
 *
 * The lines describe the plan; the apply step adds a line whenever reality differs (an
 * already-encrypted ZIP left out, a file Outlook cannot hand over, a failure: files stay attached).
 */
import { confirmUnlessSeen, emptyOutcome, type Check } from "../review/check";
import type { Action, Language } from "../review/types";
import type { Policy } from "../policy/schema";
import { readProtectMemory } from "./memory";
import { encryptionLabel, nameList, pt, sizeLabel } from "./messages";
import { planProtection, protectionApplies, type ProtectionPlan } from "./plan";
import { profileInfo } from "./partner-profile";
import { profileLines } from "./profile-messages";
import type { AttachmentInfo } from "../message/draft";

/**
 * The user was told that the password email is theirs to send (passwordNotice.delivery "manual"):
 * by the plan's line at the Send that zipped, or by the reminder at the Send that verifies an
 * archive made at attach time. Once per message.
 */
export const MANUAL_PASSWORD_KEY = "zip-password:manual";

/** Shared with the apply step: the same failure asks once, whoever noticed it first. */
export function tooLargeKey(archive: string): string {
  return `zip-failed:too_large:${archive}`;
}

export const attachmentProtectionCheck: Check = (ctx) => {
  const plan = planProtection(ctx.draft, ctx.policy, ctx.external, readProtectMemory(ctx.state));
  const info = profileInfo(plan.profile);
  const sent = attachmentsSent(ctx.draft.attachments);
  // block: a prohibition, not a protection — it holds whatever attachments.protect says.
  if (plan.profile.profile === "block" && info && sent.length > 0) {
    const files = sent.map((a) => a.name);
    return {
      verdict: "block",
      findings: [],
      actions: [{ kind: "refuse_attachments", files, profile: info }],
      lines: [...profileLines(ctx.lang, ctx.policy, plan.profile), pt(ctx.lang, "refusedFiles", { files: nameList(ctx.lang, files) })],
      confirmKeys: [],
    };
  }
  // none: nothing to zip or to confirm; the review (JSON, CLI) still says the files go as they are.
  if (plan.profile.profile === "none" && info && sent.length > 0 && protectionApplies(ctx.policy, ctx.external)) {
    return { ...emptyOutcome(), actions: [{ kind: "send_attachments_as_is", files: sent.map((a) => a.name), profile: info }] };
  }
  if (!plan.applies) return emptyOutcome();
  const { lang } = ctx;
  const actions: Action[] = [];
  const lines: string[] = [];
  const keys: string[] = [];

  if (plan.files.length > 0 && plan.tooLarge) {
    // Never attempted: the originals stay attached, the Send is blocked, and the user hears why now.
    lines.push(pt(lang, "tooLarge", { archive: plan.archiveName, size: sizeLabel(plan.minimumSize) }));
    keys.push(tooLargeKey(plan.archiveName));
  } else if (plan.files.length > 0) {
    const files = plan.files.map((f) => f.name);
    actions.push({ kind: "protect_attachments", archive: plan.archiveName, files, encryption: plan.encryption, ...(info ? { profile: info } : {}) });
    const delayMinutes = plan.profile.noticeDelayMinutes;
    actions.push({
      kind: "queue_password_notice",
      to: plan.noticeTo,
      ...(plan.noticeBcc.length > 0 ? { bcc: plan.noticeBcc } : {}),
      delayMinutes,
    });
    lines.push(...planLines(lang, ctx.policy, plan));
    keys.push(...plan.files.map((f) => `zip:${f.id}:${f.name}`));
    if (ctx.policy.passwordNotice.delivery === "manual") keys.push(MANUAL_PASSWORD_KEY);
  } else if (plan.present.length > 0 && ctx.policy.passwordNotice.delivery === "manual") {
    // Only verifying archives already attached (made when the files were attached): no plan line
    // said who sends their password, so this Send says it, once (never the password itself).
    const archives = nameList(lang, plan.present.map((p) => p.record.name));
    lines.push(pt(lang, "passwordManualReminder", { archives, minutes: plan.profile.noticeDelayMinutes }));
    keys.push(MANUAL_PASSWORD_KEY);
  }
  if (plan.cloud.length > 0) {
    lines.push(pt(lang, "cloudLeft", { files: nameList(lang, plan.cloud.map((a) => a.name)) }));
    keys.push(...plan.cloud.map((a) => `zip-cloud:${a.id}`));
  }
  if (plan.items.length > 0) {
    lines.push(pt(lang, "itemLeft", { files: nameList(lang, plan.items.map((a) => a.name)) }));
    keys.push(...plan.items.map((a) => `zip-item:${a.id}`));
  }
  if (keys.length === 0) return emptyOutcome();
  // Fail closed: files that can never fit an encrypted ZIP must not leave unprotected on a resend.
  const verdict = plan.files.length > 0 && plan.tooLarge ? "block" : confirmUnlessSeen(ctx.state, keys);
  return { verdict, findings: [], actions, lines: verdict === "allow" ? [] : lines, confirmKeys: keys };
};

/**
 * The lines announcing the archive and its password. Shared with the apply step: when it stops the
 * Send because no archive could be made, it withdraws exactly these (they would contradict it).
 */
export function planLines(lang: Language, policy: Policy, plan: ProtectionPlan): string[] {
  const vars = { archive: plan.archiveName, encryption: encryptionLabel(plan.encryption), files: nameList(lang, plan.files.map((f) => f.name)) };
  return [
    pt(lang, plan.additional ? "planMore" : "plan", vars),
    // Which partner profile chose this encryption, right under the line that names it.
    ...profileLines(lang, policy, plan.profile),
    policy.passwordNotice.delivery === "manual" ? pt(lang, "passwordFollowsManual") : pt(lang, "passwordFollows", { minutes: plan.profile.noticeDelayMinutes }),
  ];
}

/**
 * What would reach the recipients as an attachment: files, attached messages and cloud links, but
 * not inline images (signatures, logos) — isInline: "appears as an image in the body of the item
 * instead of in the attachment list" (https://learn.microsoft.com/javascript/api/outlook/office.attachmentdetailscompose).
 */
function attachmentsSent(attachments: readonly AttachmentInfo[]): AttachmentInfo[] {
  return attachments.filter((a) => !a.isInline);
}
