/**
 * BigInt (ES2020) does not exist in classic Outlook's handler runtime before Version 2403 (ES2016
 * only, see es2016-shim.ts), and cannot be polyfilled: `1n` syntax and `<<` on BigInts need the
 * engine. @noble/hashes still NAMES it: it writes a SHA-1/SHA-256 message's bit length with
 * `view.setBigUint64(offset, BigInt(bits), le)` (_md.js), so the policy fingerprint of the audit
 * header and the WinZip AES key (no crypto.subtle there) need it on every Send.
 * (zod's int64 constants, `BigInt("-9223372036854775808")` at load, left the bundle with zod/mini
 * in issue 11; `buffer` names BigInt only inside its 64-bit read/write methods, never called.)
 *
 * So, only where BigInt is missing: `BigInt(x)` returns an opaque value that remembers x, and
 * DataView.prototype.setBigUint64 writes such a value when x was an exact non-negative integer —
 * exactly what noble needs. Any other use (arithmetic, comparison, conversion to a number or a
 * string) throws a TypeError that says BigInt is unavailable: never a silently wrong number.
 */

const TWO_32 = 4294967296;

function unavailable(): TypeError {
  return new TypeError("BigInt is not available in this Outlook (classic Outlook on Windows before Version 2403): a 64-bit integer operation cannot run");
}

/** What `BigInt(x)` returns where there is no BigInt. */
export class BigIntStandIn {
  /** x when it was a safe non-negative integer Number (all that setBigUint64 below accepts). */
  readonly exact: number | undefined;
  constructor(readonly source: unknown) {
    this.exact = typeof source === "number" && Number.isSafeInteger(source) && source >= 0 ? source : undefined;
  }
  valueOf(): never {
    throw unavailable();
  }
  toString(): never {
    throw unavailable();
  }
  toJSON(): never {
    throw unavailable();
  }
}
Object.defineProperty(BigIntStandIn.prototype, Symbol.toPrimitive, {
  value: () => {
    throw unavailable();
  },
});

function bigIntStandIn(value: unknown): BigIntStandIn {
  if (new.target) throw new TypeError("BigInt is not a constructor");
  return new BigIntStandIn(value);
}

/** DataView#setBigUint64 for a BigIntStandIn holding an exact integer; anything else throws. */
function setBigUint64(this: DataView, byteOffset: number, value: unknown, littleEndian?: boolean): void {
  if (!(value instanceof BigIntStandIn) || value.exact === undefined) throw unavailable();
  const high = Math.floor(value.exact / TWO_32);
  const low = value.exact % TWO_32;
  const le = Boolean(littleEndian);
  this.setUint32(byteOffset + (le ? 4 : 0), high, le);
  this.setUint32(byteOffset + (le ? 0 : 4), low, le);
}

/** Installs the stand-in on `g` when it has no BigInt; returns whether it did. */
export function installBigIntStandIn(g: Record<string, unknown>): boolean {
  if (typeof g.BigInt !== "undefined") return false;
  Object.defineProperty(g, "BigInt", { value: bigIntStandIn, writable: true, configurable: true, enumerable: false });
  const proto = (g.DataView as typeof DataView | undefined)?.prototype;
  if (proto && !("setBigUint64" in proto)) {
    Object.defineProperty(proto, "setBigUint64", { value: setBigUint64, writable: true, configurable: true, enumerable: false });
  }
  return true;
}
