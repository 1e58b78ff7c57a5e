/**
 * The Send pipeline's extension points. A feature that must act in Outlook at Send (protect the
 * attachments, move recipients to BCC, stamp a header, queue a notice…) is one SendStep in its own
 * file, listed in send-steps.ts; the handler runs them in order and never needs to know them.
 */
import type { AlertSection, AttachmentContent, Language, MessageDraft, Policy, ReviewResult, Verdict } from "../core";
import type { MisdirectionInput } from "../core/misdirection/findings";
import type { ComposeItem } from "../outlook/compose-item";
import type { StoredState } from "../outlook/session-state";

export interface SendContext {
  item: ComposeItem;
  draft: MessageDraft;
  policy: Policy;
  lang: Language;
  /** The item's session state; steps keep their own memory in `state.steps[name]`. */
  state: StoredState;
  /** Attachment bytes already read this Send, by attachment id (read each file once). */
  bytes: Map<string, Uint8Array>;
  /** Attachment texts for the review (filled by gather steps). */
  contents: AttachmentContent[];
  /** Where the policy came from (served, cached, defaults): for the audit header. */
  policySource: string;
  /**
   * The verdict so far: the review's, raised by the apply steps that ran before. A step that acts
   * only on a message that will leave (the password notice) reads this, not the review's.
   */
  verdict: Verdict;
  /** Inputs for the misdirection checks that only Outlook can give (the thread seen at compose start). */
  misdirection?: MisdirectionInput;
}

export interface StepOutcome {
  /** Extra alert lines (already in ctx.lang). */
  lines?: string[];
  /** Their alert section; by default "stop" when the step raises the verdict, else "action". */
  section?: AlertSection;
  /** Raise the verdict (never lowers it): e.g. archiving failed → block, files still attached. */
  verdict?: Verdict;
  /**
   * Lines of the review this step's outcome proves untrue (the archive and password plan when no
   * archive could be made): left out of the alert, and their part does not count as seen, so the
   * review asks again once the step succeeds.
   */
  withdraw?: string[];
  /** Technical reasons (Office error names and codes) for the task pane's last review, never the alert. */
  detail?: string[];
  /**
   * This step must run again at the Send that leaves, so the alert offers no "Send anyway" (which
   * sends without running the handler): e.g. a password notice is held until the mail really goes.
   */
  requireResend?: boolean;
}

/** Runs before the review: gathers what the checks need (e.g. attachment texts). */
export interface GatherStep {
  name: string;
  run(ctx: SendContext): Promise<void>;
}

/** Runs after the review: applies its actions in Outlook. Runs in list order. */
export interface ApplyStep {
  name: string;
  run(ctx: SendContext, result: ReviewResult): Promise<StepOutcome | void>;
}
