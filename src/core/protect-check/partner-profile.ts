/**
 * The delivery profile of one message's attachments (attachments.partners, issue 12): from the
 * external recipients, which profile applies, which partner decided it, and the password length
 * and notice delay that go with it. Pure; the check, the Send step and the CLI all call it.
 *
 * Decisions (README, "Per-partner delivery profile"):
 * - A recipient's domain takes the most specific entry that matches it, as internalDomains match
 *   (`example.co.jp` exactly, `*.example.co.jp` its subdomains only; case does not count): an exact
 *   entry beats a wildcard, a longer wildcard beats a shorter one.
 * - Recipients no entry matches keep the older fields: encryption + zipcryptoDomains decide for
 *   them together (chooseEncryption, unchanged), so policies without partners behave as before.
 * - Several recipients: the strictest wins, block > aes256 > zipcrypto > none. So `none` applies
 *   only when EVERY external recipient is `none`, and one `block` partner blocks the attachments.
 * - Password length and notice delay: those of the entries that decided (the global values for
 *   recipients without an entry); when several decided, the longest of each — never weaker than
 *   any of them asked.
 */
import type { Policy } from "../policy/schema";
import type { AttachmentProfileInfo, ExternalRecipient } from "../review/types";
import { matchesDomainPattern } from "../recipients/domain-match";
// plan.ts imports this file too; only functions cross, called after both modules loaded.
import { chooseEncryption } from "./plan";

export type PartnerProfileName = "aes256" | "zipcrypto" | "none" | "block";

const RANK: Record<PartnerProfileName, number> = { none: 0, zipcrypto: 1, aes256: 2, block: 3 };

/** A recipient domain and the attachments.partners key that matched it. */
export interface PartnerMatch {
  domain: string;
  entry: string;
  profile: PartnerProfileName;
}

export interface DeliveryProfile {
  profile: PartnerProfileName;
  /** "partner": an attachments.partners entry decided; "policy": encryption/zipcryptoDomains did. */
  source: "partner" | "policy";
  /** Recipient domains whose entry decided (the partners that forced the profile). */
  decidedBy: string[];
  /** Recipient domains without an entry, when their (policy) profile decided. */
  policyDomains: string[];
  /** Partner domains whose weaker profile gave way to the stricter one. */
  overridden: PartnerMatch[];
  /** Every recipient domain an entry matched (empty: attachments.partners played no part). */
  matched: PartnerMatch[];
  passwordLength: number;
  noticeDelayMinutes: number;
}

/** The entry of attachments.partners for this domain: the most specific pattern that matches. */
export function partnerEntryFor(policy: Policy, domain: string): string | undefined {
  let best: string | undefined;
  for (const entry of Object.keys(policy.attachments.partners ?? {})) {
    if (!matchesDomainPattern(domain, entry)) continue;
    if (best === undefined || specificity(entry) > specificity(best)) best = entry;
  }
  return best;
}

/** Exact entries first, then longer wildcards. */
function specificity(entry: string): number {
  return entry.startsWith("*.") ? entry.length : 10_000 + entry.length;
}

export function resolveDeliveryProfile(policy: Policy, external: readonly ExternalRecipient[]): DeliveryProfile {
  const partners = policy.attachments.partners ?? {};
  const globalLength = policy.attachments.password.length;
  const globalDelay = policy.passwordNotice.delayMinutes;
  const matched: PartnerMatch[] = [];
  const unlisted: ExternalRecipient[] = [];
  const seen = new Set<string>();
  for (const r of external) {
    const domain = r.domain.toLowerCase();
    const entry = partnerEntryFor(policy, domain);
    if (entry === undefined) unlisted.push(r);
    else if (!seen.has(domain)) {
      seen.add(domain);
      matched.push({ domain, entry, profile: partners[entry].profile });
    }
  }
  // Internal-only mail (protect: always) and recipients without an entry: the older fields.
  const policyProfile: PartnerProfileName | undefined = unlisted.length > 0 || matched.length === 0 ? chooseEncryption(policy, unlisted) : undefined;
  let profile: PartnerProfileName = policyProfile ?? "none";
  for (const m of matched) if (RANK[m.profile] > RANK[profile]) profile = m.profile;

  const deciding = matched.filter((m) => m.profile === profile);
  const policyDecides = policyProfile === profile;
  const lengths = deciding.map((m) => partners[m.entry].passwordLength ?? globalLength);
  const delays = deciding.map((m) => partners[m.entry].noticeDelayMinutes ?? globalDelay);
  if (policyDecides) {
    lengths.push(globalLength);
    delays.push(globalDelay);
  }
  return {
    profile,
    source: deciding.length > 0 ? "partner" : "policy",
    decidedBy: deciding.map((m) => m.domain),
    policyDomains: policyDecides ? [...new Set(unlisted.map((r) => r.domain.toLowerCase()))] : [],
    overridden: matched.filter((m) => m.profile !== profile),
    matched,
    passwordLength: Math.max(...lengths),
    noticeDelayMinutes: Math.max(...delays),
  };
}

/** The review's account of the profile (its JSON contract); undefined when no entry matched. */
export function profileInfo(p: DeliveryProfile): AttachmentProfileInfo | undefined {
  if (p.matched.length === 0) return undefined;
  return {
    profile: p.profile,
    source: p.source,
    decidedBy: p.source === "partner" ? p.decidedBy : p.policyDomains,
    overridden: p.overridden.map((m) => m.domain),
    passwordLength: p.passwordLength,
    noticeDelayMinutes: p.noticeDelayMinutes,
  };
}
