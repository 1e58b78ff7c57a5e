/**
 * `installSimulatedOffice(target, mailbox)`: defines `Office` and `OfficeRuntime` on a global
 * object — `globalThis`, a `vm` context's global, or a browser window — so an unmodified add-in
 * bundle runs against the simulated mailbox.
 */
import type { SimulatedMailbox } from "./mailbox";
import { makeOfficeNamespace, type SimulatedOffice } from "./office-namespace";
import { makeRuntimeStorage, type SimulatedRuntimeStorage } from "./runtime-storage";

export interface SimulatedOfficeRuntime {
  storage: SimulatedRuntimeStorage;
}

export interface Installation {
  Office: SimulatedOffice;
  OfficeRuntime: SimulatedOfficeRuntime;
  /** Removes what was defined (restores nothing else). */
  uninstall(): void;
}

export function installSimulatedOffice(target: object, mailbox: SimulatedMailbox): Installation {
  const office = makeOfficeNamespace(mailbox);
  const runtime: SimulatedOfficeRuntime = { storage: makeRuntimeStorage(mailbox.runtimeStorage) };
  const define = (name: string, value: unknown) =>
    Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
  define("Office", office);
  define("OfficeRuntime", runtime);
  return {
    Office: office,
    OfficeRuntime: runtime,
    uninstall() {
      const t = target as Record<string, unknown>;
      if (t.Office === office) delete t.Office;
      if (t.OfficeRuntime === runtime) delete t.OfficeRuntime;
    },
  };
}
