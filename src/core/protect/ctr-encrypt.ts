/**
 * WinZip AES-256-CTR over one entry's bytes, in place (inside the final archive buffer), in
 * 1 MiB pieces: this thread takes pieces from the front; a KeystreamPort, when given, makes the
 * keystream of pieces from the back, which this thread XORs in as they arrive. A port that fails or
 * stalls costs time, never bytes: its pieces are done here.
 */
import { bestAesCtrKernel } from "./aes256-ctr-wasm";
import type { KeystreamPort } from "./keystream-port";
import { withTimeout } from "./with-timeout";

export const CTR_PIECE = 1 << 20; // a multiple of 16
const BLOCK = 16;
/** Without a port, give the event loop a turn every this many bytes. */
const YIELD_EVERY = 8 * CTR_PIECE;
/** A piece the port has not delivered after this long is done here instead. */
const PORT_TIMEOUT_MS = 10_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface CtrOptions {
  port?: KeystreamPort;
  /**
   * Read the plaintext from here (same length as `data`) and write the ciphertext into `data`:
   * the archive gets its copy of the payload and the encryption in one pass, piece by piece.
   * Default: `data` itself (in place).
   */
  source?: Uint8Array;
  /** Bytes of `data` encrypted so far (not in order when a port helps). */
  onBytes?: (done: number) => void;
}

export async function encryptWinZipCtrInPlace(key: Uint8Array, data: Uint8Array, options: CtrOptions = {}): Promise<void> {
  const kernel = bestAesCtrKernel();
  const rk = kernel.expandKey(key);
  const pieces = Math.ceil(data.length / CTR_PIECE);
  const pieceEnd = (i: number) => Math.min(data.length, (i + 1) * CTR_PIECE);
  const source = options.source ?? data;
  if (source.length !== data.length) throw new Error("source and data differ in length");
  let done = 0;
  const doHere = (i: number) => {
    kernel.xorKeystreamFrom(rk, 1 + (i * CTR_PIECE) / BLOCK, source, data, i * CTR_PIECE, pieceEnd(i));
    done += pieceEnd(i) - i * CTR_PIECE;
    options.onBytes?.(done);
  };
  try {
    const port = options.port;
    if (!port || pieces < 3) {
      let sinceYield = 0;
      for (let i = 0; i < pieces; i++) {
        doHere(i);
        sinceYield += CTR_PIECE;
        if (sinceYield >= YIELD_EVERY && i + 1 < pieces) {
          sinceYield = 0;
          await yieldToEventLoop();
        }
      }
      return;
    }

    let front = 0;
    let back = pieces;
    let inFlight = 0;
    const retry: number[] = [];
    const flights: Promise<void>[] = [];
    const ask = () => {
      while (inFlight < 2 * Math.max(1, port.parallelism) && back - 1 > front) {
        const i = --back;
        const from = i * CTR_PIECE;
        const blocks = Math.ceil((pieceEnd(i) - from) / BLOCK);
        inFlight++;
        flights.push(
          withTimeout(port.keystream(key, 1 + from / BLOCK, blocks), PORT_TIMEOUT_MS, "keystream port").then(
            (ks) => {
              inFlight--;
              if (ks.length < pieceEnd(i) - from) throw new Error("short keystream");
              const piece = data.subarray(from, pieceEnd(i));
              const plain = source.subarray(from, pieceEnd(i));
              for (let b = 0; b < piece.length; b++) piece[b] = plain[b] ^ ks[b];
              done += piece.length;
              options.onBytes?.(done);
              ask();
            },
          ).catch(() => {
            inFlight--;
            retry.push(i);
          }),
        );
      }
    };
    ask();
    while (front < back) {
      doHere(front++);
      // Replies are delivered only when this thread returns to the event loop.
      if (front % 2 === 0) {
        await yieldToEventLoop();
        ask();
      }
    }
    // Wait for every piece asked for (more may be asked while waiting: none, front has met back).
    for (let k = 0; k < flights.length; k++) await flights[k];
    for (const i of retry) doHere(i);
  } finally {
    rk.fill(0);
  }
}
