/**
 * What several misdirection checks read from one draft, computed once per review: the body split
 * into own text and quote, the thread's addresses, the organisations the policy knows.
 */
import type { CheckContext } from "../review/check";
import { domainOf } from "../recipients/address";
import { orgKnowledge, type OrgKnowledge } from "./organisations";
import { quotedThreadAddresses, splitQuoted, type SplitBody } from "./quoted-text";
import { learnedOrganisations, type LearnedOrganisation } from "./signature-orgs";

export interface Derived {
  split: SplitBody;
  /** Quoted header addresses plus those seen when the reply was opened, lower case. */
  threadAddresses: string[];
  threadDomains: string[];
  orgs: OrgKnowledge;
  /** Organisations the quoted thread's signatures name (the 宛名 check only: a policy list wins). */
  learned: LearnedOrganisation[];
}

const cache = new WeakMap<CheckContext, Derived>();

export function derived(ctx: CheckContext): Derived {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const split = splitQuoted(ctx.draft.body);
  const seen = (ctx.misdirection?.threadAddresses ?? []).map((a) => a.trim().toLowerCase()).filter((a) => a.includes("@"));
  const threadAddresses = [...new Set([...quotedThreadAddresses(ctx.draft.body), ...seen])];
  const threadDomains = [...new Set(threadAddresses.map((a) => domainOf(a)).filter(Boolean))];
  const d: Derived = { split, threadAddresses, threadDomains, orgs: orgKnowledge(ctx.policy), learned: learnedOrganisations(split.quoted) };
  cache.set(ctx, d);
  return d;
}

/** Internal domains, known domains and every partner's domains: what a look-alike imitates. */
export function knownDomainList(ctx: CheckContext): string[] {
  const m = ctx.policy.misdirection;
  const own = domainOf(ctx.draft.from?.address ?? "");
  return [...ctx.policy.internalDomains, ...(own ? [own] : []), ...m.knownDomains, ...Object.values(m.partners).flat()];
}

/** Internal domains, the sender's own and the partners': a look-alike of these offers no "Send anyway". */
export function protectedDomainList(ctx: CheckContext): string[] {
  const own = domainOf(ctx.draft.from?.address ?? "");
  return [...ctx.policy.internalDomains, ...(own ? [own] : []), ...Object.values(ctx.policy.misdirection.partners).flat()];
}
