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
// Not naa-token itself: MSAL is loaded on demand (naa-token-loader.ts), never with the handler.
export { lazyNaaTokenSource, signInLoadable } from "./naa-token-loader";
export type { NaaSettings } from "./naa-token";
export * from "./graph-port";
