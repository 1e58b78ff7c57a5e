/**
 * Where this runtime keeps the password-notice queue: the mailbox's roaming settings (shared by
 * the Send handler and the task pane on every client) with this runtime's own stores
 * (OfficeRuntime.storage, localStorage) as second copies — see src/notices/shared-store.ts.
 * Without roaming settings (a test page, an old client) the device store alone, as before.
 * `scope` is the global object to look in (another runtime instance in tests).
 */
import { sharedQueueStore, type KeyValueStore, type SharedQueueStore } from "../notices";
import { deviceStore, memoryStore, type DeviceStore } from "./device-store";
import { roamingStore, type RoamingSettingsLike } from "./roaming-store";

interface StoreScope {
  Office?: { context?: { roamingSettings?: RoamingSettingsLike } };
  OfficeRuntime?: { storage?: { getItem(k: string): Promise<string | null>; setItem(k: string, v: string): Promise<void>; removeItem(k: string): Promise<void> } };
  localStorage?: Storage;
}

/** The runtime's own stores, each one only if it can really be used here. */
export function localStores(scope: StoreScope): DeviceStore[] {
  const out: DeviceStore[] = [];
  const runtimeStorage = scope.OfficeRuntime?.storage;
  if (runtimeStorage) out.push({ get: (k) => runtimeStorage.getItem(k), set: (k, v) => runtimeStorage.setItem(k, v), remove: (k) => runtimeStorage.removeItem(k) });
  let ls: Storage | undefined;
  try {
    // Reading it throws in OWA's event runtime ("Access is denied", office-js #2177).
    ls = scope.localStorage ?? undefined;
  } catch {
    ls = undefined;
  }
  if (ls) {
    const s = ls;
    out.push({ get: async (k) => s.getItem(k), set: async (k, v) => s.setItem(k, v), remove: async (k) => s.removeItem(k) });
  }
  return out;
}

function roamingOf(scope: StoreScope): RoamingSettingsLike | undefined {
  try {
    const r = scope.Office?.context?.roamingSettings;
    return r && typeof r.get === "function" && typeof r.saveAsync === "function" ? r : undefined;
  } catch {
    return undefined;
  }
}

export function noticeStore(scope: StoreScope = globalThis as unknown as StoreScope): KeyValueStore & Partial<Pick<SharedQueueStore, "resync">> {
  const roaming = roamingOf(scope);
  if (!roaming) return (scope as unknown) === globalThis ? deviceStore() : (localStores(scope)[0] ?? memoryStore());
  return sharedQueueStore(roamingStore(roaming), localStores(scope));
}
