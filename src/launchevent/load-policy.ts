/**
 * The policy, live: fetched from the add-in's own host at Send with a short timeout, so an admin
 * changes policy without redeploying. The last good copy is kept on the device; with neither, the
 * built-in defaults apply — and the alert says so whenever the policy in force is not the served one.
 */
import { defaultPolicy, parsePolicy, validatePolicy, type Policy } from "../core";
import type { DeviceStore } from "../outlook/device-store";

export const POLICY_TIMEOUT_MS = 3000;
const CACHE_KEY = "outboundGuard.policy";

export type PolicySourceKind = "served" | "cached" | "defaults";

export interface LoadedPolicy {
  policy: Policy;
  source: PolicySourceKind;
  /** Why the served policy was not used (unreachable, invalid with its field errors). */
  problem?: string;
}

export type FetchLike = (url: string, init?: { cache?: string }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

function timeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

export async function loadPolicy(url: string, fetchFn: FetchLike | undefined, store: DeviceStore, ms = POLICY_TIMEOUT_MS): Promise<LoadedPolicy> {
  let problem: string;
  try {
    if (!fetchFn) throw new Error("this client cannot fetch");
    const response = await timeout(fetchFn(url, { cache: "no-cache" }), ms);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await timeout(response.text(), ms);
    const parsed = parsePolicy(text);
    if (parsed.ok) {
      store.set(CACHE_KEY, text).catch(() => undefined);
      return { policy: parsed.policy, source: "served" };
    }
    problem = `invalid policy: ${parsed.errors.join("; ")}`;
  } catch (err) {
    problem = `policy not loaded: ${err instanceof Error ? err.message : String(err)}`;
  }
  const cached = await store.get(CACHE_KEY).catch(() => null);
  if (cached) {
    try {
      const r = validatePolicy(JSON.parse(cached));
      if (r.ok) return { policy: r.policy, source: "cached", problem };
    } catch {
      /* a damaged cache is as good as none */
    }
  }
  return { policy: defaultPolicy(), source: "defaults", problem };
}
