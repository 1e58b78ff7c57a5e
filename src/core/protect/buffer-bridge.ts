/**
 * archiver and zip-stream accept only `Buffer` sources and emit `Buffer` chunks. In Node that is the
 * built-in; in the browser bundles it is the `buffer` package, which webpack's ProvidePlugin injects
 * for archiver anyway (`Buffer: ['buffer', 'Buffer']`). This file is the only place in protect/ that
 * names `Buffer`, through that same global binding, so archiver and we always agree on one class.
 */

/** The archiver-side Buffer class (Node's, or the ProvidePlugin one in bundles). */
export type ArchiverBuffer = Buffer;

/** A Buffer view of the same memory (no copy). */
export function toArchiverBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A new Buffer holding `head` then `tail`. */
export function appendToArchiverBuffer(head: Uint8Array, tail: Uint8Array): Buffer {
  return Buffer.concat([head, tail]);
}

/** UTF-8 bytes of a string (TextEncoder is not guaranteed in the DOM-less runtime). */
export function utf8Bytes(text: string): Uint8Array {
  const b = Buffer.from(text, "utf8");
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
