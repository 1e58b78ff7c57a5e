/**
 * BCC omission, fix mode: moves the external To/CC recipients the review named to BCC and says so.
 * If the move cannot finish, nobody has been removed; the Send stops (block) with the reason, the
 * addresses are kept in the item's session state, and the next Send finishes the move even if
 * what is left in To/CC no longer looks like a mass mailing (e.g. To was rewritten, CC was not).
 */
import type { Action } from "../../core";
import { misdirectionText, type MoveToBccAction } from "../../core/misdirection";
import { moveToBcc } from "../../outlook/move-to-bcc";
import { describeError } from "../describe-error";
import type { ApplyStep, SendContext } from "../send-step";

const NAME = "moveToBcc";

interface Memory {
  pending: string[];
}

function pendingOf(ctx: SendContext): string[] {
  const m = ctx.state.steps?.[NAME] as Partial<Memory> | undefined;
  return Array.isArray(m?.pending) ? m.pending.filter((a): a is string => typeof a === "string") : [];
}

function remember(ctx: SendContext, pending: string[]): void {
  const steps = { ...(ctx.state.steps ?? {}) };
  if (pending.length) steps[NAME] = { pending } satisfies Memory;
  else delete steps[NAME];
  ctx.state = { ...ctx.state, steps };
}

export const moveToBccStep: ApplyStep = {
  name: NAME,
  async run(ctx, result) {
    const action = result.review.actions.find((a: Action): a is MoveToBccAction => a.kind === "move_to_bcc");
    const pending = pendingOf(ctx);
    if (!action && pending.length === 0) return;
    const addresses = [...new Set([...(action?.addresses ?? []), ...pending])];
    try {
      const r = await moveToBcc(ctx.item, addresses, ctx.draft.from?.address);
      remember(ctx, []);
      if (r.moved.length === 0) return;
      const lines = [misdirectionText(ctx.lang, "movedToBcc", { count: r.moved.length })];
      if (r.senderInTo) lines.push(misdirectionText(ctx.lang, "senderInTo", { sender: r.senderInTo }));
      // The sender sees the new recipients before the mail leaves.
      return { lines, verdict: "confirm" };
    } catch (err) {
      remember(ctx, addresses);
      // The Office error is for IT (the task pane's detail), not English words in the user's alert.
      return { lines: [misdirectionText(ctx.lang, "moveFailed")], verdict: "block", detail: [`moveToBcc: ${describeError(err)}`] };
    }
  },
};
