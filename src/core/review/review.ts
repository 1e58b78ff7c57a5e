/** The review: run every check over one draft and merge what they decided. */
import { composeAlert, type AlertSection } from "../alert/compose-alert";
import { domainOf } from "../recipients/address";
import { externalRecipients } from "../recipients/classify";
import type { Check, ReviewInput, ReviewState } from "./check";
import { defaultChecks } from "./checks";
import type { Review, Verdict } from "./types";

const RANK: Record<Verdict, number> = { allow: 0, confirm: 1, block: 2 };

export interface ReviewResult {
  review: Review;
  /** The alert as Markdown, for clients with errorMessageMarkdown (Mailbox 1.15). */
  markdown: string;
  /** What to keep for the next Send of the same item. */
  state: ReviewState;
  /** The checks' alert lines (without the review notes), for callers that add lines of their own. */
  lines: string[];
  /** Each check's lines, the alert section they belong to, and what showing them confirms. */
  parts: AlertPart[];
  /** Some check that stops the Send forbids "Send anyway" (a look-alike of an internal or partner domain). */
  noSendAnyway: boolean;
}

export interface AlertPart {
  section: AlertSection;
  lines: string[];
  confirmKeys: string[];
}

/**
 * What counts as seen after an alert: the keys of the parts the alert began to show. `shown[i]` is
 * how many lines of `parts[i]` the alert showed (composeAlert's `shown`, for these parts). A part
 * whose first line fell under the 500-character cut ("…and N more") was not seen, so it asks again
 * next time — when the parts already seen stay quiet and it comes first. A part shown in part (a
 * long list of domains ending in "…and N more") was seen: asking again could never show more of it.
 */
export function confirmedAfterAlert(previous: readonly string[], parts: readonly AlertPart[], shown: readonly number[]): string[] {
  const seen = new Set(previous);
  parts.forEach((part, i) => {
    if (part.lines.length === 0 || (shown[i] ?? 0) > 0) for (const key of part.confirmKeys) seen.add(key);
  });
  return [...seen];
}

export function review(input: ReviewInput, checks: readonly Check[] = defaultChecks): ReviewResult {
  const external = externalRecipients(input.draft, internalDomainsFor(input));
  const ctx = { ...input, external };
  const outcomes = checks.map((check) => check(ctx));

  let verdict: Verdict = "allow";
  for (const o of outcomes) if (RANK[o.verdict] > RANK[verdict]) verdict = o.verdict;

  const checkLines = outcomes.flatMap((o) => o.lines);
  const parts: AlertPart[] = outcomes.map((o) => ({ section: o.section ?? "finding", lines: o.lines, confirmKeys: o.confirmKeys }));
  const notes = checkLines.length > 0 ? input.notes ?? [] : [];
  const alert = composeAlert(input.lang, verdict, [...parts, { section: "note", lines: notes }]);
  // What the user was shown counts as seen: the same content does not ask twice.
  const confirmed = verdict === "allow" ? input.state.confirmed : confirmedAfterAlert(input.state.confirmed, parts, alert.shown);

  return {
    review: {
      verdict,
      external,
      findings: outcomes.flatMap((o) => o.findings),
      actions: outcomes.flatMap((o) => o.actions),
      message: checkLines.length > 0 ? alert.text : "",
    },
    markdown: checkLines.length > 0 ? alert.markdown : "",
    state: { confirmed },
    lines: checkLines,
    parts,
    noSendAnyway: outcomes.some((o) => o.noSendAnyway === true && o.verdict !== "allow"),
  };
}

export function initialState(): ReviewState {
  return { confirmed: [] };
}

/** The draft's external recipients under this policy, as the review counts them. */
export function externalFor(draft: ReviewInput["draft"], policy: ReviewInput["policy"]) {
  return externalRecipients(draft, internalDomainsFor({ draft, policy }));
}

/** Without a policy naming them, the organisation is at least the sender's own domain. */
function internalDomainsFor(input: Pick<ReviewInput, "draft" | "policy">): readonly string[] {
  if (input.policy.internalDomains.length > 0) return input.policy.internalDomains;
  const own = domainOf(input.draft.from?.address ?? "");
  return own ? [own] : [];
}
