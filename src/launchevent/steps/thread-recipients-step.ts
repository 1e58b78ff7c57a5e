/** Hands the thread's people, recorded when the reply was opened, to the misdirection checks. */
import { loadThreadRecipients } from "../../outlook/thread-recipients";
import type { GatherStep } from "../send-step";

export const threadRecipientsStep: GatherStep = {
  name: "threadRecipients",
  async run(ctx) {
    const threadAddresses = await loadThreadRecipients(ctx.item);
    if (threadAddresses.length > 0) ctx.misdirection = { ...ctx.misdirection, threadAddresses };
  },
};
