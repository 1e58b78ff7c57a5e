/**
 * SHA-256 of an attachment (hex), to recognise a file already inside an earlier archive even when
 * Outlook hands it back under a new id. WebCrypto where the runtime has it (~1 GB/s), else
 * @noble/hashes (audited; ~200 MB/s) — classic Outlook's runtime may lack crypto.subtle.
 */
import { sha256 } from "@noble/hashes/sha2";

type Subtle = { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> };

function subtle(): Subtle | undefined {
  const c = (globalThis as { crypto?: { subtle?: Subtle } }).crypto;
  return c?.subtle && typeof c.subtle.digest === "function" ? c.subtle : undefined;
}

function hex(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
  return out;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const s = subtle();
  if (s) {
    try {
      return hex(new Uint8Array(await s.digest("SHA-256", bytes)));
    } catch {
      // e.g. a Uint8Array from another realm some runtimes refuse: the JS hash gives the same value.
    }
  }
  return hex(sha256(bytes));
}
