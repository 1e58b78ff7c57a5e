/**
 * 宛名 mismatch (policy `misdirection.salutationMismatch`): the salutation or an attachment's name
 * names an organisation, and no external recipient belongs to it. Belonging: the policy's
 * partners (plus confirmations), the quoted thread's signatures where the policy is silent, or the
 * name read against the domain (ミナトテック ↔ minatotech). A false alarm costs trust, so it speaks
 * only when sure: the organisation has known domains (partner or signature) or is the very name of
 * a domain in the thread, or every external recipient is known to belong to someone else.
 */
import { emptyOutcome, type Check, type CheckContext } from "../review/check";
import { coveredBy, isFreeMail } from "./domains";
import { derived } from "./derived";
import type { SalutationMismatchFinding } from "./findings";
import { salutationKey } from "./memory";
import { shortList, say } from "./messages";
import { orgKey, ownerOf, type OrgKnowledge } from "./organisations";
import { attachmentOrganisation, salutationOrganisations, type NamedOrganisation } from "./salutation";
import { nameIsDomain, nameMatchesDomain } from "./transliterate";
import type { LearnedOrganisation } from "./signature-orgs";
import { isInternalDomain } from "../recipients/domain-match";
import { domainOf } from "../recipients/address";
import { verdictFor } from "./verdict";

function sameOrg(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 2 && (a.startsWith(b) || b.startsWith(a)));
}

/** The partner entry a written name refers to (「ミナトテック」 and 「ミナトテック山田」 both find ミナトテック). */
function partnerFor(o: NamedOrganisation, k: OrgKnowledge): { key: string; domains: string[] } | undefined {
  for (const [key, entry] of k.byKey) if (sameOrg(o.key, key)) return { key, domains: entry.domains };
  return undefined;
}

/** The name without a person's kanji name glued on: 「ミナトテック山田」 → 「ミナトテック」. */
function readableNames(o: NamedOrganisation): string[] {
  const lead = /^[\u30a0-\u30ffA-Za-z0-9ー・\s&.\-]+/.exec(o.key)?.[0];
  return lead && lead !== o.key ? [o.key, lead] : [o.key];
}

type Judgement = "belongs" | "mismatch" | "unsure";

/** What the 宛名 check knows: the policy's partners, and what the thread taught where the policy is silent. */
interface Knowledge {
  policy: OrgKnowledge;
  learned: OrgKnowledge;
  /** The thread's external, non-free-mail domains. */
  threadDomains: string[];
  internal: (domain: string) => boolean;
}

/** Learned organisations the policy does not already speak for (a configured list wins). */
function learnedKnowledge(learned: LearnedOrganisation[], policy: OrgKnowledge): OrgKnowledge {
  const byKey = new Map<string, { name: string; domains: string[] }>();
  for (const l of learned) {
    const key = orgKey(l.name);
    if (key.length < 2 || ownerOf(l.domain, policy)) continue;
    if ([...policy.byKey.keys()].some((k) => sameOrg(k, key))) continue;
    const entry = byKey.get(key) ?? { name: l.name, domains: [] };
    if (!entry.domains.includes(l.domain)) entry.domains.push(l.domain);
    byKey.set(key, entry);
  }
  return { byKey };
}

function judge(o: NamedOrganisation, domains: string[], k: Knowledge): Judgement {
  const partner = partnerFor(o, k.policy);
  const taught = partner ? undefined : partnerFor(o, k.learned);
  const names = readableNames(o);
  for (const domain of domains) {
    if (partner && partner.domains.some((d) => coveredBy(domain, d))) return "belongs";
    if (taught && taught.domains.some((d) => coveredBy(domain, d))) return "belongs";
    if (names.some((n) => nameMatchesDomain(n, domain))) return "belongs";
  }
  // A private address (free mail) may well be the right person: unsure.
  if (domains.some((d) => isFreeMail(d))) return "unsure";
  if (partner) return "mismatch";
  // A signature tied it to a domain no recipient has; our own company's name is no slip.
  if (taught) return taught.domains.some(k.internal) ? "unsure" : "mismatch";
  // Its name is the name of a domain in the thread (ミナトテック ↔ minatotech.co.jp), and no recipient has it.
  if (k.threadDomains.some((td) => names.some((n) => nameIsDomain(n, td)))) return "mismatch";
  // Not known: sure only when every recipient is known to be someone else.
  const owners = domains.map((d) => ownerOf(d, k.policy) ?? ownerOf(d, k.learned));
  if (owners.every((w) => w !== undefined && !sameOrg(w.key, o.key))) return "mismatch";
  return "unsure";
}

export function salutationFindings(ctx: CheckContext): SalutationMismatchFinding[] {
  const domains = [...new Set(ctx.external.map((r) => r.domain))];
  if (domains.length === 0) return [];
  const d = derived(ctx);
  const internal = (domain: string) => isInternalDomain(domain, ctx.policy.internalDomains) || domain === domainOf(ctx.draft.from?.address ?? "");
  const learned = learnedKnowledge(d.learned, d.orgs);
  const k: Knowledge = { policy: d.orgs, learned, threadDomains: d.threadDomains.filter((t) => !internal(t) && !isFreeMail(t)), internal };
  // Names the thread taught are recognised in a salutation as the policy's partners are (「ミナトテック 山田様」).
  const known: OrgKnowledge = { byKey: new Map([...learned.byKey, ...d.orgs.byKey]) };
  const named: Array<{ o: NamedOrganisation; where: SalutationMismatchFinding["where"] }> = [];
  for (const o of salutationOrganisations(d.split.own, known)) named.push({ o, where: "body" });
  for (const a of ctx.draft.attachments) {
    if (a.isInline) continue;
    const o = attachmentOrganisation(a.name, known);
    if (o) named.push({ o, where: `attachment-name:${a.name}` });
  }
  const out: SalutationMismatchFinding[] = [];
  for (const { o, where } of named) {
    if (judge(o, domains, k) !== "mismatch") continue;
    if (out.some((f) => f.organisation === o.name && f.where === where)) continue;
    out.push({ kind: "salutation_mismatch", organisation: o.name, where, recipientDomains: domains });
  }
  return out;
}

export const salutationMismatchCheck: Check = (ctx) => {
  const action = ctx.policy.misdirection.salutationMismatch;
  if (action === "off") return emptyOutcome();
  const findings = salutationFindings(ctx);
  if (findings.length === 0) return emptyOutcome();
  const keys = [...new Set(findings.map((f) => salutationKey(orgKey(f.organisation), f.recipientDomains)))];
  const verdict = verdictFor(action, ctx.state, keys);
  if (verdict === "allow") return emptyOutcome();
  const lines = findings.map((f) => {
    const domains = shortList(ctx.lang, f.recipientDomains, 3);
    return f.where === "body"
      ? say(ctx.lang, "salutationBody", { org: f.organisation, domains })
      : say(ctx.lang, "salutationAttachment", { org: f.organisation, domains, file: f.where.slice("attachment-name:".length) });
  });
  return { verdict, findings, actions: [], lines, confirmKeys: keys };
};
