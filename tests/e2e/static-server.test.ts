/** The test server itself: content types, index.html for folders, nothing outside its root. */
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { resolveInside, startStaticServer, type StaticServer } from "../tools/static-server";

let outer: string;
let root: string;
let server: StaticServer;

function get(url: string, rawPath?: string): Promise<{ status: number; type: string | undefined; body: string; location?: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = http.request({ host: target.hostname, port: target.port, path: rawPath ?? target.pathname, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], body, location: res.headers.location }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  // The served folder sits one level below a folder holding a file that must never be served.
  outer = fs.mkdtempSync(path.join(os.tmpdir(), "og-static-"));
  root = path.join(outer, "dist");
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(outer, "og-secret.txt"), "secret");
  fs.mkdirSync(path.join(root, "playground"));
  fs.writeFileSync(path.join(root, "playground", "index.html"), "<!doctype html><p>hi</p>");
  fs.writeFileSync(path.join(root, "launchevent.js"), "var x = 1;");
  fs.writeFileSync(path.join(root, "policy.json"), "{}");
  server = await startStaticServer(root);
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(outer, { recursive: true, force: true });
});

test("listens on 127.0.0.1 on a free port and serves files with their content types", async () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const js = await get(`${server.url}launchevent.js`);
  expect([js.status, js.type, js.body]).toEqual([200, "text/javascript; charset=utf-8", "var x = 1;"]);
  expect((await get(`${server.url}policy.json`)).type).toBe("application/json; charset=utf-8");
  const page = await get(`${server.url}playground/`);
  expect([page.status, page.type]).toEqual([200, "text/html; charset=utf-8"]);
  expect((await get(`${server.url}playground`)).location).toBe("/playground/");
});

test("missing files are 404 and paths outside the root are refused", async () => {
  expect((await get(`${server.url}nope.js`)).status).toBe(404);
  const escaped = await get(server.url, "/../og-secret.txt");
  expect(escaped.body).not.toBe("secret");
  expect((await get(server.url, "/%2e%2e/og-secret.txt")).body).not.toBe("secret");
  expect(resolveInside("/srv/dist", "/../etc/passwd")).toBe(path.resolve("/srv/dist/etc/passwd"));
  expect(resolveInside("/srv/dist", "/a/%00b")).toBeUndefined();
});
