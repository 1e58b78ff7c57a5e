/**
 * What JSON.parse and zod let through silently (issue 13): a duplicate key (the last one wins) and
 * keys that are Object.prototype names (zod's records drop "__proto__"; "constructor" misleads
 * any lookup). Both are refused with the field named, so an admin sees the mistake.
 */
import { visit, type JSONPath } from "jsonc-parser";
import { pathOf } from "./format-issue";

export const RESERVED_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** `field: duplicate key "k" (line L; first at line F)` for every repeated key in the text. */
export function duplicateKeys(text: string): string[] {
  const out: string[] = [];
  const open: Map<string, number>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        open.push(new Map());
      },
      onObjectEnd: () => {
        open.pop();
      },
      onObjectProperty: (property: string, _offset: number, _length: number, startLine: number, _col: number, pathSupplier: () => JSONPath) => {
        const seen = open[open.length - 1];
        if (!seen) return;
        const first = seen.get(property);
        if (first === undefined) seen.set(property, startLine + 1);
        else out.push(`${pathOf(pathSupplier())}: duplicate key ${JSON.stringify(property)} (line ${startLine + 1}; first at line ${first})`);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return out;
}

export interface ReservedKey {
  path: (string | number)[];
  key: string;
}

/** Every own key named like an Object.prototype member, anywhere in a parsed value (iterative: no depth limit). */
export function reservedKeys(value: unknown): ReservedKey[] {
  const out: ReservedKey[] = [];
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  while (stack.length) {
    const { v, path } = stack.pop() as { v: unknown; path: (string | number)[] };
    if (v === null || typeof v !== "object") continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(v);
    for (const k of keys) if (RESERVED_KEYS.has(k)) out.push({ path, key: k });
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i];
      if (!RESERVED_KEYS.has(k)) stack.push({ v: (v as Record<string, unknown>)[k], path: [...path, k] });
    }
  }
  return out;
}

export function describeReservedKey(r: ReservedKey): string {
  return `${pathOf(r.path)}: the key ${JSON.stringify(r.key)} is not allowed (a reserved name)`;
}
