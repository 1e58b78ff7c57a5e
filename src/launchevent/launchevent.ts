/**
 * The OnMessageSend entry, built as ONE self-contained file: classic Outlook on Windows loads it
 * with no DOM, no imports and no Office.onReady, so the handler is associated at the top level.
 */
import "./prelude";
import { onMessageSend } from "./on-message-send";
import { onNewMessageCompose } from "./on-new-message-compose";
import { installWorkerKeystreamPort } from "./keystream-workers";

export const HANDLER_NAME = "onMessageSendHandler";
export const COMPOSE_HANDLER_NAME = "onNewMessageComposeHandler";

function onMessageSendHandler(event: Office.AddinCommands.Event): void {
  void onMessageSend(event);
}

function onNewMessageComposeHandler(event: Office.AddinCommands.Event): void {
  void onNewMessageCompose(event);
}

// Where the page can run workers (not classic Outlook's JS-only runtime) and has cores to spare, they help with AES and deflate.
installWorkerKeystreamPort();

Office.actions.associate(HANDLER_NAME, onMessageSendHandler);
Office.actions.associate(COMPOSE_HANDLER_NAME, onNewMessageComposeHandler);
