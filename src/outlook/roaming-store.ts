/**
 * A key-value store inside the mailbox's roaming settings (Office.context.roamingSettings,
 * Mailbox 1.1) — the one store that both the Send handler and the task pane can read on every
 * client: classic Outlook on Windows gives its handler OfficeRuntime.storage but no localStorage,
 * and its task pane no OfficeRuntime.storage (office-js #3312, #6106; Microsoft's answer in
 * office-js #5452 points event handlers to roaming settings for exactly this).
 *
 * SECURITY: what is stored here is stored in the user's Exchange mailbox, and Microsoft says
 * roaming settings are not secure storage (readable through EWS / Extended MAPI). A waiting
 * password notice (password, recipients) is kept here only until it is sent or discarded; then only
 * a password- and recipient-free record stays (shared-store.ts), until its 7-day expiry.
 *
 * Limits as the shipped Office.js has them (dist/outlook-web-16.01.debug.js): the whole settings
 * blob of the add-in is at most 32 × 1024 serialized characters, else saveAsync fails (9019,
 * GenericSettingsError); saveAsync sends the whole in-memory copy, so the last runtime to save
 * wins; and a runtime's copy is loaded once, when it starts (no reload call). So all keys live
 * in ONE setting, this store stays far below the limit (ROAMING_BUDGET_CHARS) and refuses more,
 * and every change is saved at once, its in-memory change undone if the save fails.
 */
import type { DeviceStore } from "./device-store";
import { boundedCall, OfficeCallError } from "./office-call";

/** The setting that holds this store's keys and values. */
export const ROAMING_SETTING = "outboundGuard.notices";

/** Serialized characters this store may use of the add-in's 32 × 1024. */
export const ROAMING_BUDGET_CHARS = 24 * 1024;

export class RoamingStoreError extends Error {
  constructor(
    message: string,
    readonly code: "full" | "save_failed",
  ) {
    super(message);
    this.name = "RoamingStoreError";
  }
}

export interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** Writes of one runtime, one after another: two saves in flight could land in either order. */
const chains = new WeakMap<RoamingSettingsLike, Promise<unknown>>();

function readMap(settings: RoamingSettingsLike): Record<string, string> {
  const raw = settings.get(ROAMING_SETTING);
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) if (typeof v === "string") out[k] = v;
  return out;
}

/** As Office.js measures it: the setting's value serialized, inside the serialized blob. */
export function roamingSize(map: Record<string, string>): number {
  return JSON.stringify(JSON.stringify(map)).length + ROAMING_SETTING.length + 3;
}

/** One save, in a call slot and bounded like every Office call (office-call.ts): a hung save fails. */
async function save(settings: RoamingSettingsLike): Promise<void> {
  let r: Office.AsyncResult<void>;
  try {
    r = await boundedCall<Office.AsyncResult<void>>("roamingSettings.saveAsync", (answer) => settings.saveAsync(answer));
  } catch (err) {
    const why = err instanceof OfficeCallError ? err.officeName : "error";
    throw new RoamingStoreError(`roaming settings not saved (${why})`, "save_failed");
  }
  if (String(r.status) === "failed") throw new RoamingStoreError(`roaming settings not saved (${r.error?.name ?? "error"} ${r.error?.code ?? ""})`.trim(), "save_failed");
}

export function roamingStore(settings: RoamingSettingsLike, budget = ROAMING_BUDGET_CHARS): DeviceStore & { keys(): Promise<string[]> } {
  const change = (apply: (map: Record<string, string>) => void) => {
    const run = async () => {
      const before = readMap(settings);
      const next = { ...before };
      apply(next);
      if (roamingSize(next) > budget && roamingSize(next) > roamingSize(before)) {
        throw new RoamingStoreError(`roaming settings would exceed ${budget} characters`, "full");
      }
      settings.set(ROAMING_SETTING, next);
      try {
        await save(settings);
      } catch (err) {
        // Undo in memory, so a later save of this runtime does not carry a change that failed.
        settings.set(ROAMING_SETTING, before);
        throw err;
      }
    };
    const prev = chains.get(settings) ?? Promise.resolve();
    const next = prev.then(run, run);
    chains.set(settings, next.catch(() => undefined));
    return next;
  };
  return {
    get: async (k) => readMap(settings)[k] ?? null,
    set: (k, v) => change((m) => void (m[k] = v)),
    remove: (k) => (k in readMap(settings) ? change((m) => void delete m[k]) : Promise.resolve()),
    keys: async () => Object.keys(readMap(settings)),
  };
}
