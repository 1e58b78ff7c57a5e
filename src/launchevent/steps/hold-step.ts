/**
 * The send hold (policy misdirection.holdMinutes): sets item.delayDeliveryTime to now + N minutes
 * on every Send attempt of external mail, and puts "held until HH:MM" in the alert when there is
 * one, with what is true in this client (recall possible or not: core/misdirection/hold-text.ts). Without Mailbox 1.13 the alert says the mail goes at once; a failure to set the hold never
 * stops the Send (it is a safety net, not a control) — the alert, if any, says so.
 */
import type { Action } from "../../core";
import type { HoldAction } from "../../core/misdirection";
import { holdLine, misdirectionText } from "../../core/misdirection";
import { holdDelivery } from "../../outlook/delay-delivery";
import { outlookClient } from "../../outlook/outlook-client";
import { describeError } from "../describe-error";
import type { ApplyStep } from "../send-step";

/** "14:05" in this runtime's local time (no Intl: classic Outlook's runtime may lack it). */
export function clockTime(d: Date): string {
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${two(d.getHours())}:${two(d.getMinutes())}`;
}

export const holdStep: ApplyStep = {
  name: "hold",
  async run(ctx, result) {
    const action = result.review.actions.find((a: Action): a is HoldAction => a.kind === "hold");
    if (!action) return;
    try {
      const r = await holdDelivery(ctx.item, new Date(Date.now() + action.minutes * 60_000));
      if (r.status === "unsupported") return { lines: [misdirectionText(ctx.lang, "holdUnsupported")] };
      return { lines: [holdLine(ctx.lang, outlookClient(), clockTime(r.until))] };
    } catch (err) {
      return { lines: [misdirectionText(ctx.lang, "holdFailed", { reason: describeError(err) })] };
    }
  },
};
