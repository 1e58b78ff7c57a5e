/**
 * The CLI's fast deflater: Node's own zlib, given to core/protect through the same hook the add-in
 * uses for its WebAssembly one (core/protect/fast-deflater.ts), so core imports no Node built-in.
 *
 * Without it the CLI deflated every entry at level 6 (CompressionStream, which in Node is zlib
 * too): ~1 s for 25 MB of text, a quarter of `review --apply`. The level is the one deflate-raw.ts
 * asks for, FAST_DEFLATE_LEVEL for entries of 4 MiB and more, as in the add-in: an admin checking a
 * mail with the CLI gets an archive of about the size Outlook users get (what the 25 MB attachment
 * limit is checked against), ~5x faster than level 6. Level 6 from zlib directly would gain little:
 * CompressionStream already is zlib level 6.
 */
import { deflateRawSync } from "node:zlib";
import { installFastDeflaterLoader, type FastDeflater } from "../core/protect/fast-deflater";

export const nodeDeflater: FastDeflater = {
  deflateRaw(bytes, level) {
    const z = deflateRawSync(bytes, { level });
    return new Uint8Array(z.buffer, z.byteOffset, z.byteLength);
  },
};

/** From now on, large entries in this process are deflated by Node's zlib. */
export function installNodeDeflater(): void {
  installFastDeflaterLoader(async () => nodeDeflater);
}
