/**
 * Moves recipients from To/CC to BCC without ever losing one: add them to BCC first (at most 100
 * per call), read BCC back to see they are there, and only then rewrite To and CC without them.
 * A failure at any call leaves every recipient on the message (some perhaps in BCC and To/CC at
 * once, which delivers once); running it again finishes the job. When To would be left empty,
 * the sender goes in To — the usual form of a mail to many (一斉送信) and never an empty To.
 */
import { addressKey } from "../core";
import { planBccMove } from "../core/misdirection/bcc-move-plan";
import type { ComposeItem } from "./compose-item";
import { officeCall } from "./office-call";

export const MAX_PER_CALL = 100;

export interface MoveResult {
  /** Addresses now only in BCC. */
  moved: string[];
  /** Set when the sender was put in To because nobody else was left there. */
  senderInTo?: string;
}

type Field = "to" | "cc" | "bcc";
type Entry = Office.EmailAddressDetails;

function read(item: ComposeItem, field: Field): Promise<Entry[]> {
  return officeCall<Entry[]>(`${field}.getAsync`, (cb) => item[field].getAsync(cb));
}

function asInput(e: Entry): Office.EmailUser {
  return { emailAddress: e.emailAddress, displayName: e.displayName || e.emailAddress };
}

async function addAll(item: ComposeItem, field: Field, entries: Entry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += MAX_PER_CALL) {
    const batch = entries.slice(i, i + MAX_PER_CALL).map(asInput);
    await officeCall<void>(`${field}.addAsync`, (cb) => item[field].addAsync(batch, cb));
  }
}

export class MoveToBccError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MoveToBccError";
  }
}

export async function moveToBcc(item: ComposeItem, addresses: readonly string[], sender: string | undefined): Promise<MoveResult> {
  const [to, cc, bcc] = [await read(item, "to"), await read(item, "cc"), await read(item, "bcc")];
  const plan = planBccMove({ to, cc, bcc }, (e) => e.emailAddress, addresses, Boolean(sender));
  const moving = plan.moving;
  if (moving.length === 0) return { moved: [] };

  // 1. Add to BCC, 2. check they arrived — only then is anything removed.
  await addAll(item, "bcc", plan.addToBcc);
  const after = new Set((await read(item, "bcc")).map((e) => addressKey(e.emailAddress)));
  const missing = moving.filter((e) => !after.has(addressKey(e.emailAddress)));
  if (missing.length > 0) throw new MoveToBccError(`${missing.length} recipient(s) did not arrive in BCC; nothing was removed from To/CC`);

  const { keepTo, keepCc } = plan;
  let senderInTo: string | undefined;
  if (plan.senderToTo && sender) {
    keepTo.push({ emailAddress: sender, displayName: sender, recipientType: "user" } as Entry);
    senderInTo = sender;
  }
  // One setAsync per field is all-or-nothing; more than 100 left would need several calls, and a
  // failure between them would drop people, so that case is left to the user.
  if (keepTo.length > MAX_PER_CALL || keepCc.length > MAX_PER_CALL) {
    throw new MoveToBccError(`more than ${MAX_PER_CALL} recipients stay in To or CC; they were added to BCC but not removed from To/CC`);
  }
  if (keepTo.length !== to.length || senderInTo) await officeCall<void>("to.setAsync", (cb) => item.to.setAsync(keepTo.map(asInput), cb));
  if (keepCc.length !== cc.length) await officeCall<void>("cc.setAsync", (cb) => item.cc.setAsync(keepCc.map(asInput), cb));
  return { moved: moving.map((e) => e.emailAddress), senderInTo };
}
