/**
 * The OnMessageSend entry, built as ONE self-contained file: classic Outlook on Windows loads it
 * with no DOM, no imports and no Office.onReady, so the handler is associated at the top level.
 */
import "./prelude";
import { onMessageSend } from "./on-message-send";
import { onNewMessageCompose } from "./on-new-message-compose";
import { installWorkerKeystreamPort } from "./keystream-workers";
import { installFastDeflateLoader } from "./fast-deflate-loader";
import { onAttachmentsOrRecipientsChanged } from "./on-change-events";

export const HANDLER_NAME = "onMessageSendHandler";
export const COMPOSE_HANDLER_NAME = "onNewMessageComposeHandler";
/** Mailbox 1.11 (Microsoft's "Supported events" table; the issue said 1.13). */
export const ATTACHMENTS_HANDLER_NAME = "onMessageAttachmentsChangedHandler";
export const RECIPIENTS_HANDLER_NAME = "onMessageRecipientsChangedHandler";

function onMessageSendHandler(event: Office.AddinCommands.Event): void {
  void onMessageSend(event);
}

function onNewMessageComposeHandler(event: Office.AddinCommands.Event): void {
  void onNewMessageCompose(event);
}

// Where the page can run workers (not classic Outlook's JS-only runtime) and has cores to spare, they help with AES and deflate.
installWorkerKeystreamPort();
// Where the page can load a file and run WebAssembly (not classic Outlook), large entries deflate ~3× faster.
installFastDeflateLoader();

Office.actions.associate(HANDLER_NAME, onMessageSendHandler);
Office.actions.associate(COMPOSE_HANDLER_NAME, onNewMessageComposeHandler);
Office.actions.associate(ATTACHMENTS_HANDLER_NAME, (event: Office.AddinCommands.Event) => void onAttachmentsOrRecipientsChanged(event));
Office.actions.associate(RECIPIENTS_HANDLER_NAME, (event: Office.AddinCommands.Event) => void onAttachmentsOrRecipientsChanged(event));
