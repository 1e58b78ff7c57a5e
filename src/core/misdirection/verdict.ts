/** How a misdirection check's switch turns into a verdict: warn = confirm once, block = always block. */
import { confirmUnlessSeen, type ReviewState } from "../review/check";
import type { Verdict } from "../review/types";

export function verdictFor(action: "warn" | "block" | "fix", state: ReviewState, keys: string[]): Verdict {
  if (action === "block") return "block";
  return confirmUnlessSeen(state, keys);
}
