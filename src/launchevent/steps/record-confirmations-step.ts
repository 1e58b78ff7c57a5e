/**
 * After the review: when a Send goes through after the user was shown a look-alike domain or a 宛名
 * mismatch on this message (they sent again), remember that domain / organisation ↔ domain on
 * this device, so the same choice is not questioned again and look-alikes OF it are caught.
 * "Send anyway" sends without running the handler again, so only "send again" can be seen.
 * A store that fails is not worth stopping a Send for: the confirmation is simply not kept.
 */
import { confirmationsFromKeys, confirmationsStillPresent } from "../../core/misdirection";
import { rememberConfirmations } from "../../outlook/confirmations-store";
import { deviceStore } from "../../outlook/device-store";
import type { ApplyStep } from "../send-step";
import { restoreAdminMisdirection } from "./remembered-domains-step";

export const recordConfirmationsStep: ApplyStep = {
  name: "recordConfirmations",
  async run(ctx, result) {
    restoreAdminMisdirection(ctx.policy);
    if (!ctx.policy.misdirection.rememberConfirmations || result.review.verdict !== "allow") return;
    const present = new Set(result.review.external.map((r) => r.domain));
    const { domains, organisations } = confirmationsStillPresent(confirmationsFromKeys(ctx.state.confirmed), present);
    if (domains.length === 0 && Object.keys(organisations).length === 0) return;
    try {
      await rememberConfirmations(deviceStore(), ctx.draft.from?.address, { domains, organisations });
    } catch (err) {
      console.warn(`Outbound Guard: confirmation not remembered: ${err instanceof Error ? err.message : String(err)}`);
    }
  },
};
