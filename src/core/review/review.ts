/** The review: run every check over one draft and merge what they decided. */
import { composeAlert } from "../alert/compose-alert";
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
}

export function review(input: ReviewInput, checks: readonly Check[] = defaultChecks): ReviewResult {
  const external = externalRecipients(input.draft, internalDomainsFor(input));
  const ctx = { ...input, external };
  const outcomes = checks.map((check) => check(ctx));

  let verdict: Verdict = "allow";
  for (const o of outcomes) if (RANK[o.verdict] > RANK[verdict]) verdict = o.verdict;

  const checkLines = outcomes.flatMap((o) => o.lines);
  const lines = checkLines.length > 0 ? [...checkLines, ...(input.notes ?? [])] : [];
  const alert = composeAlert(input.lang, verdict, lines);
  // What the user was shown counts as seen: the same content does not ask twice.
  const confirmed =
    verdict === "allow"
      ? input.state.confirmed
      : [...new Set([...input.state.confirmed, ...outcomes.flatMap((o) => o.confirmKeys)])];

  return {
    review: {
      verdict,
      external,
      findings: outcomes.flatMap((o) => o.findings),
      actions: outcomes.flatMap((o) => o.actions),
      message: lines.length > 0 ? alert.text : "",
    },
    markdown: lines.length > 0 ? alert.markdown : "",
    state: { confirmed },
    lines: checkLines,
  };
}

export function initialState(): ReviewState {
  return { confirmed: [] };
}

/** Without a policy naming them, the organisation is at least the sender's own domain. */
function internalDomainsFor(input: ReviewInput): readonly string[] {
  if (input.policy.internalDomains.length > 0) return input.policy.internalDomains;
  const own = domainOf(input.draft.from?.address ?? "");
  return own ? [own] : [];
}
