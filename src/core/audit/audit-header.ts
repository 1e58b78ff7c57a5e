/**
 * The audit header stamped on a message the add-in checked. It travels to the recipients, so it
 * carries the add-in version and the policy fingerprint only — never anything about the content,
 * the findings or the recipients. An Exchange mail-flow rule holds external mail without it
 * (docs/deployment-guide.md) and strips it on the way out.
 *
 *   X-Outbound-Guard: v=0.1.0.8760; policy=3f9a1c2b7d4e; checked=1
 */

export const AUDIT_HEADER_NAME = "X-Outbound-Guard";

/** What a mail-flow rule can match: `^v=\S+; policy=[0-9a-f]{12}; checked=1$`. */
export const AUDIT_HEADER_PATTERN = /^v=[0-9A-Za-z.+-]+; policy=[0-9a-f]{12}; checked=1$/;

export function auditHeaderValue(version: string, fingerprint: string): string {
  // A version from the build is digits and dots; anything else is reduced to what the pattern allows.
  const v = version.replace(/[^0-9A-Za-z.+-]/g, "") || "unknown";
  return `v=${v}; policy=${fingerprint}; checked=1`;
}
