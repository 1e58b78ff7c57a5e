/** The steps of one Send, in order. Add a feature's step here; keep each in its own file under steps/. */
import type { ApplyStep, GatherStep } from "./send-step";
import { addRecipientsStep } from "./steps/add-recipients-step";
import { attachmentTextStep } from "./steps/attachment-text-step";

export const gatherSteps: GatherStep[] = [attachmentTextStep];

export const applySteps: ApplyStep[] = [addRecipientsStep];
