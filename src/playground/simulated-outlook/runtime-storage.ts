/** `OfficeRuntime.storage`: the add-in's key/value store, promise-based, shared by its runtimes. */

export interface SimulatedRuntimeStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
  getItems(keys: string[]): Promise<Record<string, string | null>>;
  setItems(pairs: Record<string, string>): Promise<void>;
  removeItems(keys: string[]): Promise<void>;
  getKeys(): Promise<string[]>;
}

/** OfficeRuntime.storage holds up to 10 MB per domain (characters counted here). */
export const RUNTIME_STORAGE_CHARS = 10 * 1024 * 1024;

export function makeRuntimeStorage(map: Map<string, string>): SimulatedRuntimeStorage {
  const later = <T>(work: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      setTimeout(() => {
        try {
          resolve(work());
        } catch (error) {
          reject(error);
        }
      }, 0);
    });
  const size = (m: Map<string, string>) => [...m].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const write = (pairs: Array<[string, unknown]>) => {
    const next = new Map(map);
    for (const [k, v] of pairs) {
      if (typeof k !== "string" || typeof v !== "string") throw new TypeError("OfficeRuntime.storage keys and values must be strings");
      next.set(k, v);
    }
    if (size(next) > RUNTIME_STORAGE_CHARS) throw new Error("OfficeRuntime.storage: the 10 MB limit would be exceeded");
    map.clear();
    next.forEach((v, k) => map.set(k, v));
  };
  return {
    getItem: (key) => later(() => map.get(key) ?? null),
    setItem: (key, value) => later(() => write([[key, value]])),
    removeItem: (key) => later(() => void map.delete(key)),
    getItems: (keys) => later(() => Object.fromEntries(keys.map((k) => [k, map.get(k) ?? null]))),
    setItems: (pairs) => later(() => write(Object.entries(pairs))),
    removeItems: (keys) => later(() => keys.forEach((k) => map.delete(k))),
    getKeys: () => later(() => [...map.keys()]),
  };
}
