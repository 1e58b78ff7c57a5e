/**
 * Reads the attachments' contents for the personal-data check. Each file is read once (the bytes
 * stay in ctx.bytes for the archive step); one that cannot be read is named, never taken as clean.
 */
import { attachmentContent, MAX_SCANNED_BYTES, wantsAttachmentContents } from "../../core/pii";
import { readAttachmentBytes } from "../../outlook/attachment-content";
import type { GatherStep } from "../send-step";
import { isOwnArchive } from "./protect-archive-contents-step";

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
        ctx.contents.push({ name: a.name, unreadable: "not_available" });
      }
    }
  },
};
