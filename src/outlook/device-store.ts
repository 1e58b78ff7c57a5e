/**
 * A small key-value store on this device, the same interface on every client: classic Outlook's
 * event runtime has OfficeRuntime.storage but no localStorage; the web has localStorage; anything
 * else (tests, a locked-down browser) gets memory only, which lasts as long as the runtime.
 */

export interface DeviceStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
}

declare const OfficeRuntime: { storage?: { getItem(k: string): Promise<string | null>; setItem(k: string, v: string): Promise<void>; removeItem(k: string): Promise<void> } } | undefined;

export function memoryStore(): DeviceStore {
  const map = new Map<string, string>();
  return {
    get: async (k) => map.get(k) ?? null,
    set: async (k, v) => void map.set(k, v),
    remove: async (k) => void map.delete(k),
  };
}

let chosen: DeviceStore | undefined;

/** localStorage, or undefined where reading it throws (OWA's event runtime: "Access is denied", office-js #2177). */
function readLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage !== "undefined" && localStorage ? localStorage : undefined;
  } catch {
    return undefined;
  }
}

export function deviceStore(): DeviceStore {
  if (chosen) return chosen;
  const runtimeStorage = typeof OfficeRuntime !== "undefined" ? OfficeRuntime?.storage : undefined;
  if (runtimeStorage) {
    chosen = {
      get: (k) => runtimeStorage.getItem(k),
      set: (k, v) => runtimeStorage.setItem(k, v),
      remove: (k) => runtimeStorage.removeItem(k),
    };
  } else if (readLocalStorage()) {
    const ls = readLocalStorage() as Storage;
    chosen = {
      get: async (k) => ls.getItem(k),
      set: async (k, v) => ls.setItem(k, v),
      remove: async (k) => ls.removeItem(k),
    };
  } else {
    chosen = memoryStore();
  }
  return chosen;
}
