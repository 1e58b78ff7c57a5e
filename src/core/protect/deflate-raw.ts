/**
 * Raw deflate (ZIP method 8) for the fast engine: the runtime's native CompressionStream
 * ('deflate-raw': Chromium, Edge, Safari 16.4+, Node 21.2+/20.12+) where it exists, else fflate
 * (pure JS, works in the DOM-less runtime).
 */
import { deflateSync } from "fflate";
import { concatChunks } from "./buffer-bridge";

export const DEFLATE_LEVEL = 6;

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

export async function deflateRaw(bytes: Uint8Array, prefer?: "native" | "fflate"): Promise<Uint8Array> {
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
