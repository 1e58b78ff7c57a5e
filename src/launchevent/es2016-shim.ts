/**
 * Built-ins newer than ES2016 that the packages in the launchevent bundle call (zod, archiver's
 * streams, nodemailer's pieces, tslib), for classic Outlook on Windows before Version 2403, whose
 * event-handler runtime "only supports ECMAScript 2016 and earlier specifications" (Microsoft,
 * "Troubleshoot event-based and spam-reporting add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/testing/troubleshoot-event-based-and-spam-reporting-add-ins).
 *
 * Each is defined only where it is missing, non-enumerable like the real one, so a browser or a
 * newer Outlook keeps its own. BigInt cannot be polyfilled: see bigint-stand-in.ts.
 * tests/tools/es2016-context.js lists what the build check removes before loading the bundle.
 */

type AnyFunction = (this: unknown, ...args: never[]) => unknown;

function define(target: object, name: string | symbol, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function toObject(value: unknown): Record<PropertyKey, unknown> {
  if (value === null || value === undefined) throw new TypeError("Cannot convert undefined or null to object");
  return Object(value) as Record<PropertyKey, unknown>;
}

// ES2017
define(Object, "values", function values(o: unknown): unknown[] {
  const obj = toObject(o);
  return Object.keys(obj).map((k) => obj[k]);
});
define(Object, "entries", function entries(o: unknown): Array<[string, unknown]> {
  const obj = toObject(o);
  return Object.keys(obj).map((k): [string, unknown] => [k, obj[k]]);
});
define(Object, "getOwnPropertyDescriptors", function getOwnPropertyDescriptors(o: unknown): PropertyDescriptorMap {
  const obj = toObject(o);
  const out: PropertyDescriptorMap = {};
  for (const key of Reflect.ownKeys(obj)) {
    const d = Object.getOwnPropertyDescriptor(obj, key);
    if (d) out[key as string] = d;
  }
  return out;
});

/** The padding of String.prototype.padStart / padEnd (ES2017 StringPad). */
function padding(s: string, maxLength: unknown, fill: unknown): string {
  const target = Math.floor(Number(maxLength)) || 0;
  const filler = fill === undefined ? " " : String(fill);
  if (target <= s.length || filler === "") return "";
  const needed = target - s.length;
  let pad = filler;
  while (pad.length < needed) pad += filler;
  return pad.slice(0, needed);
}
define(String.prototype, "padStart", function padStart(this: unknown, maxLength: number, fill?: string): string {
  const s = String(toObject(this));
  return padding(s, maxLength, fill) + s;
});
define(String.prototype, "padEnd", function padEnd(this: unknown, maxLength: number, fill?: string): string {
  const s = String(toObject(this));
  return s + padding(s, maxLength, fill);
});

// ES2018
define(Promise.prototype, "finally", function promiseFinally(this: Promise<unknown>, onFinally?: () => unknown): Promise<unknown> {
  if (typeof onFinally !== "function") return this.then(onFinally, onFinally);
  return this.then(
    (value) => Promise.resolve(onFinally()).then(() => value),
    (reason) =>
      Promise.resolve(onFinally()).then(() => {
        throw reason;
      }),
  );
});
// Well-known symbols are read-only properties of Symbol; a missing one may be added.
if (typeof Symbol === "function" && !(Symbol as unknown as { asyncIterator?: symbol }).asyncIterator) {
  define(Symbol, "asyncIterator", Symbol("Symbol.asyncIterator"));
}

// ES2019
function flatten(source: unknown[], depth: number, out: unknown[]): unknown[] {
  for (let i = 0; i < source.length; i++) {
    if (!(i in source)) continue; // holes are skipped, as the real one does
    const item = source[i];
    if (depth > 0 && Array.isArray(item)) flatten(item, depth - 1, out);
    else out.push(item);
  }
  return out;
}
define(Array.prototype, "flat", function flat(this: unknown[], depth?: number): unknown[] {
  const d = depth === undefined ? 1 : Math.floor(Number(depth)) || 0;
  return flatten(Array.prototype.slice.call(toObject(this)) as unknown[], d, []);
});
define(Array.prototype, "flatMap", function flatMap(this: unknown[], fn: AnyFunction, thisArg?: unknown): unknown[] {
  if (typeof fn !== "function") throw new TypeError("flatMap: the callback is not a function");
  const mapped = Array.prototype.map.call(toObject(this), fn as never, thisArg) as unknown[];
  return flatten(mapped, 1, []);
});
define(Object, "fromEntries", function fromEntries(entries: Iterable<readonly [PropertyKey, unknown]>): Record<PropertyKey, unknown> {
  const out: Record<PropertyKey, unknown> = {};
  for (const entry of entries) out[entry[0] as string] = entry[1];
  return out;
});
define(String.prototype, "trimStart", function trimStart(this: unknown): string {
  return String(toObject(this)).replace(/^[\s\uFEFF\xA0]+/, "");
});
define(String.prototype, "trimEnd", function trimEnd(this: unknown): string {
  return String(toObject(this)).replace(/[\s\uFEFF\xA0]+$/, "");
});

// ES2020
define(Promise, "allSettled", function allSettled(items: Iterable<unknown>): Promise<unknown[]> {
  return Promise.all(
    Array.from(items, (item) =>
      Promise.resolve(item).then(
        (value) => ({ status: "fulfilled", value }),
        (reason) => ({ status: "rejected", reason }),
      ),
    ),
  );
});

export const ES2016_SHIM = true;
