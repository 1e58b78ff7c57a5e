/**
 * `outbound-guard review FILE.eml --policy P --apply --out DIR`: what the add-in would do at the
 * first Send, carried out on the file. Writes
 *   DIR/message.eml          the message as it would leave: recipients including the added
 *                            supervisor, the file attachments replaced by the encrypted ZIP;
 *   DIR/password-notice.eml  the follow-up holding the password (only when an archive was made).
 * message.eml carries the X-Outbound-Guard audit header the add-in stamps (src/core/audit).
 * The same plan as the add-in (planProtection), the same archive writer and notice composer.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { composeAlert, type AlertPart, type Language, type Mailbox, type Policy } from "../core";
import type { EmlFile } from "../core/message/eml-draft";
import { MAX_TEXT_PART_BYTES } from "../core/message/eml-limits";
import { composePasswordNotice, noticeLanguage } from "../core/notice/compose-notice";
import type { PasswordNotice } from "../core/notice/password-notice";
import { createProtectedZip, generateArchivePassword, isEncryptedZip } from "../core/protect";
import { fitsOutlookLimit } from "../core/protect-check/limits";
import { noticeAddressees, planProtection, type ProtectionPlan } from "../core/protect-check/plan";
import { encryptionLabel, nameList, pt, sizeLabel } from "../core/protect-check/messages";
import { noticeProfileLine } from "../core/protect-check/profile-messages";
import { planBccMove } from "../core/misdirection/bcc-move-plan";
import { AUDIT_HEADER_NAME, auditHeaderValue } from "../core/audit/audit-header";
import { policyFingerprint } from "../core/policy/fingerprint";
import { cliVersion } from "./cli-version";
import { CliError, fileProblem, type CliIO } from "./io";
import { composeNoticeEml, composeOutgoingEml, type OutgoingAttachment } from "./outgoing-eml";
import { reviewParsedEml, type CliReview } from "./review-command";
import { reviewJson, reviewText } from "./review-format";

export interface ApplyOptions {
  file: string;
  bytes: Uint8Array;
  policy: Policy;
  lang: Language;
  outDir: string;
  json: boolean;
}

export interface ApplyOutcome {
  review: CliReview;
  archive?: { name: string; files: string[]; encryption: string; bytes: number };
  /** Files that stayed attached as they were, and why. */
  left: Array<{ name: string; reason: "encrypted_zip" | "too_large" | "item" | "inline" | "partner_none" | "partner_block" }>;
  notice?: PasswordNotice;
  written: string[];
  /** Addresses in To, CC and BCC as the message leaves (message.eml keeps Bcc, as Sent Items does). */
  recipients: { to: string[]; cc: string[]; bcc: string[] };
  /** Moved from To/CC to BCC by the BCC-omission fix (policy misdirection.bccOmission "fix"). */
  movedToBcc: string[];
  /** Delivery held this many minutes (misdirection.holdMinutes); the notice waits as much longer. */
  holdMinutes: number;
}

export async function runApply(o: ApplyOptions, io: CliIO): Promise<number> {
  const outcome = await applyToEml(o);
  if (o.json) {
    const review = JSON.parse(reviewJson(outcome.review));
    const applied = { archive: outcome.archive ?? null, left: outcome.left, written: outcome.written, recipients: outcome.recipients, movedToBcc: outcome.movedToBcc, holdMinutes: outcome.holdMinutes };
    io.stdout(JSON.stringify({ ...review, applied }));
  } else {
    for (const line of reviewText(o.file, outcome.review)) io.stdout(line);
    if (outcome.archive) io.stdout(`  archive ${outcome.archive.name} (${outcome.archive.encryption}, ${outcome.archive.bytes} bytes): ${outcome.archive.files.join(", ")}`);
    for (const l of outcome.left) io.stdout(`  left as it is (${l.reason}): ${l.name}`);
    if (outcome.movedToBcc.length) io.stdout(`  moved to BCC: ${outcome.movedToBcc.join(", ")}`);
    if (outcome.holdMinutes) io.stdout(`  delivery held ${outcome.holdMinutes} min`);
    for (const w of outcome.written) io.stdout(`  wrote ${w}`);
  }
  return 0;
}

/**
 * The BCC-omission fix as the add-in makes it (the same plan as src/outlook/move-to-bcc.ts): the
 * named To/CC recipients go to BCC once each; when nobody is left in To, the sender goes there.
 */
function moveToBcc(out: { to: Mailbox[]; cc: Mailbox[]; bcc: Mailbox[] }, addresses: readonly string[], sender: Mailbox | null): string[] {
  const plan = planBccMove(out, (m) => m.address, addresses, Boolean(sender?.address));
  out.bcc.push(...plan.addToBcc);
  out.to = plan.keepTo;
  out.cc = plan.keepCc;
  if (plan.senderToTo && sender) out.to.push({ name: sender.name, address: sender.address });
  return plan.moving.map((m) => m.address);
}

export async function applyToEml(o: ApplyOptions): Promise<ApplyOutcome> {
  // One parse for the review and the message written (the same parser: undeclared Japanese
  // charsets detected, groups of any depth).
  const { review: reviewed, result, parsed: eml } = await reviewParsedEml(o.bytes, o.policy, o.lang);
  let review: CliReview = reviewed;
  if (eml.limits.some((l) => l.code === "text_not_parsed")) {
    throw new CliError(`${o.file}: --apply: the body is over ${MAX_TEXT_PART_BYTES / 1024 / 1024} MB of text, only its start was read, so message.eml would lose the rest; nothing written`);
  }
  const { draft, files, date, email: parsed } = eml;
  const sentAt = date && !Number.isNaN(Date.parse(date)) ? new Date(date) : new Date();

  // Recipients as they would leave: the review's additions (the supervisor) included, and the
  // BCC-omission fix applied.
  const out = { to: [...draft.to], cc: [...draft.cc], bcc: [...draft.bcc] };
  for (const a of review.actions) if (a.kind === "add_recipient") out[a.field].push({ name: "", address: a.address });
  const movedToBcc: string[] = [];
  let holdMinutes = 0;
  for (const a of review.actions) {
    if (a.kind === "move_to_bcc") movedToBcc.push(...moveToBcc(out, a.addresses, draft.from));
    if (a.kind === "hold") holdMinutes = a.minutes;
  }

  const plan = planProtection(draft, o.policy, review.external, undefined);
  // Those moved to BCC get the password in BCC too (the add-in's addressedNotice).
  const noticeTo = noticeAddressees(draft, o.policy, review.external, movedToBcc);
  const byId = new Map<string, EmlFile>(files.map((f) => [f.info.id, f]));
  const left: ApplyOutcome["left"] = [];
  const zipped = new Set<string>();
  let archive: ApplyOutcome["archive"];
  let zipBytes: Uint8Array | undefined;
  let notice: PasswordNotice | undefined;
  let tooLargeSize: number | undefined;

  if (plan.applies && plan.files.length > 0) {
    const chosen = plan.files.map((a) => byId.get(a.id)!).filter((f) => {
      if (!isEncryptedZip(f.bytes)) return true;
      left.push({ name: f.info.name, reason: "encrypted_zip" });
      return false;
    });
    if (chosen.length > 0 && plan.tooLarge) {
      for (const f of chosen) left.push({ name: f.info.name, reason: "too_large" });
    } else if (chosen.length > 0) {
      // The partner profile's password length and notice delay when one decided (attachments.partners).
      const password = generateArchivePassword(plan.profile.passwordLength);
      const zip = await createProtectedZip(chosen.map((f) => ({ name: f.info.name, bytes: f.bytes })), { password, encryption: plan.encryption, date: sentAt });
      if (!fitsOutlookLimit(zip.bytes.length)) {
        for (const f of chosen) left.push({ name: f.info.name, reason: "too_large" });
        tooLargeSize = zip.bytes.length;
      } else {
        zipBytes = zip.bytes;
        chosen.forEach((f) => zipped.add(f.info.id));
        archive = { name: plan.archiveName, files: chosen.map((f) => f.info.name), encryption: plan.encryption, bytes: zip.bytes.length };
        notice = composePasswordNotice({
          sentAt,
          // A send hold delays the original; the password must not arrive before it.
          delayMinutes: plan.profile.noticeDelayMinutes + holdMinutes,
          to: noticeTo.to.length > 0 ? noticeTo.to : plan.noticeTo,
          bcc: noticeTo.to.length > 0 ? noticeTo.bcc : plan.noticeBcc,
          profileLine: { ja: noticeProfileLine("ja", o.policy, plan.profile), en: noticeProfileLine("en", o.policy, plan.profile) },
          lang: noticeLanguage(o.lang, `${draft.subject}\n${draft.body}`),
          originalSubject: draft.subject,
          archiveNames: [plan.archiveName],
          password,
          encryption: plan.encryption,
          utcOffsetMinutes: dateOffsetMinutes(parsed.headers.find((h) => h.key === "date")?.value),
        });
      }
    }
  }
  // A partner profile (the review's send_attachments_as_is / refuse_attachments) says why for every file.
  const byProfile = review.actions.find((a) => a.kind === "send_attachments_as_is" || a.kind === "refuse_attachments");
  if (byProfile && (byProfile.kind === "send_attachments_as_is" || byProfile.kind === "refuse_attachments")) {
    const reason = byProfile.kind === "send_attachments_as_is" ? "partner_none" : "partner_block";
    for (const name of byProfile.files) left.push({ name, reason });
  } else for (const a of plan.items) left.push({ name: a.name, reason: "item" });
  // The archive came out over Outlook's limit: the files cannot leave protected, so the message
  // is blocked (as the add-in's apply step does), and the alert no longer promises the ZIP.
  if (tooLargeSize !== undefined) review = blockedTooLarge(review, result.parts, o.lang, plan, tooLargeSize);

  // Everything not zipped stays as it was (inline images keep their Content-ID); the archive goes last.
  const attachments: OutgoingAttachment[] = [];
  parsed.attachments.forEach((a, i) => {
    const f = files[i];
    if (!f || zipped.has(f.info.id)) return;
    attachments.push({ filename: f.info.name, bytes: f.bytes, contentType: a.mimeType, cid: f.info.isInline ? stripAngles(a.contentId) : undefined });
  });
  if (archive && zipBytes) attachments.push({ filename: archive.name, bytes: zipBytes, contentType: "application/zip" });

  // The audit header, as the add-in's auditHeaderStep stamps it: on a message the user may send
  // (allowed, or stopped for confirmation); a blocked one carries none. A header set in compose
  // with item.internetHeaders.setAsync stays on the MIME message that leaves Exchange
  // (https://learn.microsoft.com/javascript/api/outlook/office.internetheaders), so it belongs here.
  const headers = review.verdict === "block" ? undefined : { [AUDIT_HEADER_NAME]: auditHeaderValue(cliVersion(), policyFingerprint(o.policy)) };

  const written: string[] = [];
  try {
    await fs.mkdir(o.outDir, { recursive: true });
    const messagePath = path.join(o.outDir, "message.eml");
    await fs.writeFile(
      messagePath,
      await composeOutgoingEml({ from: draft.from, ...out, subject: draft.subject, text: parsed.text, html: parsed.html, date: sentAt, attachments, headers }),
    );
    written.push(messagePath);
    if (notice) {
      const noticePath = path.join(o.outDir, "password-notice.eml");
      await fs.writeFile(noticePath, await composeNoticeEml(notice, draft.from as Mailbox | null));
      written.push(noticePath);
    }
  } catch (err) {
    throw new CliError(`${o.outDir}: ${fileProblem(err)}`);
  }
  const recipients = { to: out.to.map((m) => m.address), cc: out.cc.map((m) => m.address), bcc: out.bcc.map((m) => m.address) };
  return { review, archive, left, notice, written, recipients, movedToBcc, holdMinutes };
}

/** The review once the archive proved too large: block, the stop reason first, the plan's promise gone. */
function blockedTooLarge(r: CliReview, parts: readonly AlertPart[], lang: Language, plan: ProtectionPlan, size: number): CliReview {
  const vars = { archive: plan.archiveName, encryption: encryptionLabel(plan.encryption), files: nameList(lang, plan.files.map((f) => f.name)) };
  const promises = new Set([pt(lang, "plan", vars), pt(lang, "planMore", vars), pt(lang, "passwordFollowsManual")]);
  const follows = pt(lang, "passwordFollows", { minutes: 0 }).replace(/\d+/, "");
  const kept = parts.map((p) => ({ section: p.section, lines: p.lines.filter((l) => !promises.has(l) && l.replace(/\d+/, "") !== follows) }));
  const stop = { section: "stop" as const, lines: [pt(lang, "tooLarge", { archive: plan.archiveName, size: sizeLabel(size) })] };
  const alert = composeAlert(lang, "block", [stop, ...kept]);
  return {
    ...r,
    verdict: "block",
    actions: r.actions.filter((a) => a.kind !== "protect_attachments" && a.kind !== "queue_password_notice"),
    message: alert.text,
  };
}

function stripAngles(id: string | undefined): string | undefined {
  return id ? id.replace(/^<|>$/g, "") : undefined;
}

/** "+0900" at the end of the original's Date header → 540: the notice shows the sender's own clock. */
function dateOffsetMinutes(date: string | undefined): number | undefined {
  const m = /([+-])(\d\d):?(\d\d)\s*(\([^)]*\))?\s*$/.exec(date ?? "");
  if (!m) return undefined;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
