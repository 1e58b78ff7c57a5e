/** The registry of checks, in the order their lines appear in the alert. */
import { externalRecipientsCheck } from "../recipients/external-check";
import { supervisorCheck } from "../supervisor/supervisor-check";
import { personalDataCheck } from "../pii/personal-data-check";
import { carriedFindingsCheck } from "../protect-check/carried-findings-check";
import { attachmentProtectionCheck } from "../protect-check/attachment-protection-check";
import { misdirectionChecks } from "../misdirection";
import { inSection, type Check } from "./check";

/**
 * The alert orders lines by section, not by this list: external recipients to confirm stop the
 * Send; the supervisor and the ZIP are actions; personal data is a finding (misdirection/index.ts
 * places its own checks).
 */
export const defaultChecks: readonly Check[] = [
  inSection("stop", externalRecipientsCheck),
  inSection("finding", personalDataCheck),
  inSection("finding", carriedFindingsCheck),
  inSection("action", supervisorCheck),
  inSection("action", attachmentProtectionCheck),
  ...misdirectionChecks,
];
