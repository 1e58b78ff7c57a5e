/**
 * The BCC-omission fix as data: which To/CC recipients go to BCC (each once), which of them BCC
 * still lacks, and what To and CC keep. Shared by the add-in (src/outlook/move-to-bcc.ts, which
 * applies it add-first so nobody is ever lost) and the CLI's `--apply`, so both move the same people.
 */
import { addressKey } from "../recipients/address";

export interface BccMovePlan<T> {
  /** The recipients leaving To/CC, in order, each once. */
  moving: T[];
  /** Those of them not yet in BCC: what must be added. */
  addToBcc: T[];
  keepTo: T[];
  keepCc: T[];
  /** To would be left empty: the sender goes there (the usual form of a mail to many, never an empty To). */
  senderToTo: boolean;
}

export function planBccMove<T>(
  lists: { to: readonly T[]; cc: readonly T[]; bcc: readonly T[] },
  addressOf: (entry: T) => string,
  addresses: readonly string[],
  hasSender: boolean,
): BccMovePlan<T> {
  const wanted = new Set(addresses.map(addressKey));
  const inBcc = new Set(lists.bcc.map((e) => addressKey(addressOf(e))));
  const moving: T[] = [];
  const seen = new Set<string>();
  for (const e of [...lists.to, ...lists.cc]) {
    const key = addressKey(addressOf(e));
    if (!wanted.has(key) || seen.has(key)) continue;
    seen.add(key);
    moving.push(e);
  }
  const stays = (e: T) => !seen.has(addressKey(addressOf(e)));
  const keepTo = lists.to.filter(stays);
  return {
    moving,
    addToBcc: moving.filter((e) => !inBcc.has(addressKey(addressOf(e)))),
    keepTo,
    keepCc: lists.cc.filter(stays),
    senderToTo: moving.length > 0 && keepTo.length === 0 && hasSender,
  };
}
