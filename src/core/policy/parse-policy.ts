/** Parse and validate policy.json. A bad policy is refused as a whole, with every error. */
import { policySchema, type Policy } from "./schema";
import { formatIssue } from "./format-issue";
import { describeReservedKey, duplicateKeys, reservedKeys, type ReservedKey } from "./key-check";
import { parse as parseJsonc, printParseErrorCode, type ParseError } from "jsonc-parser";

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; errors: string[] };

/** Validates an already-parsed value (for example the result of JSON.parse). */
export function validatePolicy(value: unknown): PolicyResult {
  return validate(value, []);
}

/** True when `path` runs through the reserved key `r` (zod's own words about it would repeat ours). */
function under(path: ReadonlyArray<PropertyKey>, r: ReservedKey): boolean {
  return path.length > r.path.length && r.path.every((p, i) => path[i] === p) && path[r.path.length] === r.key;
}

function validate(value: unknown, before: string[]): PolicyResult {
  const reserved = reservedKeys(value);
  const parsed = policySchema.safeParse(value);
  if (parsed.success && reserved.length === 0 && before.length === 0) return { ok: true, policy: parsed.data };
  // A reserved key inside a fixed object is already an "unknown field"; inside a record it is ours to name.
  const issues = parsed.success ? [] : parsed.error.issues;
  const unknownHere = (r: ReservedKey) =>
    issues.some((i) => i.code === "unrecognized_keys" && i.keys.includes(r.key) && i.path.length === r.path.length && r.path.every((p, n) => i.path[n] === p));
  const ours = reserved.filter((r) => !unknownHere(r));
  const theirs = issues.filter((i) => !ours.some((r) => under(i.path, r))).flatMap((issue) => formatIssue(issue, value));
  const errors = [...before, ...ours.map(describeReservedKey), ...theirs];
  return { ok: false, errors: [...new Set(errors)] };
}

/** Parses policy.json text; invalid JSON is reported with its line and column. */
export function parsePolicy(text: string): PolicyResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    return { ok: false, errors: [describeJsonError(text, err)] };
  }
  return validate(value, duplicateKeys(text));
}

/** The built-in safe defaults: what the add-in uses when there is no valid policy. */
export function defaultPolicy(): Policy {
  return policySchema.parse({});
}

/** JSON.parse does not say where on every runtime; jsonc-parser (strict mode) always does. */
function describeJsonError(text: string, err: unknown): string {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length === 0) return `(policy): not valid JSON: ${err instanceof Error ? err.message : String(err)}`;
  const first = errors[0];
  const code = printParseErrorCode(first.error);
  let offset = first.offset;
  let reason = describeCode(code);
  // jsonc-parser names the symptom at the next token; an admin needs the cause and where it is.
  const comma = /,\s*$/.exec(text.slice(0, offset));
  if (comma && (code === "PropertyNameExpected" || code === "ValueExpected") && /^\s*[}\]]/.test(text.slice(offset))) {
    offset = comma.index;
    reason = "a comma before the closing bracket (JSON allows no trailing comma)";
  } else if (code === "InvalidCommentToken") reason = "a comment (JSON allows no comments)";
  else if (code === "InvalidSymbol" && text[offset] === "'") reason = "a single quote (JSON strings and names need double quotes)";
  else if (code === "CommaExpected") reason = "a comma is missing before this";
  else if (code === "ValueExpected" && text.trim() === "") reason = "the file is empty (write {} for the defaults)";
  const before = text.slice(0, offset).split("\n");
  const line = before.length;
  const column = before[before.length - 1].replace(/\r$/, "").length + 1;
  return `(policy): not valid JSON at line ${line}, column ${column}: ${reason}`;
}

function describeCode(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
