/**
 * A reply or forward going to an external organisation nobody in the quoted thread had (policy
 * `misdirection.newDomainInReply`). The thread is what the quoted header lines name, plus the
 * original recipients the add-in saw when the reply was opened. No thread known: nothing said.
 */
import { emptyOutcome, type Check } from "../review/check";
import { groupByDomain } from "../recipients/classify";
import { isInternalDomain } from "../recipients/domain-match";
import { derived } from "./derived";
import type { NewDomainInReplyFinding } from "./findings";
import { lookalikeFindings } from "./lookalike-check";
import { shortList, say } from "./messages";
import { organisationOf } from "./organisations";
import { verdictFor } from "./verdict";

export const newDomainInReplyCheck: Check = (ctx) => {
  const action = ctx.policy.misdirection.newDomainInReply;
  if (action === "off" || ctx.external.length === 0) return emptyOutcome();
  const d = derived(ctx);
  if (d.threadAddresses.length === 0) return emptyOutcome();

  // Organisations of the thread: a partner's other domain or a subdomain is no newcomer.
  const threadOrgs = new Set(d.threadAddresses.map((a) => organisationOf(a, a.slice(a.lastIndexOf("@") + 1), d.orgs).id));
  const threadExternal = d.threadDomains.filter((dom) => !isInternalDomain(dom, ctx.policy.internalDomains));
  // Said once: a look-alike of a thread domain is already named by the look-alike check.
  const lookalikes = ctx.policy.misdirection.lookalike === "off" ? new Set<string>() : new Set(lookalikeFindings(ctx).map((f) => f.domain));

  const findings: NewDomainInReplyFinding[] = [];
  for (const [domain, list] of groupByDomain(ctx.external)) {
    if (lookalikes.has(domain)) continue;
    const fresh = list.filter((r) => !threadOrgs.has(organisationOf(r.address, domain, d.orgs).id));
    if (fresh.length === 0) continue;
    findings.push({ kind: "new_domain_in_reply", domain, addresses: fresh.map((r) => r.address), threadDomains: threadExternal });
  }
  if (findings.length === 0) return emptyOutcome();
  const keys = findings.map((f) => `newdomain:${f.domain}`);
  const verdict = verdictFor(action, ctx.state, keys);
  if (verdict === "allow") return emptyOutcome();
  const thread = threadExternal.length > 0 ? shortList(ctx.lang, threadExternal, 2) : ctx.lang === "ja" ? "社内のみ" : "internal only";
  const lines = findings.map((f) => say(ctx.lang, "newDomain", { domain: f.domain, thread }));
  return { verdict, findings, actions: [], lines, confirmKeys: keys };
};
