/**
 * The password-notice queue. Storage is whatever key-value store the caller passes — in Outlook
 * `noticeStore()` (src/outlook/notice-store.ts): the mailbox's roaming settings, which the Send
 * handler and the task pane of every client can both read, with this runtime's device stores as
 * second copies (shared-store.ts) — this folder imports only core, so the store is a parameter.
 *
 * Two runtimes (the Send handler and the task pane) write the same store, and it has no
 * transactions. So: one key per notice (a change to one notice never rewrites another), a final
 * status (sent, discarded) is never overwritten, and the list of ids is rewritten with
 * read-merge-write then read back and repaired until it holds the id — a concurrent writer can
 * delay an id's listing, not lose it. Inside one runtime the writes are also serialised.
 */
import type { PasswordNotice } from "../core/notice/password-notice";
import { entryFromNotice, FINAL_STATUSES, parseEntry, parseIndex, withStatus, type FallbackReason, type NoticeStatus, type QueueEntry } from "./queue-entry";

/** Structurally the same as src/outlook/device-store.ts's DeviceStore. */
export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
}

export const INDEX_KEY = "outboundGuard.notices.index";
export const ENTRY_PREFIX = "outboundGuard.notice.";
const INDEX_REPAIR_ATTEMPTS = 5;

export class NoticeQueueError extends Error {
  constructor(
    message: string,
    readonly code: "not_found" | "final" | "store_failed",
  ) {
    super(message);
    this.name = "NoticeQueueError";
  }
}

export interface QueueOptions {
  now?: () => number;
}

export class NoticeQueue {
  private readonly now: () => number;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore,
    options: QueueOptions = {},
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Runs write operations of this runtime one after another. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private iso(): string {
    return new Date(this.now()).toISOString();
  }

  private expired(entry: QueueEntry): boolean {
    return Date.parse(entry.expiresAt) <= this.now();
  }

  private async readIndex(): Promise<string[]> {
    return parseIndex(await this.store.get(INDEX_KEY));
  }

  /** Adds `id` to the list and reads back until another runtime's write has not dropped it. */
  private async ensureListed(id: string): Promise<void> {
    for (let attempt = 0; attempt < INDEX_REPAIR_ATTEMPTS; attempt++) {
      const ids = await this.readIndex();
      if (ids.includes(id)) return;
      await this.store.set(INDEX_KEY, JSON.stringify([...ids, id]));
      // Let a concurrent writer's set land before checking.
      await new Promise((r) => setTimeout(r, attempt * 5));
    }
    const ids = await this.readIndex();
    if (!ids.includes(id)) throw new NoticeQueueError("the notice list could not be updated on this device", "store_failed");
  }

  /** The entry for a notice id, expired or not (undefined when there is none or it is unreadable). */
  async get(id: string): Promise<QueueEntry | undefined> {
    return parseEntry(await this.store.get(ENTRY_PREFIX + id));
  }

  /** Every entry not yet expired, oldest first. Reading never writes. */
  async list(): Promise<QueueEntry[]> {
    const ids = await this.readIndex();
    const entries = await Promise.all(ids.map((id) => this.get(id)));
    return entries
      .filter((e): e is QueueEntry => e !== undefined && !this.expired(e))
      .map((e) => this.settleByTime(e))
      .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  }

  /** The notices a person still has to send (pending and held). */
  async waiting(): Promise<QueueEntry[]> {
    return (await this.list()).filter((e) => e.status === "pending" || e.status === "held");
  }

  /** A Graph-scheduled notice whose send time has passed has left: show it as sent. */
  private settleByTime(e: QueueEntry): QueueEntry {
    return e.status === "scheduled" && Date.parse(e.sendAt) <= this.now() ? { ...e, status: "sent" } : e;
  }

  private async write(entry: QueueEntry): Promise<QueueEntry> {
    await this.store.set(ENTRY_PREFIX + entry.id, JSON.stringify(entry));
    await this.ensureListed(entry.id);
    return entry;
  }

  /**
   * Puts a notice in the queue in `status` (held, pending or scheduled), replacing a non-final
   * entry of the same id. A final entry (sent, discarded) is never replaced: it is returned as is.
   */
  put(notice: PasswordNotice, status: Exclude<NoticeStatus, "sent" | "discarded">, extra: { fallback?: FallbackReason; graphMessageId?: string; uncertain?: boolean } = {}): Promise<QueueEntry> {
    return this.serial(async () => {
      const existing = await this.get(notice.id);
      if (existing && FINAL_STATUSES.includes(existing.status)) return existing;
      const entry = entryFromNotice(notice, status, this.iso(), extra);
      if (existing) entry.queuedAt = existing.queuedAt;
      return this.write(entry);
    });
  }

  private transition(id: string, status: NoticeStatus, allowedFrom: readonly NoticeStatus[]): Promise<QueueEntry> {
    return this.serial(async () => {
      const existing = await this.get(id);
      if (!existing) throw new NoticeQueueError(`no password notice ${id} on this device`, "not_found");
      if (existing.status === status) return existing;
      if (!allowedFrom.includes(existing.status)) {
        throw new NoticeQueueError(`password notice ${id} is already ${existing.status}`, "final");
      }
      // Settled while only held: remembered, so a later allowed Send of that item issues it anew.
      const heldOnly = existing.status === "held" && FINAL_STATUSES.includes(status);
      return this.write(withStatus(existing, status, this.iso(), heldOnly ? { settledWhileHeld: true } : {}));
    });
  }

  /** The sender sent it (from the task pane). The password is forgotten. */
  markSent(id: string): Promise<QueueEntry> {
    return this.transition(id, "sent", ["held", "pending", "scheduled"]);
  }

  /** The sender threw it away, or its Graph copy was cancelled. The password is forgotten. */
  discard(id: string): Promise<QueueEntry> {
    return this.transition(id, "discarded", ["held", "pending", "scheduled"]);
  }

  /**
   * Removes entries past their expiry (7 days after the notice was made) and their ids from the
   * list. Only ids whose entry is gone are dropped, so a notice being added meanwhile survives.
   */
  prune(): Promise<number> {
    return this.serial(async () => {
      const ids = await this.readIndex();
      let removed = 0;
      const keep: string[] = [];
      for (const id of ids) {
        const raw = await this.store.get(ENTRY_PREFIX + id);
        const entry = parseEntry(raw);
        if (entry && !this.expired(entry)) {
          keep.push(id);
          continue;
        }
        if (raw !== null) await this.store.remove(ENTRY_PREFIX + id);
        removed++;
      }
      if (removed > 0) {
        // Merge with what another runtime may have listed since we read.
        const latest = await this.readIndex();
        const gone = new Set(ids.filter((id) => !keep.includes(id)));
        await this.store.set(INDEX_KEY, JSON.stringify(latest.filter((id) => !gone.has(id))));
      }
      return removed;
    });
  }
}
