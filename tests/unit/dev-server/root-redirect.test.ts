/**
 * `npm start`, then http://localhost:3000/ said "Cannot GET /" (issue 10): "/" now sends the
 * browser to the playground. The rule runs here in a plain Node server, in front of a stand-in for
 * webpack-dev-middleware, exactly as webpack.config.js installs it (setupMiddlewares).
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../../webpack.config.js");

type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

/** What webpack-dev-middleware answers for a path it has no file for. */
const devMiddleware: Middleware = (req, res) => {
  res.statusCode = 404;
  res.end(`Cannot GET ${req.url}`);
};

let server: http.Server;
let base: string;

beforeAll(async () => {
  const config = webpackConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  const chain = config.devServer.setupMiddlewares([{ name: "webpack-dev-middleware", middleware: devMiddleware }], {}) as Array<{ name: string; middleware: Middleware }>;
  server = http.createServer((req, res) => {
    const run = (i: number): void => chain[i].middleware(req, res, () => run(i + 1));
    run(0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function get(pathname: string, method = "GET"): Promise<{ status: number; location: string | null; body: string }> {
  const r = await fetch(base + pathname, { method, redirect: "manual" });
  return { status: r.status, location: r.headers.get("location"), body: method === "HEAD" ? "" : await r.text() };
}

test("GET / is a 302 to /playground/ instead of Cannot GET /", async () => {
  const r = await get("/");
  expect([r.status, r.location]).toEqual([302, "/playground/"]);
  expect(r.body).not.toContain("Cannot GET");
  expect((await get("/", "HEAD")).status).toBe(302);
});

test("the query goes along: /?lang=ja → /playground/?lang=ja", async () => {
  expect((await get("/?lang=ja")).location).toBe("/playground/?lang=ja");
});

test("every other path is left to webpack-dev-middleware", async () => {
  for (const p of ["/launchevent.js", "/playground/", "/taskpane.html", "/x/"]) {
    const r = await get(p);
    expect([p, r.status, r.location]).toEqual([p, 404, null]);
  }
  expect((await get("/", "POST")).status).toBe(404);
});
