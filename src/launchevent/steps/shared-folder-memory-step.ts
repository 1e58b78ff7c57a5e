/**
 * Where Outlook refused this item's sessionData (shared mailbox or delegated folder, 9055), says
 * so in the alert: the check still ran, but nothing it confirmed can be remembered for the next
 * Send, and the task pane cannot show the result. Never raises the verdict.
 */
import { t } from "../../core";
import type { ApplyStep } from "../send-step";

export const sharedFolderMemoryStep: ApplyStep = {
  name: "sharedFolderMemory",
  async run(ctx) {
    if (ctx.state.memoryRefused) return { lines: [t(ctx.lang, "sharedFolderMemory")] };
  },
};
