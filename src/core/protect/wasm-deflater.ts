/**
 * The fast deflater (fast-deflater.ts) made of @hazae41/foras: Rust's flate2 / miniz_oxide
 * compiled to WebAssembly (Unlicense, no dependencies, its .wasm inlined as a data: URL). Chosen
 * for issue 11 over fflate's and pako's level 1 (JavaScript: ~3× slower at about the same ratio,
 * Node 20 on 25 MB of the bench's text) and over Node/Chromium zlib level 1, which no browser API
 * offers (CompressionStream is level 6 only).
 *
 * The input goes in by pieces and the output comes out after each, so WebAssembly memory stays at
 * a few MiB whatever the entry's size (linear memory never shrinks: one 25 MB entry deflated in
 * one call would keep ~45 MB for the page's life). The pieces are one stream: no flush between
 * them, so nothing is lost to the cuts.
 */
import { DeflateEncoder, Memory, __wbg_init as startForas } from "@hazae41/foras";
import { data as forasWasmDataUrl } from "foras-embedded-wasm";
import { decodeBase64 } from "../bytes/base64";
import { concatChunks } from "../bytes/concat-bytes";
import type { FastDeflater } from "./fast-deflater";

const PIECE = 1024 * 1024;

let started: Promise<unknown> | undefined;

export async function createWasmDeflater(): Promise<FastDeflater> {
  if (!started) {
    const mine = startForas(forasWasmBytes());
    started = mine;
    mine.catch(() => {
      if (started === mine) started = undefined; // e.g. a CSP without 'wasm-unsafe-eval': try again next time
    });
  }
  await started;
  return { deflateRaw: deflateRawWithForas };
}

/**
 * The module's bytes, decoded here. foras' initBundledOnce hands its data: URL to fetch(), which a
 * page whose Content-Security-Policy restricts connect-src refuses (and some embedded webviews
 * refuse fetch on data: URLs): the deflater then never loads and every large entry takes the slow
 * path. Given bytes, foras (wasm-bindgen's init) calls WebAssembly.instantiate and fetches nothing.
 * Not initSync: Chromium refuses to compile a module this size synchronously on the main thread
 * ("WebAssembly.Compile is disallowed on the main thread, if the buffer size is larger than 4KB":
 * webpack/webpack#6475; the limit was later raised, not in every runtime Outlook uses).
 */
export function forasWasmBytes(): Uint8Array {
  const comma = forasWasmDataUrl.indexOf(",");
  if (!forasWasmDataUrl.startsWith("data:application/wasm;base64,") || comma < 0) {
    throw new Error("foras' embedded module is not a base64 data: URL (package layout changed?)");
  }
  return decodeBase64(forasWasmDataUrl.slice(comma + 1));
}

function deflateRawWithForas(bytes: Uint8Array, level: number): Uint8Array {
  const encoder = new DeflateEncoder(level);
  const parts: Uint8Array[] = [];
  const take = (m: Memory) => {
    const out = m.copyAndDispose();
    if (out.length > 0) parts.push(out);
  };
  let finished = false;
  try {
    for (let at = 0; at < bytes.length; at += PIECE) {
      const piece = new Memory(bytes.subarray(at, Math.min(bytes.length, at + PIECE)));
      try {
        encoder.write(piece);
      } finally {
        piece.free();
      }
      take(encoder.read());
    }
    finished = true; // finish() consumes the encoder (freeing it after is an error)
    take(encoder.finish());
  } finally {
    if (!finished) encoder.free();
  }
  return concatChunks(parts);
}
