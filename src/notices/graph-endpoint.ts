/**
 * Where Graph is, and the one test seam: production always talks to https://graph.microsoft.com.
 * The playground and the tests point Graph at a local Graph-compatible server by setting
 * `globalThis.outboundGuardGraphOverride = { baseUrl, token }`; it is honoured ONLY for a loopback
 * address (127.0.0.1, localhost, [::1]), so nothing on a page can redirect a real notice elsewhere.
 */
export const GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";

export interface GraphOverride {
  baseUrl: string;
  /** A token the local server accepts (no Microsoft sign-in exists there). */
  token?: string;
}

const LOOPBACK = ["127.0.0.1", "localhost", "[::1]"];

export function isLoopbackUrl(url: string): boolean {
  const m = /^https?:\/\/([^/:]+|\[[^\]]+\])(:\d+)?(\/|$)/i.exec(url);
  return m !== null && LOOPBACK.includes(m[1].toLowerCase());
}

export function graphOverride(global: object = globalThis): GraphOverride | undefined {
  const value = (global as { outboundGuardGraphOverride?: unknown }).outboundGuardGraphOverride;
  if (!value || typeof value !== "object") return undefined;
  const { baseUrl, token } = value as { baseUrl?: unknown; token?: unknown };
  if (typeof baseUrl !== "string" || !isLoopbackUrl(baseUrl)) return undefined;
  return { baseUrl: baseUrl.replace(/\/+$/, ""), token: typeof token === "string" ? token : undefined };
}
