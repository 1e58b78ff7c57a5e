/**
 * Before the review: what this user confirmed before (kept on the device) joins the policy in
 * force for this one Send — confirmed domains as knownDomains, confirmed organisations as
 * partners — so the look-alike and 宛名 checks judge against them. The handler hands the same
 * policy object to the review, so the folded copy of the `misdirection` section is put on it;
 * recordConfirmationsStep puts the admin's section back right after the review, so nothing
 * later (the audit header's policy fingerprint) sees a per-user policy.
 */
import type { Policy } from "../../core";
import { foldConfirmations } from "../../core/misdirection";
import { loadConfirmations } from "../../outlook/confirmations-store";
import { deviceStore } from "../../outlook/device-store";
import type { GatherStep } from "../send-step";

const admins = new WeakMap<Policy, Policy["misdirection"]>();

/** Puts the admin's own `misdirection` section back (no-op when nothing was folded). */
export function restoreAdminMisdirection(policy: Policy): void {
  const original = admins.get(policy);
  if (!original) return;
  policy.misdirection = original;
  admins.delete(policy);
}

export const rememberedDomainsStep: GatherStep = {
  name: "rememberedDomains",
  async run(ctx) {
    const m = ctx.policy.misdirection;
    if (!m.rememberConfirmations) return;
    const remembered = await loadConfirmations(deviceStore(), ctx.draft.from?.address);
    if (remembered.domains.length === 0 && Object.keys(remembered.organisations).length === 0) return;
    const copy: Policy["misdirection"] = {
      ...m,
      knownDomains: [...m.knownDomains],
      partners: Object.fromEntries(Object.entries(m.partners).map(([k, v]) => [k, [...v]])),
    };
    admins.set(ctx.policy, m);
    ctx.policy.misdirection = copy;
    foldConfirmations(ctx.policy, remembered);
  },
};
