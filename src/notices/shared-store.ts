/**
 * The queue's store when the handler and the task pane do not share a device store: one SHARED
 * store both can read (the mailbox's roaming settings, src/outlook/roaming-store.ts) and the
 * LOCAL stores this runtime has (OfficeRuntime.storage, localStorage) as second copies.
 *
 * Why second copies: the shared store is one blob that each runtime loads once and saves whole,
 * so a runtime with a stale copy (a task pane opened before the Send; a long-lived classic
 * Outlook event runtime reading old values, office-js #6728) can overwrite a notice the handler
 * has just saved. Reads merge every copy (the union of the lists; per notice the final
 * status wins, else the latest change), and `resync` writes the merged view back to every copy —
 * the handler runs it at each Send, so a notice dropped from the shared store by a stale save is
 * put back from this device's copy, and a notice sent in the task pane is forgotten here too.
 *
 * Fail closed: a write must reach the shared store, or it throws (the Send then stops: nothing
 * leaves without its password where the task pane can read it). Local copies are best effort.
 * Sent and discarded notices are purged from the shared store to a record with no password and no
 * recipients (it only keeps the notice from being issued twice), and only the latest
 * MAX_SHARED_FINAL of those; waiting notices with a password are at most MAX_SHARED_WAITING there.
 */
import { ENTRY_PREFIX, INDEX_KEY, NoticeQueueError, type KeyValueStore } from "./notice-queue";
import { FINAL_STATUSES, parseEntry, parseIndex, type QueueEntry } from "./queue-entry";

/**
 * Waiting notices (with a password) the shared store holds at most. A notice to a few recipients
 * with its Japanese and English text is about 1.6 KB as roaming settings count it, so ten stay
 * near 16 KB of the add-in's 32 KB.
 */
export const MAX_SHARED_WAITING = 10;

/** Sent / discarded records the shared store keeps (about 0.4 KB each); older ones only on devices. */
export const MAX_SHARED_FINAL = 10;

export interface SharedQueueStore extends KeyValueStore {
  /** Writes the merged view to every copy; returns how many copies it changed. Never throws. */
  resync(): Promise<number>;
}

const rank = (e: QueueEntry) => (FINAL_STATUSES.includes(e.status) ? 1 : 0);

/** The better of two copies of one notice: a final status wins, else the later change. */
export function betterEntry(a: QueueEntry | undefined, b: QueueEntry | undefined): QueueEntry | undefined {
  if (!a) return b;
  if (!b) return a;
  if (rank(a) !== rank(b)) return rank(a) > rank(b) ? a : b;
  return b.updatedAt > a.updatedAt ? b : a;
}

/** A final entry as the shared store keeps it: nothing about the recipients, no password. */
export function purged(entry: QueueEntry): QueueEntry {
  const { password: _p, body: _b, bcc: _c, graphMessageId: _g, ...rest } = entry;
  return { ...rest, to: [], subject: "", originalSubject: "", archiveName: "" };
}

const safe = <T>(p: Promise<T>, fallback: T): Promise<T> => p.catch(() => fallback);

export function sharedQueueStore(shared: KeyValueStore, locals: readonly KeyValueStore[]): SharedQueueStore {
  const all = [shared, ...locals];

  const readEntry = async (key: string): Promise<QueueEntry | undefined> => {
    const copies = await Promise.all(all.map((s) => safe(s.get(key), null)));
    return copies.map(parseEntry).reduce<QueueEntry | undefined>(betterEntry, undefined);
  };

  const readIndex = async (): Promise<string[]> => {
    const lists = await Promise.all(all.map((s) => safe(s.get(INDEX_KEY), null)));
    return [...new Set(lists.flatMap(parseIndex))];
  };

  const forShared = (key: string, value: string): string => {
    if (!key.startsWith(ENTRY_PREFIX)) return value;
    const entry = parseEntry(value);
    return entry && FINAL_STATUSES.includes(entry.status) ? JSON.stringify(purged(entry)) : value;
  };

  /** Refuses a new waiting notice when the shared store already holds its share of them. */
  const checkRoom = async (key: string, value: string) => {
    const entry = key.startsWith(ENTRY_PREFIX) ? parseEntry(value) : undefined;
    if (!entry?.password) return;
    const ids = parseIndex(await shared.get(INDEX_KEY)).filter((id) => ENTRY_PREFIX + id !== key);
    const waiting = (await Promise.all(ids.map((id) => shared.get(ENTRY_PREFIX + id)))).map(parseEntry).filter((e) => e?.password);
    if (waiting.length >= MAX_SHARED_WAITING) {
      throw new NoticeQueueError(`${waiting.length} password notices already wait; send or discard some first`, "store_failed");
    }
  };

  /** Drops the oldest sent/discarded records from the shared store beyond MAX_SHARED_FINAL. */
  const trimFinals = async () => {
    const ids = parseIndex(await shared.get(INDEX_KEY));
    const finals: QueueEntry[] = [];
    for (const id of ids) {
      const e = parseEntry(await shared.get(ENTRY_PREFIX + id));
      if (e && FINAL_STATUSES.includes(e.status)) finals.push(e);
    }
    if (finals.length <= MAX_SHARED_FINAL) return;
    const old = finals.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(MAX_SHARED_FINAL);
    for (const e of old) await shared.remove(ENTRY_PREFIX + e.id);
    const gone = new Set(old.map((e) => e.id));
    await shared.set(INDEX_KEY, JSON.stringify(ids.filter((id) => !gone.has(id))));
  };

  /** The shared list names only what the shared store holds (so it does not grow for 7 days). */
  const forSharedIndex = async (value: string): Promise<string> => {
    const ids = parseIndex(value);
    const held = await Promise.all(ids.map(async (id) => (await shared.get(ENTRY_PREFIX + id)) !== null));
    return JSON.stringify(ids.filter((_, i) => held[i]));
  };

  return {
    async get(key) {
      if (key === INDEX_KEY) return JSON.stringify(await readIndex());
      if (key.startsWith(ENTRY_PREFIX)) {
        const best = await readEntry(key);
        return best ? JSON.stringify(best) : null;
      }
      return shared.get(key);
    },
    async set(key, value) {
      await checkRoom(key, value);
      if (key === INDEX_KEY) await shared.set(key, await forSharedIndex(value));
      else await shared.set(key, forShared(key, value));
      await Promise.all(locals.map((s) => safe(s.set(key, value), undefined)));
      // Best effort: a failure here leaves one record too many, never loses a waiting notice.
      if (key.startsWith(ENTRY_PREFIX)) await trimFinals().catch(() => undefined);
    },
    async remove(key) {
      await shared.remove(key);
      await Promise.all(locals.map((s) => safe(s.remove(key), undefined)));
    },
    async resync() {
      let changed = 0;
      const ids = await readIndex();
      for (const id of ids) {
        const key = ENTRY_PREFIX + id;
        const best = await readEntry(key);
        if (!best) continue;
        const value = JSON.stringify(best);
        const final = FINAL_STATUSES.includes(best.status);
        for (const store of all) {
          const want = store === shared ? forShared(key, value) : value;
          const have = await safe(store.get(key), null);
          if (have === want) continue;
          // A settled notice goes to the shared store only to overrule a waiting copy there.
          if (store === shared && final && !parseEntry(have)) continue;
          const ok = await store.set(key, want).then(() => true, () => false);
          if (ok) changed++;
        }
      }
      for (const store of all) {
        const index = store === shared ? await safe(forSharedIndex(JSON.stringify(ids)), "[]") : JSON.stringify(ids);
        const have = parseIndex(await safe(store.get(INDEX_KEY), null));
        if (parseIndex(index).every((id) => have.includes(id))) continue;
        if (await store.set(INDEX_KEY, index).then(() => true, () => false)) changed++;
      }
      return changed;
    },
  };
}
