/** A supervisor must be on the message when the policy says so; a missing one is added, not merely reported. */
import { t } from "../i18n";
import { allRecipients } from "../message/draft";
import type { Policy } from "../policy/schema";
import { addressKey, sameAddress } from "../recipients/address";
import { emptyOutcome, type Check } from "../review/check";

/** The supervisor for this sender: `byUser` (case-insensitive) wins over `address`. */
export function supervisorFor(policy: Policy, sender: string | undefined): string | undefined {
  if (sender) {
    const key = addressKey(sender);
    for (const [user, supervisor] of Object.entries(policy.supervisor.byUser)) {
      if (addressKey(user) === key) return supervisor;
    }
  }
  return policy.supervisor.address;
}

export const supervisorCheck: Check = (ctx) => {
  const { when, field } = ctx.policy.supervisor;
  if (when === "never" || (when === "external" && ctx.external.length === 0)) return emptyOutcome();
  const sender = ctx.draft.from?.address;
  const supervisor = supervisorFor(ctx.policy, sender);
  if (!supervisor) return emptyOutcome();
  // The sender writing as their own supervisor needs nobody added.
  if (sender && sameAddress(sender, supervisor)) return emptyOutcome();
  if (allRecipients(ctx.draft).some((r) => sameAddress(r.address, supervisor))) return emptyOutcome();
  return {
    verdict: "allow",
    findings: [],
    actions: [{ kind: "add_recipient", field, address: supervisor }],
    lines: [t(ctx.lang, "supervisorAdded", { address: supervisor, field })],
    confirmKeys: [],
  };
};
