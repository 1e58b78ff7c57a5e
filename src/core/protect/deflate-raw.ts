/**
 * Raw deflate (ZIP method 8) for the fast engine: the runtime's native CompressionStream
 * ('deflate-raw': Chromium, Edge, Safari 16.4+, Node 21.2+/20.12+) where it exists, else fflate
 * (pure JS, works in the DOM-less runtime).
 *
 * Deflate is where a text attachment's time goes (issue 11's profile: ~90% of it), so where a
 * helper thread exists (KeystreamPort.deflateRaw) a large entry is cut in two, as pigz does: this
 * thread deflates the first part with fflate and ends it with an empty stored block (byte-aligned,
 * not final), the helper deflates the last part as a complete stream of its own;
 * the two joined are one valid deflate stream (the second part never refers back across the cut,
 * which costs a few hundred bytes of ratio).
 *
 * A large entry goes first to the fast deflater (WebAssembly, a lower level: fast-deflater.ts)
 * where the runtime has loaded one: on one core it beats both of the above (issue 11's bench).
 */
import { Deflate, deflateSync } from "fflate";
import { concatChunks } from "../bytes/concat-bytes";
import { fastDeflater } from "./fast-deflater";
import type { KeystreamPort } from "./keystream-port";
import { withTimeout } from "./with-timeout";

export const DEFLATE_LEVEL = 6;
/**
 * From this size the fast deflater is used, at FAST_DEFLATE_LEVEL. Below it, level 6 costs little
 * (< ~120 ms at the native ~35 MB/s) and keeps the best ratio.
 */
export const FAST_DEFLATE_MIN = 4 * 1024 * 1024;
/**
 * miniz_oxide's level 2 (greedy, few probes): on the bench's text ~3× native level 6's speed and
 * ~35% more bytes; on a customer CSV ~2× and ~23% more (zlib level 1's ratio, or better). Level 1
 * is faster still but larger than zlib level 1; level 3 is too slow for issue 11's 60 MB/s.
 */
export const FAST_DEFLATE_LEVEL = 2;

export type DeflatePath = "native" | "fflate" | "wasm";
/** Below this, one thread does it all (a worker round trip is not worth it). */
export const PARALLEL_DEFLATE_MIN = 2 * 1024 * 1024;
/**
 * Share of the entry this thread deflates (fflate, JS) while a helper deflates the rest (native
 * CompressionStream, ~1.7× faster in Chromium by the bench's stage table): both then end together.
 */
const HERE_SHARE = 0.4;
const HELPER_TIMEOUT_MS = 60_000;

interface CompressionStreamLike {
  readable: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }> } };
  writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
}
type CompressionStreamCtor = new (format: string) => CompressionStreamLike;

function nativeDeflateRaw(): CompressionStreamCtor | undefined {
  const ctor = (globalThis as { CompressionStream?: CompressionStreamCtor }).CompressionStream;
  if (typeof ctor !== "function") return undefined;
  try {
    new ctor("deflate-raw");
    return ctor;
  } catch {
    return undefined;
  }
}

/** Whether an entry of `length` bytes should go to the fast deflater (when one is loaded). */
export function wantsFastDeflate(length: number): boolean {
  return length >= FAST_DEFLATE_MIN;
}

/**
 * `prefer` forces one path (the bench times each): "wasm" the fast deflater whatever the size
 * (an error if none loads), "native"/"fflate" the level-6 path. Unset: the fast deflater for a
 * large entry where one loads, else as before.
 */
export async function deflateRaw(bytes: Uint8Array, prefer?: DeflatePath, helper?: KeystreamPort): Promise<Uint8Array> {
  if (prefer === "wasm" || (prefer === undefined && wantsFastDeflate(bytes.length))) {
    const fast = await fastDeflater();
    if (prefer === "wasm" && !fast) throw new Error("no fast deflater loaded");
    if (fast) {
      try {
        return fast.deflateRaw(bytes, FAST_DEFLATE_LEVEL);
      } catch (err) {
        if (prefer === "wasm") throw err;
        // e.g. out of WebAssembly memory: the level-6 path below still makes the archive
      }
    }
  }
  const level6 = prefer === "wasm" ? undefined : prefer;
  if (helper && typeof helper.deflateRaw === "function" && bytes.length >= PARALLEL_DEFLATE_MIN) {
    return deflateInTwo(bytes, helper.deflateRaw.bind(helper), level6);
  }
  return deflateWhole(bytes, level6);
}

/** One complete raw deflate stream of `bytes`, on this thread. */
async function deflateWhole(bytes: Uint8Array, prefer?: "native" | "fflate"): Promise<Uint8Array> {
  const Native = prefer === "fflate" ? undefined : nativeDeflateRaw();
  if (!Native) return deflateSync(bytes, { level: DEFLATE_LEVEL });
  const cs = new Native("deflate-raw");
  const writer = cs.writable.getWriter();
  // Not awaited before reading: the readable side must drain or the write never resolves.
  const written = writer.write(bytes).then(() => writer.close());
  const reader = cs.readable.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value) chunks.push(value);
  }
  await written;
  return concatChunks(chunks);
}

/**
 * `bytes` deflated with no final block, ending byte-aligned in an empty stored block (a "sync
 * flush": ... 00 00 FF FF), so that a complete deflate stream may follow it.
 *
 * fflate 0.8's own flush(true) writes that block at a wrong offset when the last byte is partly
 * filled (it passes its packed state, byte << 3 | bit position, where a bit position belongs), and
 * zlib then reports "invalid stored block lengths". So: flush(false), which deflates everything
 * and keeps the last partial byte in its state, and write the empty stored block here. Reading that
 * state is reading fflate's internals: it is checked, and anything unexpected throws (the caller
 * then deflates the whole entry on one thread); the tests inflate the result with zlib.
 */
export function deflateOpenEnded(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const d = new Deflate({ level: DEFLATE_LEVEL });
  d.ondata = (chunk) => void chunks.push(chunk);
  d.push(bytes, false);
  d.flush(false);
  const r = (d as unknown as { s?: { r?: unknown } }).s?.r ?? 0; // 0 when nothing is pending
  if (typeof r !== "number" || r < 0 || r > 0x7ff) throw new Error("fflate: unexpected deflate state");
  const bit = r & 7; // bits already used in the pending byte
  const pending = r >>> 3;
  if (pending >>> bit !== 0) throw new Error("fflate: unexpected deflate state");
  // Header 000 (not final, stored) from `bit`, zero padding to the byte, LEN 0, NLEN 0xFFFF.
  const trailer = bit <= 5 ? [pending, 0, 0, 0xff, 0xff] : [pending, 0, 0, 0, 0xff, 0xff];
  chunks.push(new Uint8Array(trailer));
  return concatChunks(chunks);
}

async function deflateInTwo(
  bytes: Uint8Array,
  helperDeflate: (data: Uint8Array) => Promise<Uint8Array>,
  prefer?: "native" | "fflate",
): Promise<Uint8Array> {
  const cut = Math.floor(bytes.length * HERE_SHARE);
  const tail = bytes.subarray(cut);
  // Asked first, so the helper works while this thread deflates the head.
  const fromHelper = withTimeout(helperDeflate(tail), HELPER_TIMEOUT_MS, "deflate helper").then(
    (z) => z,
    () => null,
  );
  let head: Uint8Array;
  try {
    head = deflateOpenEnded(bytes.subarray(0, cut));
  } catch {
    const tailDone = await fromHelper; // settle the helper's work before starting over here
    void tailDone;
    return deflateWhole(bytes, prefer);
  }
  // A helper that fails or stalls costs time, never bytes: the tail is then deflated here.
  const end = (await fromHelper) ?? (await deflateWhole(tail, prefer));
  return concatChunks([head, end]);
}
