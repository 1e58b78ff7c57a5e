/**
 * `installSimulatedOffice(target, mailbox)`: defines `Office` and `OfficeRuntime` on a global
 * object — `globalThis`, a `vm` context's global, or a browser window — so an unmodified add-in
 * bundle runs against the simulated mailbox. Each installation is one runtime instance: it loads
 * its own copy of the mailbox's roamingSettings.
 *
 * With `runtime` ("handler" or "taskpane"), the client-side stores follow the mailbox's platform
 * (platforms.ts): OfficeRuntime only where that runtime has it, and `localStorage` absent, denied,
 * the runtime's own, or shared. Without it, OfficeRuntime is always defined and localStorage is
 * left as the target has it.
 */
import type { SimulatedMailbox } from "./mailbox";
import { makeOfficeNamespace, type SimulatedOffice } from "./office-namespace";
import { localStorageDenied, makeWebStorage, PLATFORM_PROFILES, platformOf } from "./platforms";
import { makeRuntimeStorage, type SimulatedRuntimeStorage } from "./runtime-storage";

export interface SimulatedOfficeRuntime {
  storage: SimulatedRuntimeStorage;
}

export interface InstallOptions {
  runtime?: "handler" | "taskpane";
}

export interface Installation {
  Office: SimulatedOffice;
  /** Undefined where this runtime has no OfficeRuntime.storage. */
  OfficeRuntime: SimulatedOfficeRuntime;
  /** Removes what was defined (restores nothing else). */
  uninstall(): void;
}

export function installSimulatedOffice(target: object, mailbox: SimulatedMailbox, options: InstallOptions = {}): Installation {
  const office = makeOfficeNamespace(mailbox);
  const stores = options.runtime ? PLATFORM_PROFILES[platformOf(mailbox.settings)][options.runtime] : undefined;
  const runtime: SimulatedOfficeRuntime | undefined = !stores || stores.runtimeStorage ? { storage: makeRuntimeStorage(mailbox.runtimeStorage) } : undefined;
  const defined: string[] = [];
  const define = (name: string, descriptor: PropertyDescriptor) => {
    Object.defineProperty(target, name, { configurable: true, enumerable: false, ...descriptor });
    defined.push(name);
  };
  define("Office", { value: office, writable: true });
  if (runtime) define("OfficeRuntime", { value: runtime, writable: true });
  else define("OfficeRuntime", { value: undefined, writable: true });
  if (stores) {
    const access = stores.localStorage;
    if (access === "none") define("localStorage", { value: undefined, writable: true });
    else if (access === "denied")
      define("localStorage", {
        get() {
          throw localStorageDenied();
        },
      });
    else define("localStorage", { value: makeWebStorage(access === "shared" ? mailbox.sharedLocalStorage : new Map()), writable: true });
  }
  return {
    Office: office,
    OfficeRuntime: runtime as SimulatedOfficeRuntime,
    uninstall() {
      const t = target as Record<string, unknown>;
      for (const name of defined) delete t[name];
    },
  };
}
