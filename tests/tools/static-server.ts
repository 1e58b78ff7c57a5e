/**
 * A static file server for the browser tests and the benchmark: Node's http on 127.0.0.1, a free
 * port (port 0), serving one folder (dist/ by default) with correct content types.
 * GET and HEAD only; paths cannot leave the folder; a folder serves its index.html.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import type { AddressInfo } from "node:net";

export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".zip": "application/zip",
  ".wasm": "application/wasm",
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  /** The base URL, ending in "/", e.g. http://127.0.0.1:40123/ */
  url: string;
  root: string;
  close(): Promise<void>;
}

/** Resolves a request path inside `root`, or undefined when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const file = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  const rel = path.relative(root, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  return file;
}

function send(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

export function startStaticServer(root = path.resolve(__dirname, "..", "..", "dist")): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      send(res, 405, "Method Not Allowed");
      return;
    }
    let file = resolveInside(absoluteRoot, req.url ?? "/");
    if (!file) {
      send(res, 403, "Forbidden");
      return;
    }
    fs.stat(file, (err, stat) => {
      if (!err && stat.isDirectory()) {
        if (!(req.url ?? "/").split(/[?#]/)[0].endsWith("/")) {
          res.writeHead(301, { Location: (req.url ?? "/").replace(/^([^?#]*)/, "$1/") });
          res.end();
          return;
        }
        file = path.join(file as string, "index.html");
      }
      fs.readFile(file as string, (readErr, data) => {
        if (readErr) {
          send(res, 404, "Not Found");
          return;
        }
        res.writeHead(200, {
          "Content-Type": contentTypeOf(file as string),
          "Content-Length": data.length,
          "Cache-Control": "no-store",
        });
        res.end(req.method === "HEAD" ? undefined : data);
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        root: absoluteRoot,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
