/**
 * Settings that are valid but do not do what they seem to (issue 13): `policy check` prints them as
 * warnings and still exits 0. ZipCrypto is used only with `encryption: "zipcrypto"` and only for
 * the domains in `zipcryptoDomains` (README, DESIGN), so either one alone does nothing.
 */
import type { Language } from "../review/types";
import type { Policy } from "./schema";

const TEXTS = {
  en: {
    domainsIgnored: (d: string) => `attachments.zipcryptoDomains (${d}) does nothing while attachments.encryption is "aes256": every archive is AES-256. Set "encryption": "zipcrypto" to use ZipCrypto for these domains.`,
    noDomains: () => `attachments.encryption is "zipcrypto" but attachments.zipcryptoDomains is empty: every archive is AES-256. List the domains that cannot open AES-256.`,
  },
  ja: {
    domainsIgnored: (d: string) => `attachments.encryption が "aes256" のため attachments.zipcryptoDomains (${d}) は使われず、すべての ZIP が AES-256 になります。これらのドメインに ZipCrypto を使うには "encryption": "zipcrypto" にしてください。`,
    noDomains: () => `attachments.encryption は "zipcrypto" ですが attachments.zipcryptoDomains が空のため、すべての ZIP が AES-256 になります。AES-256 を開けない相手のドメインを指定してください。`,
  },
} satisfies Record<Language, Record<string, (d: string) => string>>;

export function policyWarnings(policy: Policy, lang: Language = "en"): string[] {
  const { encryption, zipcryptoDomains } = policy.attachments;
  const t = TEXTS[lang];
  if (encryption === "aes256" && zipcryptoDomains.length > 0) return [t.domainsIgnored(zipcryptoDomains.join(", "))];
  if (encryption === "zipcrypto" && zipcryptoDomains.length === 0) return [t.noDomains()];
  return [];
}
