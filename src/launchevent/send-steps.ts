/** The steps of one Send, in order. Add a feature's step here; keep each in its own file under steps/. */
import type { ApplyStep, GatherStep } from "./send-step";
import { addRecipientsStep } from "./steps/add-recipients-step";
import { attachmentTextStep } from "./steps/attachment-text-step";
import { protectAttachmentsStep } from "./steps/protect-attachments-step";
import { auditHeaderStep } from "./steps/audit-header-step";
import { passwordNoticeStep } from "./steps/password-notice-step";
import { rememberedDomainsStep } from "./steps/remembered-domains-step";
import { threadRecipientsStep } from "./steps/thread-recipients-step";
import { recordConfirmationsStep } from "./steps/record-confirmations-step";
import { moveToBccStep } from "./steps/move-to-bcc-step";
import { holdStep } from "./steps/hold-step";
import { sharedFolderMemoryStep } from "./steps/shared-folder-memory-step";

export const gatherSteps: GatherStep[] = [attachmentTextStep, rememberedDomainsStep, threadRecipientsStep];

export const applySteps: ApplyStep[] = [recordConfirmationsStep, addRecipientsStep, moveToBccStep, protectAttachmentsStep, holdStep, auditHeaderStep, sharedFolderMemoryStep, /* keep last: acts on the final verdict */ passwordNoticeStep];
