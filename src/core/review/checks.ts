/** The registry of checks, in the order their lines appear in the alert. */
import { externalRecipientsCheck } from "../recipients/external-check";
import { supervisorCheck } from "../supervisor/supervisor-check";
import { personalDataCheck } from "../pii/personal-data-check";
import { attachmentProtectionCheck } from "../protect-check/attachment-protection-check";
import { misdirectionChecks } from "../misdirection";
import type { Check } from "./check";

export const defaultChecks: readonly Check[] = [externalRecipientsCheck, personalDataCheck, supervisorCheck, attachmentProtectionCheck, ...misdirectionChecks];
