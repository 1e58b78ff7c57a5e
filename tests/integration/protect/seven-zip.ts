/** Test helpers: real 7-Zip (`7zz`) and Info-ZIP (`unzip`) on archives written to a temp dir. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Extracted {
  ok: boolean;
  status: number | null;
  output: string;
  files: Map<string, Buffer>;
}

export function tempDir(prefix = "og-protect-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function readTree(dir: string, prefix = ""): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) for (const [k, v] of readTree(p, prefix + name + "/")) out.set(k, v);
    else out.set(prefix + name, readFileSync(p));
  }
  return out;
}

/** Runs an extractor on the archive in a fresh folder; returns every extracted file's bytes. */
function extractWith(zip: Uint8Array, command: string, args: (archive: string, outDir: string) => string[]): Extracted {
  const { dir, cleanup } = tempDir();
  try {
    const archive = join(dir, "a.zip");
    writeFileSync(archive, zip);
    const outDir = join(dir, "out");
    const r = spawnSync(command, args(archive, outDir), {
      encoding: "utf8",
      env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" },
      maxBuffer: 64 * 1024 * 1024,
    });
    let files = new Map<string, Buffer>();
    try {
      files = readTree(outDir);
    } catch {
      // nothing extracted
    }
    return { ok: r.status === 0, status: r.status, output: `${r.stdout}\n${r.stderr}`, files };
  } finally {
    cleanup();
  }
}

/** `7zz x` with the password into a fresh folder. */
export function extractWith7z(zip: Uint8Array, password: string): Extracted {
  return extractWith(zip, "7zz", (archive, outDir) => ["x", `-p${password}`, `-o${outDir}`, "-y", "-bd", archive]);
}

/** `7zz l -slt`: technical listing (Method, Encrypted, Path per entry). */
export function list7z(zip: Uint8Array): string {
  const { dir, cleanup } = tempDir();
  try {
    const archive = join(dir, "a.zip");
    writeFileSync(archive, zip);
    const r = spawnSync("7zz", ["l", "-slt", "-p-", archive], { encoding: "utf8", env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" } });
    return r.stdout + r.stderr;
  } finally {
    cleanup();
  }
}

/** Info-ZIP `unzip -P` (ZipCrypto only: it cannot read AES). */
export function extractWithUnzip(zip: Uint8Array, password: string): Extracted {
  return extractWith(zip, "unzip", (archive, outDir) => ["-P", password, "-o", archive, "-d", outDir]);
}

/**
 * Deterministic incompressible bytes without Math.random (xorshift32), as source text so the very
 * same generator runs in Node, in the vm context and in Chromium.
 */
export const PRNG_SOURCE = `function pseudoRandomBytes(length, seed) {
  var out = new Uint8Array(length);
  var x = (seed >>> 0) || 1;
  for (var i = 0; i < length; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}`;

export const pseudoRandomBytes = new Function(`${PRNG_SOURCE}; return pseudoRandomBytes;`)() as (
  length: number,
  seed?: number,
) => Uint8Array;

export function textBytes(length: number): Uint8Array {
  const line = "受注番号 12345 の件、ご確認ください。The quick brown fox jumps over the lazy dog.\n";
  const unit = Buffer.from(line, "utf8");
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = unit[i % unit.length];
  return out;
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return !!a && a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;
}
