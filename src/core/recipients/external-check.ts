/** The second look at external recipients: list them by domain once; the same list sends on the next Send. */
import { t } from "../i18n";
import { confirmUnlessSeen, emptyOutcome, type Check } from "../review/check";
import { addressKey } from "./address";
import { groupByDomain } from "./classify";

/** How many addresses one domain line shows before "…and N more" (the alert holds 500 characters). */
const ADDRESSES_PER_LINE = 3;

export const externalRecipientsCheck: Check = (ctx) => {
  if (!ctx.policy.external.confirm || ctx.external.length === 0) return emptyOutcome();
  const confirmKeys = ctx.external.map((r) => `ext:${addressKey(r.address)}`);
  const verdict = confirmUnlessSeen(ctx.state, confirmKeys);
  if (verdict === "allow") return emptyOutcome();

  const groups = groupByDomain(ctx.external);
  const lines = [t(ctx.lang, "externalHeading", { count: ctx.external.length, domains: groups.size })];
  for (const [domain, list] of groups) {
    const shown = list.slice(0, ADDRESSES_PER_LINE).map((r) => r.address);
    const rest = list.length - shown.length;
    const addresses = shown.join(", ") + (rest > 0 ? ` ${t(ctx.lang, "moreItems", { count: rest })}` : "");
    lines.push(t(ctx.lang, "externalDomainLine", { domain: domain || t(ctx.lang, "unknownDomain"), addresses }));
  }
  return { verdict, findings: [], actions: [], lines, confirmKeys };
};
