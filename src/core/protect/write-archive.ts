/**
 * Drives archiver: one registered format, in-memory entries in, one Uint8Array out.
 */
import { concatChunks } from "../bytes/concat-bytes";
import { toArchiverBuffer } from "./buffer-bridge";
import { createArchive } from "./formats";

export interface ArchiveEntryInput {
  name: string;
  bytes: Uint8Array;
  /** Method 0 instead of deflate. */
  store: boolean;
}

export interface WriteArchiveOptions {
  format: string;
  formatOptions: Record<string, unknown>;
  date: Date;
  onEntry?: (index: number) => void;
}

export function writeArchive(entries: readonly ArchiveEntryInput[], options: WriteArchiveOptions): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      try {
        archive.abort();
      } catch {
        // already failed
      }
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    const archive = createArchive(options.format, { zlib: { level: 6 }, ...options.formatOptions });
    const chunks: Uint8Array[] = [];
    let entriesDone = 0;
    archive.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    archive.on("entry", () => options.onEntry?.(entriesDone++));
    archive.on("warning", fail);
    archive.on("error", fail);
    archive.on("end", () => {
      if (settled) return;
      settled = true;
      resolve(concatChunks(chunks));
    });
    for (const e of entries) {
      archive.append(toArchiverBuffer(e.bytes), { name: e.name, store: e.store, date: options.date });
    }
    archive.finalize().catch(fail);
  });
}
