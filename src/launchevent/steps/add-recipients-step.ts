/**
 * Adds the recipients the review asked for (the supervisor) before anything else changes the item.
 * If Outlook refuses, the failure path's alert says that the supervisor was not added and what to
 * do (add them, or try again) — not some other step's failure.
 */
import { t, type Action, type AddRecipientAction } from "../../core";
import { addRecipients } from "../../outlook/apply-recipients";
import type { ApplyStep } from "../send-step";
import { StepFailure } from "../step-failure";

export const addRecipientsStep: ApplyStep = {
  name: "addRecipients",
  async run(ctx, result) {
    try {
      await addRecipients(ctx.item, result.review.actions);
    } catch (err) {
      const added = result.review.actions.filter((a: Action): a is AddRecipientAction => a.kind === "add_recipient");
      const address = added.map((a) => a.address).join(", ");
      const field = added[0]?.field ?? "bcc";
      throw new StepFailure("addRecipients", err, (lang, blocked) => t(lang, blocked ? "supervisorNotAddedBlock" : "supervisorNotAdded", { address, field }));
    }
  },
};
