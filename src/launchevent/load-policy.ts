/**
 * The policy, live: fetched from the add-in's own host at Send with a short timeout, so an admin
 * changes policy without redeploying. The last good copy is kept on the device; with neither, the
 * built-in defaults apply. Whenever the policy in force is not the served one, an alert shown for
 * the Send says so and why (policyNote); a Send that needs no alert is not stopped just for that.
 */
import { defaultPolicy, parsePolicy, t, validatePolicy, type Language, type Policy } from "../core";
import type { DeviceStore } from "../outlook/device-store";

export const POLICY_TIMEOUT_MS = 3000;
const CACHE_KEY = "outboundGuard.policy";

export type PolicySourceKind = "served" | "cached" | "defaults";

export interface LoadedPolicy {
  policy: Policy;
  source: PolicySourceKind;
  /** Why the served policy was not used (unreachable, invalid with its field errors). */
  problem?: string;
  /**
   * What kind of problem: the server did not hand a policy over ("unreachable": no answer, an
   * HTTP error), or it did and the policy has an error in it ("invalid": not JSON, a wrong field).
   * The user is told which, since only the second is IT's policy file to fix.
   */
  cause?: "unreachable" | "invalid";
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
  let cause: LoadedPolicy["cause"] = "unreachable";
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
    // The first error names the field; the alert has room for one.
    const more = parsed.errors.length > 1 ? ` (+${parsed.errors.length - 1})` : "";
    problem = `invalid: ${parsed.errors[0]}${more}`;
    cause = "invalid";
  } catch (err) {
    problem = err instanceof Error ? err.message : String(err);
  }
  const cached = await store.get(CACHE_KEY).catch(() => null);
  if (cached) {
    try {
      const r = validatePolicy(JSON.parse(cached));
      if (r.ok) return { policy: r.policy, source: "cached", problem, cause };
    } catch {
      /* a damaged cache is as good as none */
    }
  }
  return { policy: defaultPolicy(), source: "defaults", problem, cause };
}

/**
 * The alert line saying which policy was used instead of the served one, and why (could not be
 * loaded, or has an error); none when it was served: one plain sentence in the user's language.
 * The technical reason (a timeout, a field path) is not for the user; it goes to the task pane's
 * last review (policyDetail) for IT.
 */
export function policyNote(lang: Language, loaded: LoadedPolicy): string | undefined {
  if (loaded.source === "served" || !loaded.problem) return undefined;
  const cached = loaded.source === "cached";
  if (loaded.cause === "invalid") return t(lang, cached ? "policyInvalidCachedPlain" : "policyInvalidDefaultsPlain");
  return t(lang, cached ? "policyCachedPlain" : "policyFallbackPlain");
}

/** The technical reason the served policy was not used, for the last review's detail. */
export function policyDetail(loaded: LoadedPolicy): string | undefined {
  if (loaded.source === "served" || !loaded.problem) return undefined;
  return `policy (${loaded.source}): ${loaded.problem}`;
}
