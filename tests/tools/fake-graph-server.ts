/**
 * A local Microsoft Graph stand-in on 127.0.0.1 (Node http, port 0) for the calls the password
 * notice makes, with the documented request and response shapes:
 *   POST /v1.0/me/sendMail                      → 202, no body            (user-sendmail)
 *   GET  /v1.0/me/messages?$filter=…&$select=id → 200 {"value":[{"id"}]}  (extended property filter)
 *   POST /v1.0/me/messages/{id}/permanentDelete → 204                     (message-permanentdelete)
 * Errors use Graph's body {"error":{"code","message"}}: 401 without the expected bearer token,
 * 403 when the scope is not granted, 404 ErrorItemNotFound, 400 for a malformed message, and any
 * scripted fault (429 with Retry-After, 5xx, a dropped connection). CORS is open so the browser
 * playground can call it. Every request is recorded, the Authorization header included.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  rawBody: string;
}

export interface GraphMessage {
  id: string;
  subject: string;
  body: { contentType: string; content: string };
  toRecipients: Array<{ emailAddress: { address: string; name?: string } }>;
  singleValueExtendedProperties: Array<{ id: string; value: string }>;
  attachments?: unknown[];
  deletedPermanently: boolean;
  acceptedAt: number;
}

export type Fault =
  | { status: number; retryAfter?: string; code?: string }
  /** Close the connection without an answer. */
  | { drop: true };

export interface FakeGraph {
  baseUrl: string;
  port: number;
  token: string;
  /** Scopes the signed-in user has consented to; default Mail.Send and Mail.ReadWrite. */
  granted: Set<string>;
  requests: RecordedRequest[];
  messages: GraphMessage[];
  /** Faults answered to the next requests whose "METHOD path" matches (prefix match), in order. */
  failNext(match: string, ...faults: Fault[]): void;
  close(): Promise<void>;
}

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "Authorization, Content-Type, Prefer, Accept",
  "Access-Control-Allow-Methods": "GET, POST, DELETE, OPTIONS",
  "Access-Control-Expose-Headers": "Retry-After",
};

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, { ...CORS, ...(text ? { "Content-Type": "application/json" } : {}), ...headers });
  res.end(text);
}

function graphError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error: { code, message, innerError: { date: new Date().toISOString(), "request-id": "fake" } } }, headers);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Why a sendMail message is malformed, or undefined. */
function messageProblem(m: unknown): string | undefined {
  if (!m || typeof m !== "object") return "message is missing";
  const msg = m as Record<string, unknown>;
  if (typeof msg.subject !== "string") return "subject must be a string";
  const body = msg.body as Record<string, unknown> | undefined;
  if (!body || (body.contentType !== "Text" && body.contentType !== "HTML") || typeof body.content !== "string") return "body must be {contentType: Text|HTML, content}";
  const to = msg.toRecipients;
  if (!Array.isArray(to) || to.length === 0) return "toRecipients must not be empty";
  for (const r of to) {
    const a = (r as { emailAddress?: { address?: unknown } }).emailAddress?.address;
    if (typeof a !== "string" || !/^[^@\s]+@[^@\s]+$/.test(a)) return `bad recipient ${JSON.stringify(r)}`;
  }
  const props = msg.singleValueExtendedProperties;
  if (props !== undefined) {
    if (!Array.isArray(props)) return "singleValueExtendedProperties must be an array";
    for (const p of props as Array<Record<string, unknown>>) {
      if (typeof p.id !== "string" || typeof p.value !== "string") return "an extended property needs string id and value";
      if (p.id.startsWith("SystemTime ") && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(p.value)) return `SystemTime value must be ISO 8601 UTC, got ${p.value}`;
    }
  }
  return undefined;
}

/** The value asked for by `singleValueExtendedProperties/Any(ep: ep/id eq 'X' and ep/value eq 'Y')`. */
function parseFilter(filter: string): { id: string; value: string } | undefined {
  const m = /^singleValueExtendedProperties\/Any\(ep: ep\/id eq '((?:[^']|'')*)' and ep\/value eq '((?:[^']|'')*)'\)$/.exec(filter);
  return m ? { id: m[1].replace(/''/g, "'"), value: m[2].replace(/''/g, "'") } : undefined;
}

export async function startFakeGraph(options: { token?: string } = {}): Promise<FakeGraph> {
  const token = options.token ?? "fake-graph-token";
  const requests: RecordedRequest[] = [];
  const messages: GraphMessage[] = [];
  const faults: Array<{ match: string; fault: Fault }> = [];
  const granted = new Set(["Mail.Send", "Mail.ReadWrite"]);
  let counter = 0;

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method === "OPTIONS") {
      res.writeHead(204, CORS);
      res.end();
      return;
    }
    const rawBody = await readBody(req);
    let body: unknown = undefined;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      body = rawBody;
    }
    const method = req.method ?? "GET";
    requests.push({ method, path: url.pathname, query: url.searchParams, headers: { ...req.headers }, body, rawBody });

    const key = `${method} ${url.pathname}`;
    const faultAt = faults.findIndex((f) => key.startsWith(f.match));
    if (faultAt >= 0) {
      const { fault } = faults.splice(faultAt, 1)[0];
      if ("drop" in fault) {
        req.socket.destroy();
        return;
      }
      const headers: Record<string, string> = fault.retryAfter !== undefined ? { "Retry-After": fault.retryAfter } : {};
      graphError(res, fault.status, fault.code ?? (fault.status === 429 ? "TooManyRequests" : "ServiceUnavailable"), "scripted fault", headers);
      return;
    }

    if (req.headers.authorization !== `Bearer ${token}`) {
      graphError(res, 401, "InvalidAuthenticationToken", "Access token is empty or invalid.");
      return;
    }

    if (method === "POST" && url.pathname === "/v1.0/me/sendMail") {
      if (!granted.has("Mail.Send")) return graphError(res, 403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
      const message = (body as { message?: unknown } | undefined)?.message;
      const problem = messageProblem(message);
      if (problem) return graphError(res, 400, "ErrorInvalidRequest", problem);
      counter++;
      messages.push({ ...(message as Omit<GraphMessage, "id" | "deletedPermanently" | "acceptedAt">), singleValueExtendedProperties: ((message as GraphMessage).singleValueExtendedProperties ?? []), id: `AAMkFake${counter}=`, deletedPermanently: false, acceptedAt: Date.now() });
      return sendJson(res, 202, undefined);
    }
    if (method === "GET" && url.pathname === "/v1.0/me/messages") {
      if (!granted.has("Mail.ReadWrite") && !granted.has("Mail.Read")) return graphError(res, 403, "ErrorAccessDenied", "Access is denied.");
      const filter = parseFilter(url.searchParams.get("$filter") ?? "");
      if (!filter) return graphError(res, 400, "BadRequest", "Invalid filter clause");
      const value = messages
        .filter((m) => !m.deletedPermanently && m.singleValueExtendedProperties.some((p) => p.id.toLowerCase() === filter.id.toLowerCase() && p.value === filter.value))
        .map((m) => ({ id: m.id }));
      return sendJson(res, 200, { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('me')/messages(id)", value });
    }
    const del = /^\/v1\.0\/me\/messages\/([^/]+)\/permanentDelete$/.exec(url.pathname);
    if (method === "POST" && del) {
      if (!granted.has("Mail.ReadWrite")) return graphError(res, 403, "ErrorAccessDenied", "Access is denied.");
      const target = messages.find((m) => m.id === decodeURIComponent(del[1]) && !m.deletedPermanently);
      if (!target) return graphError(res, 404, "ErrorItemNotFound", "The specified object was not found in the store.");
      target.deletedPermanently = true;
      return sendJson(res, 204, undefined);
    }
    graphError(res, 400, "BadRequest", `Unsupported request ${key}`);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1.0`,
    port,
    token,
    granted,
    requests,
    messages,
    failNext(match, ...list) {
      for (const fault of list) faults.push({ match, fault });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
