/**
 * The policy server, simulated in the page: `window.fetch` for any URL ending in `policy.json`
 * answers with the policy editor's text exactly as typed (invalid JSON included, so the handler's
 * own fallback is what shows). Every other request goes to the real fetch.
 */

export type PolicyServerMode = "serve" | "404" | "hang";

export interface FetchRecord {
  url: string;
  /** "200", "404", or "no answer". */
  outcome: string;
}

export interface PolicyServer {
  mode: PolicyServerMode;
  readonly requests: FetchRecord[];
}

function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === "string") return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

export function isPolicyUrl(url: string): boolean {
  const path = url.split(/[?#]/)[0];
  return path.endsWith("policy.json");
}

/** Wraps `win.fetch`; `policyText()` is read at every request, so edits apply to the next Send. */
export function interceptPolicyFetch(win: Window, policyText: () => string): PolicyServer {
  const realFetch = typeof win.fetch === "function" ? win.fetch.bind(win) : undefined;
  const server: PolicyServer = { mode: "serve", requests: [] };
  const fakeFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = requestUrl(input);
    if (!isPolicyUrl(url)) {
      if (!realFetch) return Promise.reject(new TypeError("fetch is not available"));
      return realFetch(input, init);
    }
    const record: FetchRecord = { url, outcome: "" };
    server.requests.push(record);
    if (server.mode === "hang") {
      record.outcome = "no answer";
      return new Promise<Response>(() => undefined);
    }
    if (server.mode === "404") {
      record.outcome = "404";
      return Promise.resolve(new Response("Not Found", { status: 404, headers: { "Content-Type": "text/plain" } }));
    }
    record.outcome = "200";
    return Promise.resolve(
      new Response(policyText(), { status: 200, headers: { "Content-Type": "application/json; charset=utf-8" } }),
    );
  };
  win.fetch = fakeFetch as typeof win.fetch;
  return server;
}
