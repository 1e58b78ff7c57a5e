/**
 * Worker threads that make AES-CTR keystream for protect/ (core/protect/keystream-port.ts), for
 * the runtimes that have `Worker`, `Blob` and `URL.createObjectURL`: Outlook on the web, new
 * Outlook, Outlook on Mac, the playground. Classic Outlook's JavaScript-only runtime has none of
 * them, so nothing is installed there and protect/ does all the work on its own thread.
 *
 * The worker's code is the very AES kernel the main thread runs (its source text, which refers to
 * nothing outside itself), so there is one implementation. Workers start on first use and stop
 * after a quiet minute; if one fails to start or errors, the port reports it and protect/ does
 * those pieces itself (a failing port costs time, never bytes).
 */
import { winZipAesCtrKernel } from "../core/protect/aes256-ctr-le";
import { installKeystreamPort, type KeystreamPort } from "../core/protect/keystream-port";

interface WorkerLike {
  postMessage(message: unknown, transfer?: unknown[]): void;
  terminate(): void;
  onmessage: ((e: { data: { id: number; ks?: Uint8Array; error?: string } }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}
interface WorkerHost {
  CompressionStream?: unknown;
  Worker?: new (url: string) => WorkerLike;
  Blob?: new (parts: string[], options: { type: string }) => unknown;
  URL?: { createObjectURL?(blob: unknown): string; revokeObjectURL?(url: string): void };
  navigator?: { hardwareConcurrency?: number };
}

const IDLE_MS = 60_000;

/** The worker's whole program: the kernel's source, and a message loop around it. */
export function keystreamWorkerSource(): string {
  return [
    `"use strict";`,
    `var kernel = (${winZipAesCtrKernel.toString()})();`,
    `self.onmessage = function (e) {`,
    `  var d = e.data;`,
    `  if (d.op === "deflate") return deflate(d);`,
    `  try {`,
    `    var rk = kernel.expandKey(d.key);`,
    `    var ks = new Uint8Array(d.blocks * 16);`,
    `    kernel.keystream(rk, d.first, d.blocks, ks);`,
    `    rk.fill(0); d.key.fill(0);`,
    `    self.postMessage({ id: d.id, ks: ks }, [ks.buffer]);`,
    `  } catch (err) {`,
    `    self.postMessage({ id: d.id, error: String(err && err.message || err) });`,
    `  }`,
    `};`,
    // The last part of a large entry, as a complete raw deflate stream (core/protect/deflate-raw.ts).
    `function deflate(d) {`,
    `  if (typeof CompressionStream !== "function") return self.postMessage({ id: d.id, error: "no CompressionStream here" });`,
    `  var cs = new CompressionStream("deflate-raw"), w = cs.writable.getWriter(), r = cs.readable.getReader(), chunks = [], n = 0;`,
    `  w.write(d.data).then(function () { return w.close(); }).catch(function () {});`,
    `  (function pump() {`,
    `    return r.read().then(function (x) {`,
    `      if (!x.done) { chunks.push(x.value); n += x.value.length; return pump(); }`,
    `      var out = new Uint8Array(n), o = 0;`,
    `      for (var i = 0; i < chunks.length; i++) { out.set(chunks[i], o); o += chunks[i].length; }`,
    `      self.postMessage({ id: d.id, ks: out }, [out.buffer]);`,
    `    });`,
    `  })().catch(function (err) { self.postMessage({ id: d.id, error: String(err && err.message || err) }); });`,
    `}`,
  ].join("\n");
}

/** A port over `count` workers (default: one per spare core, at most 3), or undefined where workers cannot be made. */
export function createWorkerKeystreamPort(host: WorkerHost = globalThis as unknown as WorkerHost, count?: number): KeystreamPort | undefined {
  const { Worker: W, Blob: B, URL: U } = host;
  if (typeof W !== "function" || typeof B !== "function" || !U || typeof U.createObjectURL !== "function") return undefined;
  const cores = host.navigator?.hardwareConcurrency ?? 2;
  const n = count ?? Math.min(3, Math.max(1, cores - 1));
  let url: string | undefined;
  let workers: WorkerLike[] = [];
  let next = 0;
  let id = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let broken = false;
  const waiting = new Map<number, { resolve(ks: Uint8Array): void; reject(e: Error): void }>();

  const stop = () => {
    for (const w of workers) w.terminate();
    workers = [];
    for (const [, p] of waiting) p.reject(new Error("keystream workers stopped"));
    waiting.clear();
  };
  const start = () => {
    url ??= U.createObjectURL!(new B([keystreamWorkerSource()], { type: "text/javascript" }));
    for (let i = 0; i < n; i++) {
      const w = new W(url);
      w.onmessage = (e) => {
        const p = waiting.get(e.data.id);
        if (!p) return;
        waiting.delete(e.data.id);
        if (e.data.ks) p.resolve(e.data.ks);
        else p.reject(new Error(e.data.error ?? "keystream worker failed"));
      };
      w.onerror = () => {
        broken = true; // e.g. a content security policy that refuses blob: workers: never again
        stop(); // every waiting piece is then done by protect/ itself
      };
      workers.push(w);
    }
  };

  /** Sends one request (its transferables move to the worker) and waits for the answer. */
  const ask = (message: Record<string, unknown>, transfer: unknown[]) =>
    new Promise<Uint8Array>((resolve, reject) => {
      try {
        if (broken) throw new Error("keystream workers unavailable");
        if (workers.length === 0) start();
        if (idleTimer !== undefined) clearTimeout(idleTimer);
        idleTimer = setTimeout(() => waiting.size === 0 && stop(), IDLE_MS);
        (idleTimer as { unref?: () => void }).unref?.(); // Node (tests): never keeps the process alive
        const my = ++id;
        waiting.set(my, { resolve, reject });
        workers[next++ % workers.length].postMessage({ ...message, id: my }, transfer);
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });

  const port: KeystreamPort = {
    parallelism: n,
    keystream(key, firstCounter, blocks) {
      // A copy of the key moves to the worker (transferred: nothing left here), which wipes it.
      const copy = key.slice();
      return ask({ key: copy, first: firstCounter, blocks }, [copy.buffer]);
    },
  };
  // Deflate help only where the worker has a native deflater (a page without one has none either).
  if (typeof host.CompressionStream === "function") {
    port.deflateRaw = (data) => {
      // A copy of the part moves to the worker (the input buffer itself stays the caller's).
      const copy = data.slice();
      return ask({ op: "deflate", data: copy }, [copy.buffer]);
    };
  }
  return port;
}

/**
 * Fewer logical cores than this: no workers by default. On the 2-core bench machine, shared with
 * other work, the workers made a 25 MB archive slower, not faster (`npm run bench -- protect`,
 * "fast+workers"): a helper only pays when a core is actually free.
 */
export const MIN_CORES_FOR_WORKERS = 4;

/** Installs the worker port for this page, where workers exist and cores are to spare; returns whether it did. */
export function installWorkerKeystreamPort(host: WorkerHost = globalThis as unknown as WorkerHost): boolean {
  try {
    if ((host.navigator?.hardwareConcurrency ?? 0) < MIN_CORES_FOR_WORKERS) return false;
    const port = createWorkerKeystreamPort(host);
    if (port) installKeystreamPort(port);
    return port !== undefined;
  } catch {
    return false;
  }
}
