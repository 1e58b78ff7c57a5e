/**
 * The playground page: a simulated Outlook compose window running the SAME launchevent.js that
 * Outlook loads. This script runs first and installs the simulated `Office` synchronously; the
 * build appends <script src="../launchevent.js"> after it, and that bundle associates its
 * OnMessageSend handler with our mailbox. Send then plays Outlook's part (see send-flow.ts).
 *
 * URL parameters preset the settings: ?lang=en-US&mailbox=1.12&events=never (a client that raises
 * no OnMessageAttachmentsChanged / OnMessageRecipientsChanged: the Send-time path only).
 */
import { createSession, DISPLAY_LANGUAGES, MAILBOX_VERSIONS } from "./session";
import { SENDERS } from "./compose-form";
import { interceptPolicyFetch } from "./fetch-intercept";
import { startPage } from "./page";

function param(name: string, allowed: readonly string[], fallback: string): string {
  const value = new URLSearchParams(window.location.search).get(name);
  return value !== null && allowed.includes(value) ? value : fallback;
}

const initial = {
  displayLanguage: param("lang", DISPLAY_LANGUAGES, "ja-JP"),
  mailboxVersion: param("mailbox", MAILBOX_VERSIONS, "1.15"),
  changeEvents: param("events", ["fire", "never"], "fire") as "fire" | "never",
  sender: SENDERS[0],
};

// Synchronously, before launchevent.js loads: the Office global and the policy server.
const session = createSession(window, initial);
let policyText = (): string => "";
const policyServer = interceptPolicyFetch(window, () => policyText());

function start(): void {
  const page = startPage(session, policyServer, initial);
  policyText = page.policyText;
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
