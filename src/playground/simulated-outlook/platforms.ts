/**
 * Which client-side stores each runtime of the add-in gets, per Outlook client. The Send handler
 * and the task pane are separate runtimes; what they can share decides where a password notice
 * must be kept so the task pane finds it.
 *
 * - Classic Outlook on Windows ("PC"): the event handler runs in the JavaScript-only runtime — no
 *   localStorage, no cookies (learn.microsoft.com/office/dev/add-ins/testing/runtimes; office-js
 *   #1977, #2177) but OfficeRuntime.storage; the task pane is a browser runtime without
 *   OfficeRuntime.storage (office-js #3312; #6106 on a send handler).
 * - Outlook on the web and new Outlook on Windows: the handler runs in a browser runtime whose
 *   localStorage access is denied ("Access is denied for this document", office-js #2177); no
 *   OfficeRuntime.storage in Outlook (#3312, office-js-docs-pr #1906).
 * - Outlook on Mac: browser runtimes; nothing documents that the handler and the task pane share
 *   localStorage, so each is given its own here.
 * In all four the mailbox's roamingSettings is the store both runtimes can read.
 */

export type LocalStorageAccess = "none" | "denied" | "own" | "shared";

export interface RuntimeStores {
  runtimeStorage: boolean;
  localStorage: LocalStorageAccess;
}

export interface PlatformProfile {
  handler: RuntimeStores;
  taskpane: RuntimeStores;
}

export type PlatformName = "PC" | "Mac" | "OfficeOnline" | "NewOutlook";

export const PLATFORM_PROFILES: Record<PlatformName, PlatformProfile> = {
  PC: { handler: { runtimeStorage: true, localStorage: "none" }, taskpane: { runtimeStorage: false, localStorage: "own" } },
  Mac: { handler: { runtimeStorage: false, localStorage: "own" }, taskpane: { runtimeStorage: false, localStorage: "own" } },
  OfficeOnline: { handler: { runtimeStorage: false, localStorage: "denied" }, taskpane: { runtimeStorage: false, localStorage: "own" } },
  NewOutlook: { handler: { runtimeStorage: false, localStorage: "denied" }, taskpane: { runtimeStorage: false, localStorage: "own" } },
};

/** New Outlook on Windows reports hostName "newOutlookWindows" (Office.context.mailbox.diagnostics). */
export function platformOf(settings: { platform: string; hostName: string }): PlatformName {
  if (settings.hostName === "newOutlookWindows") return "NewOutlook";
  if (settings.platform === "PC" || settings.platform === "Mac") return settings.platform;
  return "OfficeOnline";
}

/** A Web Storage object over a map (getItem/setItem/removeItem/clear/key/length). */
export function makeWebStorage(map: Map<string, string>): Storage {
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(String(k)) ?? null,
    setItem: (k: string, v: string) => void map.set(String(k), String(v)),
    removeItem: (k: string) => void map.delete(String(k)),
    clear: () => map.clear(),
  } as Storage;
}

/** What reading `localStorage` throws in OWA's event runtime (office-js #2177). */
export function localStorageDenied(): Error {
  const error = new Error("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.");
  error.name = "SecurityError";
  return error;
}
