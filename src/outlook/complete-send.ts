/**
 * Completing the OnMessageSend event. Mailbox 1.12 has allowEvent and errorMessage; the richer
 * options (1.14: cancelLabel, commandId, sendModeOverride; 1.15: errorMessageMarkdown) are
 * passed only where the client supports them, since older clients reject unknown options.
 */
import { supportsMailbox } from "./requirements";

/**
 * The id of the manifest's compose button that opens the task pane (manifest.xml; a test keeps
 * them equal). Outlook treats an unknown id as plain "cancel", so the alert's button would open nothing.
 */
export const TASKPANE_COMMAND_ID = "obgOpenPaneButton";

export interface SendDecision {
  allow: boolean;
  /** Plain-text alert (≤ 500 characters). */
  text?: string;
  /** Markdown alert for 1.15 clients. */
  markdown?: string;
  /** Let the user choose "Send anyway" (a confirmation rather than a block). */
  userMayOverride?: boolean;
  cancelLabel?: string;
}

export function completeOptions(decision: SendDecision): Office.SmartAlertsEventCompletedOptions {
  if (decision.allow) return { allowEvent: true };
  const options: Office.SmartAlertsEventCompletedOptions = { allowEvent: false, errorMessage: decision.text ?? "" };
  if (supportsMailbox("1.14")) {
    if (decision.cancelLabel) {
      options.cancelLabel = decision.cancelLabel.slice(0, 20);
      options.commandId = TASKPANE_COMMAND_ID;
    }
    if (decision.userMayOverride) options.sendModeOverride = Office.MailboxEnums.SendModeOverride.PromptUser;
  }
  if (supportsMailbox("1.15") && decision.markdown) options.errorMessageMarkdown = decision.markdown;
  return options;
}

export function completeSend(event: Office.AddinCommands.Event, decision: SendDecision): void {
  event.completed(completeOptions(decision));
}
