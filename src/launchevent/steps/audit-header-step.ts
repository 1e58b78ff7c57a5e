/**
 * Stamps X-Outbound-Guard (add-in version and policy fingerprint, nothing about the content) on a
 * message the user may send: allowed, or stopped for confirmation — Outlook's "Send anyway" sends
 * without running the handler again, so the stamp must already be there. A blocked message has
 * any earlier stamp removed.
 *
 * A failure here never stops the user and never raises the verdict: the message then leaves
 * without the header, and the organisation's mail-flow rule holds it if it goes outside. Where
 * Outlook refuses headers for a shared mailbox (9055), the alert, if any, says so.
 */
import { auditHeaderValue } from "../../core/audit/audit-header";
import { policyFingerprint } from "../../core/policy/fingerprint";
import { removeAuditHeader, stampAuditHeader } from "../../outlook/audit-header";
import { t } from "../../core";
import { isSharedFolderRefusal } from "../../outlook/shared-folder";
import type { ApplyStep } from "../send-step";

declare const __ADDIN_VERSION__: string;

/** The manifest version the build wrote (webpack DefinePlugin); "dev" where there is no build. */
export function addinVersion(): string {
  return typeof __ADDIN_VERSION__ === "string" ? __ADDIN_VERSION__ : "dev";
}

export const auditHeaderStep: ApplyStep = {
  name: "auditHeader",
  async run(ctx, result) {
    try {
      // The verdict so far: a step that failed (e.g. the BCC move) may have raised it to block.
      if (ctx.verdict === "block") await removeAuditHeader(ctx.item);
      else await stampAuditHeader(ctx.item, auditHeaderValue(addinVersion(), policyFingerprint(ctx.policy)));
    } catch (err) {
      // Names the failed call only (OfficeCallError); no content of the message.
      console.warn(`Outbound Guard: audit header not stamped: ${err instanceof Error ? err.message : String(err)}`);
      // A shared mailbox that refuses headers (9055): say so where the alert shows, never stop for it.
      if (ctx.verdict !== "block" && isSharedFolderRefusal(err)) return { lines: [t(ctx.lang, "sharedFolderAuditHeader")] };
    }
  },
};
