/** Turns schema issues into lines an admin can act on: `field.path: reason`. */
import type * as z from "zod/mini";

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return String(value);
}

export function pathOf(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (typeof part === "string" && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || "(policy)";
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  if (typeof value === "number" && !Number.isInteger(value)) return "a number";
  return typeof value === "string" ? "text" : typeof value;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  record: "an object",
};

export function formatIssue(issue: z.core.$ZodIssue, root: unknown): string[] {
  const input = valueAt(root, issue.path);
  const where = pathOf(issue.path);
  switch (issue.code) {
    case "invalid_type":
      // JSON.parse reads 1e400 as Infinity: "must be a number, got a number" helped nobody.
      if (typeof input === "number" && !Number.isFinite(input) && (issue.expected === "number" || issue.expected === "int"))
        return [`${where}: must be a finite number, got one too large to represent`];
      return [`${where}: must be ${EXPECTED[issue.expected] ?? issue.expected}, got ${input === undefined ? "nothing" : typeName(input)}`];
    case "invalid_value":
      return [`${where}: must be ${issue.values.map((v) => show(v)).join(" or ")}, got ${show(input)}`];
    case "unrecognized_keys":
      return issue.keys.map((k) => `${pathOf([...issue.path, k])}: unknown field`);
    case "too_small":
      if (issue.origin === "string") return [`${where}: must not be empty`];
      return [`${where}: must be at least ${String(issue.minimum)}, got ${show(input)}`];
    case "too_big":
      if (issue.origin === "string") return [`${where}: must be at most ${String(issue.maximum)} characters`];
      return [`${where}: must be at most ${String(issue.maximum)}, got ${show(input)}`];
    case "invalid_format":
      return [`${where}: ${issue.message}, got ${show(input)}`];
    case "invalid_key": {
      const key = issue.path[issue.path.length - 1];
      const reason = issue.issues[0]?.message ?? "is not allowed";
      return [`${where}: the key ${reason}, got ${show(key)}`];
    }
    case "invalid_element":
      return issue.issues.flatMap((sub) => formatIssue({ ...sub, path: [...issue.path, ...sub.path] } as z.core.$ZodIssue, root));
    default:
      return [`${where}: ${issue.message}`];
  }
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}
