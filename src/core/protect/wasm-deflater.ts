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
import { DeflateEncoder, Memory, initBundledOnce } from "@hazae41/foras";
import { concatChunks } from "./buffer-bridge";
import type { FastDeflater } from "./fast-deflater";

const PIECE = 1024 * 1024;

export async function createWasmDeflater(): Promise<FastDeflater> {
  await initBundledOnce();
  return { deflateRaw: deflateRawWithForas };
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
