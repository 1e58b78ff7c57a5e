/**
 * Runs after the attachment-text step: our own archive from an earlier Send is encrypted, so the
 * personal-data check would report "contents could not be checked" for it on every later Send.
 * Its files were read and checked at the Send that made it; drop its entry from the contents.
 * (Better still, the attachment-text step would not read it at all: see isOwnArchive.)
 */
import { findPresentArchives } from "../../core/protect-check/plan";
import { readProtectMemory } from "../../core/protect-check/memory";
import type { AttachmentInfo, MessageDraft, ReviewState } from "../../core";
import type { GatherStep } from "../send-step";

/** Is this attachment an archive that attachment protection made on an earlier Send of this message? */
export function isOwnArchive(state: ReviewState, draft: MessageDraft, attachment: AttachmentInfo): boolean {
  return findPresentArchives(draft, readProtectMemory(state)).some((p) => p.attachment.id === attachment.id);
}

export const protectArchiveContentsStep: GatherStep = {
  name: "protectArchiveContents",
  async run(ctx) {
    const own = findPresentArchives(ctx.draft, readProtectMemory(ctx.state));
    if (own.length === 0) return;
    const names = own.map((p) => p.attachment.name);
    // Entries carry names only: drop as many entries per name as there are archives of ours with it.
    for (const name of names) {
      const i = ctx.contents.findIndex((c) => c.name === name);
      if (i >= 0) ctx.contents.splice(i, 1);
    }
  },
};
