/** Adds the recipients the review asked for (the supervisor) before anything else changes the item. */
import { addRecipients } from "../../outlook/apply-recipients";
import type { ApplyStep } from "../send-step";

export const addRecipientsStep: ApplyStep = {
  name: "addRecipients",
  async run(ctx, result) {
    await addRecipients(ctx.item, result.review.actions);
  },
};
