/**
 * A Send step that threw, with the sentence that names it: the failure path (fail-safely.ts)
 * shows that sentence instead of a generic one, so the user hears what really failed (the
 * supervisor was not added) and not a cause that did not happen (the attachments not encrypted).
 */
import type { Language } from "../core";
import { describeError } from "./describe-error";

/** The alert sentence; `blocked`: the failure path stops this Send with no way past it (files at risk). */
export type FailureLine = (lang: Language, blocked: boolean) => string;

export class StepFailure extends Error {
  constructor(
    readonly step: string,
    readonly original: unknown,
    readonly line: FailureLine,
  ) {
    // The cause's own words: the task pane's detail reads the same as before (describeError).
    super(describeError(original));
    this.name = "StepFailure";
  }
}

/** The sentence of the step that failed, if a step said one. */
export function stepFailureLine(err: unknown, lang: Language, blocked: boolean): string | undefined {
  return err instanceof StepFailure ? err.line(lang, blocked) : undefined;
}
