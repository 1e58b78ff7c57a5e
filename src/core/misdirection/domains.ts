/**
 * Domains as organisations: the registrable part (`mail.minatotech.co.jp` → `minatotech.co.jp`),
 * IDN labels decoded, and the free-mail providers whose every address is its own person.
 */
import { toUnicode } from "punycode/";
import { matchesDomainPattern } from "../recipients/domain-match";

/** Second-level suffixes under which names are registered (a short list: the ones business mail meets). */
const SECOND_LEVEL = new Set([
  "co.jp", "ne.jp", "or.jp", "ac.jp", "ad.jp", "ed.jp", "go.jp", "gr.jp", "lg.jp",
  "co.uk", "org.uk", "ac.uk", "gov.uk", "ltd.uk", "plc.uk", "me.uk",
  "com.au", "net.au", "org.au", "edu.au", "gov.au", "co.nz", "org.nz",
  "com.cn", "net.cn", "org.cn", "com.tw", "org.tw", "co.kr", "or.kr", "com.sg", "com.hk", "com.br", "co.in", "co.za",
  "com.my", "co.th", "co.id", "com.ph", "com.vn", "com.mx",
]);

/** Public mail services: two addresses there are two people, not one organisation. */
const FREE_MAIL = new Set([
  "gmail.com", "googlemail.com", "yahoo.co.jp", "yahoo.com", "ymail.com", "outlook.com", "outlook.jp", "hotmail.com",
  "hotmail.co.jp", "live.com", "live.jp", "msn.com", "icloud.com", "me.com", "mac.com", "aol.com", "docomo.ne.jp",
  "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp", "ymobile.ne.jp", "nifty.com", "biglobe.ne.jp", "ocn.ne.jp",
  "so-net.ne.jp", "proton.me", "protonmail.com", "gmx.com", "gmx.de", "mail.ru", "qq.com", "163.com", "naver.com", "zoho.com",
]);

export function isFreeMail(domain: string): boolean {
  return FREE_MAIL.has(domain) || FREE_MAIL.has(registrable(domain));
}

/** `xn--` labels decoded to Unicode; a label that does not decode is kept as written. */
export function unicodeDomain(domain: string): string {
  if (!/(^|\.)xn--/i.test(domain)) return domain;
  try {
    return toUnicode(domain.toLowerCase());
  } catch {
    return domain;
  }
}

export interface DomainParts {
  /** The label left of the public suffix: `minatotech`. */
  name: string;
  /** `co.jp`, `com`… */
  suffix: string;
}

export function splitDomain(domain: string): DomainParts {
  const labels = domain.toLowerCase().replace(/^\*\./, "").split(".").filter(Boolean);
  if (labels.length < 2) return { name: labels[0] ?? "", suffix: "" };
  const two = labels.slice(-2).join(".");
  const suffixLabels = SECOND_LEVEL.has(two) && labels.length >= 3 ? 2 : 1;
  return { name: labels[labels.length - suffixLabels - 1], suffix: labels.slice(-suffixLabels).join(".") };
}

/** `mail.minatotech.co.jp` → `minatotech.co.jp`. */
export function registrable(domain: string): string {
  const p = splitDomain(domain);
  return p.suffix ? `${p.name}.${p.suffix}` : p.name;
}

/** A domain is covered by an entry when it is the entry, a subdomain of it, or matches its `*.` pattern. */
export function coveredBy(domain: string, entry: string): boolean {
  const e = entry.toLowerCase();
  if (e.startsWith("*.")) return matchesDomainPattern(domain, e);
  return domain === e || domain.endsWith("." + e);
}
