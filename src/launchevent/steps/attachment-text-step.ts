/**
 * Reads the attachments' contents for the personal-data check. Each file is read once (the bytes
 * stay in ctx.bytes for the archive step); one that cannot be read is named, never taken as clean.
 */
import { attachmentContent, MAX_SCANNED_BYTES, wantsAttachmentContents } from "../../core/pii";
import { readAttachmentBytes } from "../../outlook/attachment-content";
import type { GatherStep } from "../send-step";
import { findPresentArchives } from "../../core/protect-check/plan";
import { readProtectMemory } from "../../core/protect-check/memory";
import type { AttachmentInfo, MessageDraft, ReviewState } from "../../core";

/** Is this attachment an archive that attachment protection made on an earlier Send of this message? */
export function isOwnArchive(state: ReviewState, draft: MessageDraft, attachment: AttachmentInfo): boolean {
  return findPresentArchives(draft, readProtectMemory(state)).some((p) => p.attachment.id === attachment.id);
}

export const attachmentTextStep: GatherStep = {
  name: "attachmentText",
  async run(ctx) {
    if (!wantsAttachmentContents(ctx.policy)) return;
    for (const a of ctx.draft.attachments) {
      // Inline images are pictures in the body; our own archive was scanned before it was made.
      if (a.isInline || isOwnArchive(ctx.state, ctx.draft, a)) continue;
      if (a.kind === "cloud") {
        ctx.contents.push({ name: a.name, unreadable: "cloud_link" });
        continue;
      }
      if (a.size > MAX_SCANNED_BYTES) {
        ctx.contents.push({ name: a.name, unreadable: "too_large" });
        continue;
      }
      try {
        const bytes = ctx.bytes.get(a.id) ?? (await readAttachmentBytes(ctx.item, a));
        ctx.bytes.set(a.id, bytes);
        ctx.contents.push(await attachmentContent(a.name, bytes));
      } catch {
        ctx.contents.push({ name: a.name, unreadable: "not_fetched" });
      }
    }
  },
};
