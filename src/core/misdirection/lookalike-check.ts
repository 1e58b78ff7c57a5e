/** Look-alike recipient domains: `examp1e.co.jp ← example.co.jp?` (policy `misdirection.lookalike`). */
import { emptyOutcome, type Check } from "../review/check";
import { groupByDomain } from "../recipients/classify";
import { derived, knownDomainList, protectedDomainList } from "./derived";
import type { LookalikeDomainFinding } from "./findings";
import { findLookalike, referenceSet } from "./lookalike";
import { lookalikeKey } from "./memory";
import { reasonLabel, say } from "./messages";
import { verdictFor } from "./verdict";

/** The look-alike findings of a review, also used by the new-domain check to avoid saying it twice. */
export function lookalikeFindings(ctx: Parameters<Check>[0]): LookalikeDomainFinding[] {
  // The thread's own domains count too: a reply to `minatotec.co.jp` in a minatotech.co.jp thread.
  const refs = referenceSet([...knownDomainList(ctx), ...derived(ctx).threadDomains]);
  const out: LookalikeDomainFinding[] = [];
  for (const [domain, list] of groupByDomain(ctx.external)) {
    const m = findLookalike(domain, refs);
    if (!m) continue;
    const f: LookalikeDomainFinding = { kind: "lookalike_domain", domain, lookalikeOf: m.of, reason: m.reason, addresses: list.map((r) => r.address) };
    if (m.unicode) f.unicode = m.unicode;
    out.push(f);
  }
  return out;
}

export const lookalikeCheck: Check = (ctx) => {
  const action = ctx.policy.misdirection.lookalike;
  if (action === "off" || ctx.external.length === 0) return emptyOutcome();
  const findings = lookalikeFindings(ctx);
  if (findings.length === 0) return emptyOutcome();
  const keys = findings.map((f) => lookalikeKey(f.domain));
  const verdict = verdictFor(action, ctx.state, keys);
  if (verdict === "allow") return emptyOutcome();
  const lines = findings.map((f) =>
    say(ctx.lang, "lookalike", { domain: f.unicode ? `${f.domain} (${f.unicode})` : f.domain, of: f.lookalikeOf, reason: reasonLabel(f.reason, ctx.lang) }),
  );
  // Misspelling our own or a partner's domain is how invoice fraud begins: no "Send anyway" by
  // default. The same name under another ending (acme.com ← acme.co.jp) is often the same firm.
  const own = referenceSet(protectedDomainList(ctx)).refs;
  const noSendAnyway =
    !ctx.policy.misdirection.lookalikeSendAnyway && findings.some((f) => f.reason !== "suffix" && own.some((r) => r.domain === f.lookalikeOf));
  return { verdict, findings, actions: [], lines, confirmKeys: keys, noSendAnyway };
};
