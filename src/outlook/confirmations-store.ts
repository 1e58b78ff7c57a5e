/**
 * What this user confirmed before (look-alike domains, organisation ↔ domain), kept per device
 * and per mailbox in the DeviceStore. A store that cannot be read counts as nothing remembered.
 */
import { mergeConfirmations, parseConfirmations, type Confirmations } from "../core/misdirection";
import type { DeviceStore } from "./device-store";

export function confirmationsKey(user: string | undefined): string {
  return `outboundGuard.misdirection.confirmed.${(user ?? "").trim().toLowerCase() || "default"}`;
}

export async function loadConfirmations(store: DeviceStore, user: string | undefined): Promise<Confirmations> {
  const raw = await store.get(confirmationsKey(user)).catch(() => null);
  return parseConfirmations(raw);
}

/** Adds to what is stored; writes only when something is new. */
export async function rememberConfirmations(store: DeviceStore, user: string | undefined, added: Confirmations): Promise<boolean> {
  const { merged, changed } = mergeConfirmations(await loadConfirmations(store, user), added);
  if (changed) await store.set(confirmationsKey(user), JSON.stringify(merged));
  return changed;
}
