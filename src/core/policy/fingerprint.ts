/**
 * A short fingerprint of the policy in force, for the audit header and `policy check`: the same
 * rules give the same fingerprint however the file is written (key order, spacing, defaults left
 * out), and the fingerprint says nothing about what the rules are.
 */
import { sha256 } from "@noble/hashes/sha2";
import { encodeUtf8 } from "../bytes/utf8";
import type { Policy } from "./schema";

/** Hex digits kept: 48 bits, enough to tell an organisation's policy versions apart. */
export const FINGERPRINT_LENGTH = 12;

/** JSON with object keys sorted at every level; arrays keep their order (it can matter). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value as Record<string, unknown>)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The fingerprint of a validated policy (with its defaults filled in); `$schema` is ignored. */
export function policyFingerprint(policy: Policy): string {
  const { $schema: _ignored, ...rules } = policy;
  const digest = sha256(encodeUtf8(canonicalJson(rules)));
  let hex = "";
  for (let i = 0; i < FINGERPRINT_LENGTH / 2; i++) hex += digest[i].toString(16).padStart(2, "0");
  return hex;
}
