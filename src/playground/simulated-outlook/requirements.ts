/**
 * Requirement sets: which Mailbox version the simulated client supports, and in which version each
 * API the add-in uses appeared (the `[Api set: Mailbox x.y]` remarks of the Outlook API reference).
 */

export type MailboxVersion = `1.${number}`;

/** When each compose-mode API the add-in touches was introduced. */
export const API_INTRODUCED_IN = {
  "to.getAsync": "1.1",
  "to.setAsync": "1.1",
  "to.addAsync": "1.1",
  "cc.getAsync": "1.1",
  "cc.setAsync": "1.1",
  "cc.addAsync": "1.1",
  "bcc.getAsync": "1.1",
  "bcc.setAsync": "1.1",
  "bcc.addAsync": "1.1",
  "from.getAsync": "1.7",
  "subject.getAsync": "1.1",
  "subject.setAsync": "1.1",
  "body.getAsync": "1.3",
  "body.setAsync": "1.3",
  "body.getTypeAsync": "1.1",
  getAttachmentsAsync: "1.8",
  getAttachmentContentAsync: "1.8",
  addFileAttachmentFromBase64Async: "1.8",
  removeAttachmentAsync: "1.1",
  "sessionData.getAsync": "1.11",
  "sessionData.setAsync": "1.11",
  "sessionData.getAllAsync": "1.11",
  "sessionData.removeAsync": "1.11",
  "sessionData.clearAsync": "1.11",
  "internetHeaders.getAsync": "1.8",
  "internetHeaders.setAsync": "1.8",
  "internetHeaders.removeAsync": "1.8",
  "delayDeliveryTime.getAsync": "1.13",
  "delayDeliveryTime.setAsync": "1.13",
  "roamingSettings.saveAsync": "1.1",
  "notificationMessages.addAsync": "1.3",
  "notificationMessages.replaceAsync": "1.3",
  "notificationMessages.removeAsync": "1.3",
  "notificationMessages.getAllAsync": "1.3",
} as const;

export type ApiCallName = keyof typeof API_INTRODUCED_IN;

export const API_CALL_NAMES = Object.keys(API_INTRODUCED_IN) as ApiCallName[];

export function isApiCallName(name: string): name is ApiCallName {
  return Object.prototype.hasOwnProperty.call(API_INTRODUCED_IN, name);
}

/** Smart Alerts `event.completed` options and the Mailbox version that reads them. */
export const COMPLETED_OPTION_INTRODUCED_IN = {
  allowEvent: "1.12",
  errorMessage: "1.12",
  cancelLabel: "1.14",
  commandId: "1.14",
  contextData: "1.14",
  sendModeOverride: "1.14",
  errorMessageMarkdown: "1.15",
} as const;

/**
 * Parses "1.13" (or the number 1.13) into [major, minor]. A number is read through its decimal
 * text, so 1.1 is 1.1 and cannot mean 1.10 — the same ambiguity Office.js has; pass strings.
 */
export function parseVersion(version: string | number): [number, number] {
  const text = typeof version === "number" ? String(version) : version.trim();
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`Not a requirement-set version: ${JSON.stringify(version)}`);
  return [Number(match[1]), Number(match[2] ?? "0")];
}

/** True when `have` is the same as or newer than `need`. */
export function versionAtLeast(have: string | number, need: string | number): boolean {
  const [haveMajor, haveMinor] = parseVersion(have);
  const [needMajor, needMinor] = parseVersion(need);
  return haveMajor > needMajor || (haveMajor === needMajor && haveMinor >= needMinor);
}

/**
 * `Office.context.requirements.isSetSupported` over the configured sets: "Mailbox" at the
 * configured version plus any extra sets (e.g. { IdentityAPI: "1.3" }). Set names compare
 * case-insensitively, as Office does.
 */
export function makeIsSetSupported(
  sets: Record<string, string>,
): (name: string, minVersion?: string | number) => boolean {
  const lower = new Map(Object.entries(sets).map(([k, v]) => [k.toLowerCase(), v]));
  return (name: string, minVersion?: string | number): boolean => {
    if (typeof name !== "string") return false;
    const have = lower.get(name.toLowerCase());
    if (have === undefined) return false;
    if (minVersion === undefined || minVersion === null || minVersion === "") return true;
    return versionAtLeast(have, minVersion);
  };
}
