/**
 * The send hold (policy `misdirection.holdMinutes`): mail with external recipients is delivered
 * that many minutes late. Whether the user can still stop it depends on the client (hold-text.ts):
 * not in classic Outlook on Windows. The core only asks for it; the apply step sets the time and
 * says until when (it knows the clock and the client).
 */
import { emptyOutcome, type Check } from "../review/check";

export const holdCheck: Check = (ctx) => {
  const minutes = ctx.policy.misdirection.holdMinutes;
  if (minutes <= 0 || ctx.external.length === 0) return emptyOutcome();
  return { ...emptyOutcome(), actions: [{ kind: "hold", minutes }] };
};
