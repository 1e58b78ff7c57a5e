/** The password-notice queue and its senders (Microsoft Graph deferred send; manual). */
export * from "./queue-entry";
export * from "./notice-queue";
export * from "./shared-store";
export * from "./graph-message";
export * from "./graph-client";
export * from "./graph-sender";
export * from "./graph-endpoint";
export * from "./deliver-notice";
export * from "./messages";
export { naaTokenSource, type NaaSettings } from "./naa-token";
export * from "./graph-port";
