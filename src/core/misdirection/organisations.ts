/**
 * Organisations by name: 「株式会社ミナトテック」, 「ミナトテック株式会社」 and 「(株)ミナトテック」 are one
 * organisation; the policy's `partners` (plus what this user confirmed, folded in on the device)
 * say which domains each one has.
 */
import type { Policy } from "../policy/schema";
import { coveredBy, isFreeMail, registrable } from "./domains";

/** Legal-form words, Japanese and Western, removed to compare names (NFKC turns ㈱ and （株） into (株)). */
const LEGAL_FORMS_JA = /株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|公益社団法人|一般財団法人|公益財団法人|特定非営利活動法人|NPO法人|学校法人|医療法人|社会福祉法人|\(株\)|\(有\)|\(同\)/g;
const LEGAL_FORMS_EN = /\b(co\.?,?\s*ltd\.?|company\s+limited|limited|ltd\.?|inc\.?|incorporated|corp\.?|corporation|llc|l\.l\.c\.|plc|gmbh|ag|s\.a\.|k\.k\.|co\.)(?=\s|$|,)/gi;

export const LEGAL_FORM = /株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|公益社団法人|一般財団法人|公益財団法人|特定非営利活動法人|NPO法人|学校法人|医療法人|社会福祉法人|\(株\)|\(有\)|\(同\)/;

/** The comparable form of an organisation's name: no legal form, no spaces or punctuation, lower case. */
export function orgKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(LEGAL_FORMS_JA, "")
    .replace(LEGAL_FORMS_EN, "")
    .toLowerCase()
    .replace(/[\s・･.,、。'"&\-_/()（）「」【】]+/g, "");
}

export interface OrgKnowledge {
  /** orgKey → the names as written and the domains. */
  byKey: Map<string, { name: string; domains: string[] }>;
}

export function orgKnowledge(policy: Policy): OrgKnowledge {
  const byKey = new Map<string, { name: string; domains: string[] }>();
  for (const [name, domains] of Object.entries(policy.misdirection.partners)) {
    const key = orgKey(name);
    if (!key) continue;
    const entry = byKey.get(key) ?? { name, domains: [] };
    for (const d of domains) if (!entry.domains.includes(d)) entry.domains.push(d);
    byKey.set(key, entry);
  }
  return { byKey };
}

/** The partner organisation a domain belongs to, if the policy (or a confirmation) says so. */
export function ownerOf(domain: string, k: OrgKnowledge): { key: string; name: string } | undefined {
  for (const [key, entry] of k.byKey) {
    if (entry.domains.some((d) => coveredBy(domain, d))) return { key, name: entry.name };
  }
  return undefined;
}

/**
 * Who counts as one organisation for "would see each other": a partner (all its domains), else
 * the registrable domain; on a free-mail service every address is its own person.
 */
export function organisationOf(address: string, domain: string, k: OrgKnowledge): { id: string; label: string } {
  const owner = ownerOf(domain, k);
  if (owner) return { id: `partner:${owner.key}`, label: owner.name };
  if (isFreeMail(domain)) return { id: `person:${address.toLowerCase()}`, label: address };
  const reg = registrable(domain);
  return { id: `domain:${reg}`, label: reg };
}
