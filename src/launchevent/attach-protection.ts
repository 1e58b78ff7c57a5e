/**
 * Attach-time protection (issue 11): when a file is attached to a message whose policy wants its
 * attachments encrypted now — `attachments.protect: "always"`, or external recipients already on
 * it (`"external"`, per-partner profiles included) — the files are replaced by the encrypted ZIP at
 * once, so the Send only has to check (Microsoft suggests OnMessageAttachmentsChanged for such
 * work: the Send alert says "taking longer than expected" after 5 s).
 *
 * Why replace at once rather than keep a ready archive: the attach event and the Send are separate
 * runtime invocations and item.sessionData holds 50,000 characters, so there is nowhere to keep
 * a 25 MB archive in between. The replacement is the Send path's own flow
 * (src/outlook/protect-attachments.ts): read, scan, password saved ahead, add, read back, only then
 * remove the originals — so "never lose a file" holds here exactly as at Send.
 *
 * - One run at a time in this runtime: several files attached at once raise several events that
 *   may overlap; each run re-reads the whole attachment list (events get lost when several files
 *   are attached at once: office-js#4944, #4539) and loops until nothing is left to do.
 * - A file added later goes into a further archive with the same password (attachments-2.zip…),
 *   as at Send, for the same reasons (protect-attachments-step.ts): the complete, confirmed archive
 *   is never read back and rewritten while the files exist only inside it.
 * - Whatever fails here is left on the message for the Send, whose path is unchanged and fails
 *   closed; nothing here can let a file leave unprotected.
 */
import { pickLanguage, type Language, type MessageDraft, type Policy } from "../core";
import { attachmentContent, MAX_SCANNED_BYTES, wantsAttachmentContents } from "../core/pii";
import { carryFindings, fitsCarry, type CarriedFindings } from "../core/protect-check/carried-findings";
import { readProtectMemory, withProtectMemory, type ProtectMemory } from "../core/protect-check/memory";
import { encryptionLabel, pt } from "../core/protect-check/messages";
import { planProtection, type ProtectionPlan } from "../core/protect-check/plan";
import { generateArchivePassword } from "../core/protect";
import { externalFor } from "../core/review/review";
import { currentComposeItem, type ComposeItem } from "../outlook/compose-item";
import type { HandlerRun } from "../outlook/handler-run";
import { deviceStore } from "../outlook/device-store";
import { displayLanguage } from "../outlook/display-language";
import { removeInfoBar, showInfoBar, showProgressBar, type NotifiableItem } from "../outlook/info-bar";
import { protectAttachments } from "../outlook/protect-attachments";
import { readAttachments, readRecipients } from "../outlook/read-draft";
import { loadState, saveState, type StoredState } from "../outlook/session-state";
import { loadPolicy, type FetchLike } from "./load-policy";
import { policyUrl } from "./policy-url";

export const ATTACH_INFO_BAR_KEY = "outboundGuardProtect";
/** Rounds of "re-read the list, protect what is new" before leaving the rest to the next event or the Send. */
const MAX_ROUNDS = 5;

let tail: Promise<void> = Promise.resolve();
/** The run queued behind the running one, if any. */
let waiting: { readonly expired: boolean } | undefined;

/**
 * One change of the item at a time in this runtime: an attach-time run, or a Send. Resolves with
 * the function that gives the turn to the next one. Without it, a Send pressed before the attach
 * events arrived would zip the same files as the late run, each with its own new password.
 */
export function takeTurn(run?: HandlerRun): Promise<() => void> {
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const before = tail;
  tail = before.then(() => mine);
  // While it holds the turn, the Office.js calls made are this run's: refused once it expires (handler-run.ts).
  return before.then(() => {
    run?.enter();
    return () => {
      run?.leave();
      release();
    };
  });
}

/**
 * Queues one protection run for the current item (at most one waits behind the running one: it
 * re-reads everything anyway — unless its budget ran out while it waited: it will do nothing, so
 * the new event's run queues too). Resolves when that run is over; never rejects.
 */
export async function protectAttachedFiles(run?: HandlerRun): Promise<void> {
  if (waiting && !waiting.expired) return;
  const me = run ?? { expired: false };
  waiting = me;
  const release = await takeTurn(run);
  if (waiting === me) waiting = undefined;
  try {
    await runRounds();
  } catch {
    // Left for the Send, whose path is unchanged.
  } finally {
    release();
  }
}

/** What one round decided, for the info bar. */
type RoundResult = { kind: "nothing" } | { kind: "protected"; archive: string; count: number; encryption: string } | { kind: "failed" } | { kind: "mismatch"; archive: string; made: string; needed: string };

async function runRounds(): Promise<void> {
  const item = currentComposeItem();
  const lang = pickLanguage(displayLanguage());
  const fetchFn = typeof fetch === "function" ? (fetch.bind(globalThis) as unknown as FetchLike) : undefined;
  const { policy } = await loadPolicy(policyUrl(), fetchFn, deviceStore());
  const bar = item as unknown as NotifiableItem;
  let progressShown = false;
  let last: RoundResult = { kind: "nothing" };
  let total = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = await oneRound(item, policy, async () => {
      if (progressShown || !bar.notificationMessages) return;
      progressShown = true;
      await showProgressBar(bar, ATTACH_INFO_BAR_KEY, pt(lang, "attachProtecting")).catch(() => undefined);
    });
    if (result.kind === "protected") {
      total += result.count;
      last = { ...result, count: total };
      continue;
    }
    if (result.kind !== "nothing") last = result;
    break;
  }
  if (!bar.notificationMessages) return;
  if (last.kind === "nothing") {
    if (progressShown) await removeInfoBar(bar, ATTACH_INFO_BAR_KEY);
    return;
  }
  await showInfoBar(bar, ATTACH_INFO_BAR_KEY, barText(lang, last)).catch(() => undefined);
}

function barText(lang: Language, r: Exclude<RoundResult, { kind: "nothing" }>): string {
  if (r.kind === "protected") return pt(lang, "attachProtected", { count: r.count, archive: r.archive, encryption: encryptionLabel(r.encryption) });
  if (r.kind === "mismatch") return pt(lang, "attachMismatch", { archive: r.archive, made: encryptionLabel(r.made), needed: encryptionLabel(r.needed) });
  return pt(lang, "attachFailed");
}

async function oneRound(item: ComposeItem, policy: Policy, beforeWork: () => Promise<void>): Promise<RoundResult> {
  const [who, attachments, state] = await Promise.all([readRecipients(item), readAttachments(item), loadState(item)]);
  // Nowhere to keep the password (shared mailbox or delegated folder): leave it to the Send.
  if (state.memoryRefused) return { kind: "nothing" };
  const draft: MessageDraft = { subject: "", body: "", ...who, attachments };
  const memory = readProtectMemory(state);
  const plan = planProtection(draft, policy, externalFor(draft, policy), memory);
  await forgetRemovedArchives(item, state, memory, plan);

  // ZipCrypto made for earlier recipients, AES-256 needed now: only the user can fix it (the Send blocks it too).
  const mismatch = plan.applies && plan.encryption === "aes256" ? plan.present.find((p) => p.record.encryption === "zipcrypto") : undefined;
  if (mismatch) return { kind: "mismatch", archive: mismatch.record.name, made: mismatch.record.encryption, needed: plan.encryption };
  // Not now: no policy reason yet (recipients may come later), a profile that zips nothing
  // (`none`, `block`), more than Outlook can take, or nothing new. The Send decides those.
  if (!plan.applies || plan.tooLarge || plan.files.length === 0) return { kind: "nothing" };

  await beforeWork();
  const withMemory = (m: ProtectMemory | undefined): StoredState => withProtectMemory(state, m);
  const flow = await protectAttachments({
    item,
    plan,
    memory,
    newPassword: () => generateArchivePassword(plan.profile.passwordLength),
    bytes: new Map(),
    persist: async (m) => {
      // Another runtime (classic Outlook may run each event in its own) changed the record since
      // this round read it: write nothing over its password; the Send sorts the files out.
      const now = readProtectMemory(await loadState(item));
      if (JSON.stringify(now ?? null) !== JSON.stringify(memory ?? null)) throw new Error("protection record changed by another run");
      await saveState(item, withMemory(m));
    },
    scan: (files) => scanForSend(files, policy),
  });
  // The archive confirmed: say so in the state (a failed save leaves it pending, which the Send confirms).
  if (flow.archived && flow.memory) await saveState(item, withMemory(flow.memory)).catch(() => undefined);
  if (!flow.archived || flow.failure || flow.stillAttached.length > 0) return { kind: "failed" };
  return { kind: "protected", archive: flow.archived.name, count: flow.archived.files.length, encryption: flow.archived.encryption };
}

/** The personal-data scan the Send will not repeat, in the form kept beside the archive. */
async function scanForSend(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>, policy: Policy): Promise<CarriedFindings | undefined> {
  if (!wantsAttachmentContents(policy)) return { groups: [], unreadable: [] };
  const contents = [];
  // As the Send's attachment-text step: a file over the scan limit is named unread, never scanned in part.
  for (const f of files) contents.push(f.bytes.length > MAX_SCANNED_BYTES ? { name: f.name, unreadable: "too_large" } : await attachmentContent(f.name, f.bytes));
  const carried = carryFindings(contents, policy);
  return fitsCarry(carried) ? carried : undefined;
}

/**
 * The user removed one of our archives: forget its record (and, with none left, the password and
 * the notice — nothing attached needs them). Records written ahead and not yet seen stay: their
 * add may still be on its way.
 */
async function forgetRemovedArchives(item: ComposeItem, state: StoredState, memory: ProtectMemory | undefined, plan: ProtectionPlan): Promise<void> {
  if (!memory) return;
  const present = new Set(plan.present.map((p) => p.record));
  const kept = memory.archives.filter((r) => !r.confirmed || present.has(r));
  if (kept.length === memory.archives.length) return;
  const next = kept.length > 0 ? { ...memory, archives: kept } : undefined;
  await saveState(item, withProtectMemory(state, next)).catch(() => undefined);
}
