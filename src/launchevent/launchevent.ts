/**
 * The OnMessageSend entry, built as ONE self-contained file: classic Outlook on Windows loads it
 * with no DOM, no imports and no Office.onReady, so the handler is associated at the top level.
 */
import "./prelude";
import { onMessageSend } from "./on-message-send";

export const HANDLER_NAME = "onMessageSendHandler";

function onMessageSendHandler(event: Office.AddinCommands.Event): void {
  void onMessageSend(event);
}

Office.actions.associate(HANDLER_NAME, onMessageSendHandler);
