/**
 * The Graph connection for the policy's passwordNotice.graph settings: NAA tokens against
 * graph.microsoft.com, or — in the playground and tests only — the loopback override. With no
 * clientId in the policy, no fetch in the runtime, or no way to load the sign-in (classic Outlook's
 * DOM-less runtime, see naa-token-loader.ts), there is no connection and the reason says why.
 */
import type { GraphClock, GraphFetch } from "./graph-client";
import { GRAPH_BASE_URL, graphOverride } from "./graph-endpoint";
import type { GraphPort } from "./graph-sender";
import { lazyNaaTokenSource, signInLoadable } from "./naa-token-loader";
import type { FallbackReason } from "./queue-entry";

/** At Send the whole Graph delivery, retries included, stays within this (Outlook says "taking longer" at 5 s). */
export const SEND_BUDGET_MS = 4000;

export const realClock: GraphClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface GraphSettings {
  clientId?: string;
  authority?: string;
}

export function graphPortFor(
  settings: GraphSettings | undefined,
  fetchFn: GraphFetch | undefined,
  options: { budgetMs?: number; clock?: GraphClock; global?: object; canLoadSignIn?: boolean } = {},
): GraphPort | { unavailable: FallbackReason } {
  if (!settings?.clientId) return { unavailable: "no_client_id" };
  if (!fetchFn) return { unavailable: "unreachable" };
  const override = graphOverride(options.global);
  const base = { fetch: fetchFn, clock: options.clock ?? realClock, budgetMs: options.budgetMs ?? SEND_BUDGET_MS };
  if (override) {
    return { ...base, baseUrl: override.baseUrl, getToken: async () => override.token };
  }
  if (!(options.canLoadSignIn ?? signInLoadable(options.global))) return { unavailable: "signin_unavailable" };
  return {
    ...base,
    baseUrl: GRAPH_BASE_URL,
    getToken: lazyNaaTokenSource({ clientId: settings.clientId, authority: settings.authority ?? "https://login.microsoftonline.com/organizations" }),
  };
}
