/** Adds recipients the review asked for, in batches Outlook accepts (at most 100 per call). */
import type { Action } from "../core";
import type { ComposeItem } from "./compose-item";
import { officeCall } from "./office-call";

export const MAX_RECIPIENTS_PER_CALL = 100;

export async function addRecipients(item: ComposeItem, actions: readonly Action[]): Promise<void> {
  for (const field of ["to", "cc", "bcc"] as const) {
    const addresses = actions.flatMap((a) => (a.kind === "add_recipient" && a.field === field ? [a.address] : []));
    for (let i = 0; i < addresses.length; i += MAX_RECIPIENTS_PER_CALL) {
      const batch = addresses.slice(i, i + MAX_RECIPIENTS_PER_CALL);
      await officeCall<void>(`${field}.addAsync`, (cb) => item[field].addAsync(batch, cb));
    }
  }
}
