/**
 * Optional faster deflate for large entries (issue 11: 25 MB of text at ≥ 60 MB/s in Chromium).
 *
 * The native CompressionStream is zlib level 6 and takes no level: ~35 MB/s on one core. A
 * WebAssembly deflater at a low level is 3–5× faster for ~25–35% more bytes (the bench and
 * deflate-raw.ts say when it is used). It weighs ~155 KB, too much for the handler Outlook loads
 * at every compose and Send, so it is a file of its own that only a runtime able to load one
 * fetches (src/launchevent/fast-deflate-loader.ts), on first need. core/ stays pure: it never
 * loads anything itself; where no loader is installed (classic Outlook's DOM-less runtime, the
 * CLI, tests) or loading fails, deflate-raw.ts keeps its native/fflate path.
 */

export interface FastDeflater {
  /** One complete raw deflate stream (RFC 1951, ending in a final block) of `bytes` at `level` (1–9). */
  deflateRaw(bytes: Uint8Array, level: number): Uint8Array;
}

export type FastDeflaterLoader = () => Promise<FastDeflater>;

let loader: FastDeflaterLoader | undefined;
let loading: Promise<FastDeflater | undefined> | undefined;

/** Installs (or with undefined removes) how the fast deflater is loaded; nothing is loaded yet. */
export function installFastDeflaterLoader(next: FastDeflaterLoader | undefined): void {
  loader = next;
  loading = undefined;
}

/**
 * The fast deflater, loaded once; undefined where none is installed or it failed to load (a file
 * that failed to load is tried again for the next archive: the network may be back).
 */
export function fastDeflater(): Promise<FastDeflater | undefined> {
  if (!loader) return Promise.resolve(undefined);
  if (!loading) {
    const mine = loader().then(
      (d) => d,
      () => {
        if (loading === mine) loading = undefined;
        return undefined;
      },
    );
    loading = mine;
  }
  return loading;
}
