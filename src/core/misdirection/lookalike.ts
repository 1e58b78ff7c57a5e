/**
 * Is a recipient's domain a near miss of a domain the sender knows? Judged on the registrable
 * name (`mail.examp1e.co.jp` → `examp1e` under `co.jp`): same skeleton (homoglyphs, IDN), one
 * swap, doubled letter or edit away, or the same name under another ending (`.com` for `.co.jp`).
 */
import { coveredBy, isFreeMail, registrable, splitDomain, unicodeDomain } from "./domains";
import { editDistance, isDoubled, isSwap } from "./edit-distance";
import type { LookalikeReason } from "./findings";
import { hasNonAscii, skeleton } from "./homoglyphs";

export interface LookalikeMatch {
  of: string;
  reason: LookalikeReason;
  unicode?: string;
}

/** Names shorter than this differ by one letter far too often to mean anything (`nec` / `nic`). */
const MIN_NAME_FOR_EDIT = 5;
const MIN_NAME_FOR_SUFFIX = 4;

interface Reference {
  domain: string;
  name: string;
  suffix: string;
  skel: string;
}

export interface ReferenceSet {
  refs: Reference[];
  entries: string[];
}

export function referenceSet(domains: Iterable<string>): ReferenceSet {
  const refs: Reference[] = [];
  const entries: string[] = [];
  const seen = new Set<string>();
  for (const raw of domains) {
    const entry = raw.toLowerCase();
    if (!entry) continue;
    entries.push(entry);
    const domain = registrable(unicodeDomain(entry.replace(/^\*\./, "")));
    if (seen.has(domain)) continue;
    seen.add(domain);
    const { name, suffix } = splitDomain(domain);
    refs.push({ domain, name, suffix, skel: skeleton(name) });
  }
  return { refs, entries };
}

/** The first reference the domain imitates, or undefined when it is one of them or unlike all. */
export function findLookalike(domain: string, set: ReferenceSet): LookalikeMatch | undefined {
  const d = domain.toLowerCase();
  if (!d || set.entries.some((e) => coveredBy(d, e))) return undefined;
  const decoded = unicodeDomain(d);
  const idn = decoded !== d || hasNonAscii(decoded);
  const reg = registrable(decoded);
  const { name, suffix } = splitDomain(reg);
  if (set.refs.some((r) => r.domain === reg)) return undefined;
  const skel = skeleton(name);
  const unicode = decoded !== d ? decoded : undefined;

  for (const r of set.refs) {
    if (skel === r.skel && suffix === r.suffix && name !== r.name) return { of: r.domain, reason: idn ? "idn" : "homoglyph", unicode };
  }
  if (isFreeMail(reg)) return undefined;
  for (const r of set.refs) {
    if (suffix !== r.suffix || Math.min(name.length, r.name.length) < MIN_NAME_FOR_EDIT) continue;
    const limit = Math.min(name.length, r.name.length) >= 10 ? 2 : 1;
    if (editDistance(skel, r.skel, limit) > limit) continue;
    const reason: LookalikeReason = idn
      ? "idn"
      : isSwap(name, r.name)
        ? "swap"
        : isDoubled(name, r.name)
          ? "double"
          : skel === r.skel
            ? "homoglyph"
            : "edit";
    return { of: r.domain, reason, unicode };
  }
  for (const r of set.refs) {
    if (suffix !== r.suffix && skel === r.skel && name.length >= MIN_NAME_FOR_SUFFIX && !isFreeMail(r.domain)) {
      return { of: r.domain, reason: name === r.name ? "suffix" : idn ? "idn" : "homoglyph", unicode };
    }
  }
  return undefined;
}
