/**
 * A forgotten attachment (policy `misdirection.missingAttachment`): the writer's own text (not the
 * quote below it; the subject unless it is a RE:/FW: of someone else's) says something is
 * attached, and there is no attachment (inline pictures such as a signature logo do not count).
 */
import { emptyOutcome, type Check } from "../review/check";
import { fnv1a } from "../pii/personal-data-check";
import { attachmentMention } from "./attachment-mention";
import { derived } from "./derived";
import { say } from "./messages";
import { verdictFor } from "./verdict";

const REPLY_SUBJECT = /^\s*(re|fw|fwd|aw|wg|tr|返信|転送)\s*[:：]/i;

export const missingAttachmentCheck: Check = (ctx) => {
  const action = ctx.policy.misdirection.missingAttachment;
  if (action === "off") return emptyOutcome();
  if (ctx.draft.attachments.some((a) => !a.isInline)) return emptyOutcome();
  const subject = REPLY_SUBJECT.test(ctx.draft.subject) ? "" : ctx.draft.subject;
  const phrase = attachmentMention(subject) ?? attachmentMention(derived(ctx).split.own);
  if (!phrase) return emptyOutcome();
  const keys = [`noattach:${fnv1a(phrase)}`];
  const verdict = verdictFor(action, ctx.state, keys);
  if (verdict === "allow") return emptyOutcome();
  return { verdict, findings: [{ kind: "missing_attachment", phrase }], actions: [], lines: [say(ctx.lang, "missingAttachment", { phrase })], confirmKeys: keys };
};
