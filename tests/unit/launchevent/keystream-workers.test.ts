/**
 * The page's keystream workers (src/launchevent/keystream-workers.ts): the worker program is the
 * AES kernel's own source text, so it must run on its own (nothing from outside the function) and
 * give noble's keystream; where workers cannot be made, nothing is installed.
 */
import { inflateRawSync } from "node:zlib";
import { ecb } from "@noble/ciphers/aes";
import { createWorkerKeystreamPort, installWorkerKeystreamPort, keystreamWorkerSource } from "../../../src/launchevent/keystream-workers";
import { installKeystreamPort, installedKeystreamPort } from "../../../src/core/protect/keystream-port";
import { secureRandomBytes } from "../../../src/core/protect/secure-random";

type Msg = { id: number; key: Uint8Array; first: number; blocks: number };

/** A Worker stand-in that runs the worker source in a scope of its own (no module variables). */
class FakeWorker {
  static sources = new Map<string, string>();
  static made = 0;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  private readonly post: (m: Msg) => void;
  constructor(url: string) {
    FakeWorker.made++;
    const self: { onmessage?: (e: { data: Msg }) => void; postMessage?: (m: unknown) => void } = {};
    self.postMessage = (m) => setTimeout(() => this.onmessage?.({ data: m }), 0);
    new Function("self", FakeWorker.sources.get(url)!)(self);
    this.post = (m) => self.onmessage!({ data: m });
  }
  postMessage(m: Msg) {
    setTimeout(() => this.post(m), 0);
  }
  terminate() {}
}

const host = {
  Worker: FakeWorker,
  Blob: class {
    constructor(readonly parts: string[]) {}
  },
  URL: {
    createObjectURL(blob: { parts: string[] }) {
      const url = `blob:${FakeWorker.sources.size}`;
      FakeWorker.sources.set(url, blob.parts.join(""));
      return url;
    },
  },
  navigator: { hardwareConcurrency: 4 },
};

function nobleKeystream(key: Uint8Array, first: number, blocks: number): Uint8Array {
  const counters = new Uint8Array(blocks * 16);
  const v = new DataView(counters.buffer);
  for (let b = 0; b < blocks; b++) v.setUint32(16 * b, first + b, true);
  return ecb(key, { disablePadding: true }).encrypt(counters);
}

test("the worker program refers to nothing outside itself and makes noble's keystream", async () => {
  const port = createWorkerKeystreamPort(host as never)!;
  expect(port.parallelism).toBe(3);
  const key = secureRandomBytes(32);
  const keyCopy = key.slice();
  const ks = await port.keystream(key, 70_000, 257);
  expect(Buffer.from(ks).equals(Buffer.from(nobleKeystream(keyCopy, 70_000, 257)))).toBe(true);
  expect(Buffer.from(key).equals(Buffer.from(keyCopy))).toBe(true); // the caller's key is left as it was
  expect(FakeWorker.made).toBe(3);
  expect(keystreamWorkerSource()).toMatch(/^"use strict";/);
});

test("no Worker, Blob or createObjectURL (classic Outlook): no port", () => {
  expect(createWorkerKeystreamPort({} as never)).toBeUndefined();
  expect(createWorkerKeystreamPort({ ...host, Worker: undefined } as never)).toBeUndefined();
  expect(createWorkerKeystreamPort({ ...host, URL: {} } as never)).toBeUndefined();
});

test("a worker that errors (e.g. a policy refusing blob: workers) rejects what waits and every later request", async () => {
  class RefusedWorker {
    onmessage: unknown = null;
    onerror: ((e: unknown) => void) | null = null;
    constructor() {
      setTimeout(() => this.onerror?.(new Error("refused")), 0);
    }
    postMessage() {} // never answers
    terminate() {}
  }
  const port = createWorkerKeystreamPort({ ...host, Worker: RefusedWorker } as never, 1)!;
  await expect(port.keystream(secureRandomBytes(32), 1, 4)).rejects.toThrow(/stopped/);
  await expect(port.keystream(secureRandomBytes(32), 1, 4)).rejects.toThrow(/unavailable/);
});

test("deflate help: only where CompressionStream exists; the worker's stream inflates (zlib) to the part", async () => {
  expect(createWorkerKeystreamPort(host as never)!.deflateRaw).toBeUndefined();
  const port = createWorkerKeystreamPort({ ...host, CompressionStream } as never)!;
  const part = new Uint8Array(Buffer.from("見積 order 2026 ".repeat(50_000)));
  const z = await port.deflateRaw!(part);
  expect(z.length).toBeLessThan(part.length / 10);
  expect(Buffer.from(inflateRawSync(z)).equals(Buffer.from(part))).toBe(true);
});

test("installed by default only with 4 or more logical cores (on 2 shared cores the workers made it slower)", () => {
  try {
    expect(installWorkerKeystreamPort({ ...host, navigator: { hardwareConcurrency: 2 } } as never)).toBe(false);
    expect(installedKeystreamPort()).toBeUndefined();
    expect(installWorkerKeystreamPort({ ...host, navigator: {} } as never)).toBe(false);
    expect(installWorkerKeystreamPort({ ...host, navigator: { hardwareConcurrency: 8 } } as never)).toBe(true);
    expect(installedKeystreamPort()?.parallelism).toBe(3);
  } finally {
    installKeystreamPort(undefined);
  }
});
