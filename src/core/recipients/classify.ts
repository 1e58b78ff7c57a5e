/** Which recipients are outside the organisation: by domain, never by Outlook's recipientType. */
import { allRecipients, type MessageDraft } from "../message/draft";
import type { ExternalRecipient } from "../review/types";
import { addressKey, domainOf } from "./address";
import { isInternalDomain } from "./domain-match";

/** Each external address once, in To, CC, BCC order (the first field it appears in). */
export function externalRecipients(draft: MessageDraft, internalDomains: readonly string[]): ExternalRecipient[] {
  const seen = new Set<string>();
  const out: ExternalRecipient[] = [];
  for (const r of allRecipients(draft)) {
    const key = addressKey(r.address);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const domain = domainOf(r.address);
    if (!isInternalDomain(domain, internalDomains)) {
      out.push({ address: r.address.trim(), domain, field: r.field });
    }
  }
  return out;
}

/** External recipients grouped by domain, domains in first-seen order. */
export function groupByDomain(external: readonly ExternalRecipient[]): Map<string, ExternalRecipient[]> {
  const groups = new Map<string, ExternalRecipient[]>();
  for (const r of external) {
    const list = groups.get(r.domain) ?? [];
    list.push(r);
    groups.set(r.domain, list);
  }
  return groups;
}
