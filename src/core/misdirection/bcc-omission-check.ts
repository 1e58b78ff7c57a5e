/**
 * 一斉送信の BCC 漏れ: To/CC hold external addresses of several organisations, who would see each
 * other (policy `misdirection.bccOmission`). A reply among people the quoted thread already showed
 * to each other is no leak. `fix` moves the external To/CC recipients to BCC (the apply step does
 * it and says so) and stops once so the sender sees the new recipients before the mail leaves.
 */
import { emptyOutcome, type Check } from "../review/check";
import { fnv1a } from "../pii/personal-data-check";
import { domainOf } from "../recipients/address";
import { derived } from "./derived";
import type { BccOmissionFinding } from "./findings";
import { shortList, say } from "./messages";
import { organisationOf } from "./organisations";
import { verdictFor } from "./verdict";

export const bccOmissionCheck: Check = (ctx) => {
  const { action, minOrganisations, minAddresses } = ctx.policy.misdirection.bccOmission;
  if (action === "off") return emptyOutcome();
  const visible = ctx.external.filter((r) => r.field !== "bcc");
  if (visible.length < minAddresses) return emptyOutcome();
  const d = derived(ctx);
  const orgs = new Map<string, string>();
  for (const r of visible) {
    const o = organisationOf(r.address, r.domain, d.orgs);
    orgs.set(o.id, o.label);
  }
  if (orgs.size < minOrganisations) return emptyOutcome();
  // The organisations already wrote to each other in the quoted thread's headers: a reply among
  // them (a colleague joining included) is a conversation, not a mass mailing. Free mail stays
  // per person, so a stranger on gmail.com is still new.
  const threadOrgs = new Set(d.threadAddresses.map((a) => organisationOf(a, domainOf(a), d.orgs).id));
  if (visible.every((r) => threadOrgs.has(organisationOf(r.address, r.domain, d.orgs).id))) return emptyOutcome();

  const addresses = visible.map((r) => r.address);
  const finding: BccOmissionFinding = { kind: "bcc_omission", organisations: [...orgs.values()], addresses };
  const line = say(ctx.lang, "bccOmission", { orgs: orgs.size, count: addresses.length, list: shortList(ctx.lang, [...orgs.values()], 3) });
  if (action === "fix") {
    return { verdict: "confirm", findings: [finding], actions: [{ kind: "move_to_bcc", addresses }], lines: [line], confirmKeys: [] };
  }
  const keys = [`bcc:${fnv1a(addresses.map((a) => a.toLowerCase()).sort().join(","))}`];
  const verdict = verdictFor(action, ctx.state, keys);
  if (verdict === "allow") return emptyOutcome();
  return { verdict, findings: [finding], actions: [], lines: [line], confirmKeys: keys };
};
