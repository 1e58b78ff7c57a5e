/**
 * The error names, codes and messages a real Outlook client reports.
 *
 * Source: the Outlook error table that Office.js registers at start-up
 * (`@microsoft/office-js` dist/outlook-web-16.01.debug.js, `addErrorMessage(9000…9055)`, the same
 * table in outlook-win32-16.02 and outlook-mac-16.00), its English strings
 * (dist/en-us/outlook_strings.debug.js), and Office's common code 5001 (InternalError).
 * The documented names per method come from the API reference (`@types/office-js` doc comments).
 */

/** The error object of a failed `Office.AsyncResult`: exactly `{ name, message, code }`. */
export interface SimulatedOfficeError extends Office.Error {
  name: string;
  message: string;
  code: number;
}

interface ErrorSpec {
  code: number;
  message: string;
}

/** Outlook's asynchronous errors (subset the add-in can meet during compose and send). */
export const OUTLOOK_ERRORS = {
  AttachmentSizeExceeded: { code: 9000, message: "The attachment cannot be added because it is too big." },
  NumberOfAttachmentsExceeded: {
    code: 9001,
    message: "Attachments cannot be added because the message already has the maximum number of attachments",
  },
  InternalFormatError: { code: 9002, message: "There was an internal format error." },
  InvalidAttachmentId: { code: 9003, message: "The attachment ID was invalid." },
  AttachmentUploadGeneralFailure: { code: 9007, message: "The attachment cannot be added to the item." },
  AttachmentDeleteGeneralFailure: { code: 9009, message: "The attachment cannot be deleted from the item." },
  NumberOfRecipientsExceeded: {
    code: 9012,
    message: "The total number of recipients in the field can't exceed {0}.",
  },
  NoValidRecipientsProvided: { code: 9013, message: "No valid recipients were provided." },
  /** roamingSettings.saveAsync over 32 KB, or the host failed to store them (empty message in Office.js). */
  GenericSettingsError: { code: 9019, message: "" },
  DuplicateNotificationKey: { code: 9023, message: "A notification with the provided key already exists." },
  NotificationKeyNotFound: { code: 9024, message: "There are no notifications with the provided key." },
  NumberOfNotificationsExceeded: {
    code: 9025,
    message: "The notification couldn't be added because the notification limit has been reached.",
  },
  APICallFailedDueToItemChange: { code: 9030, message: "The selected item has been changed." },
  InvalidParameterValueError: { code: 9031, message: "The value of the '{0}' parameter is invalid." },
  ApiCallNotSupportedByExtensionPoint: { code: 9032, message: "API not supported for extension point." },
  HTTPRequestFailure: {
    code: 9040,
    message: "The request has failed. Please look at the diagnostics object for the HTTP error code.",
  },
  NetworkError: {
    code: 9041,
    message: "The user is no longer connected to the network. Please check your network connection and try again.",
  },
  InternalServerError: {
    code: 9042,
    message: "The Exchange server returned an error. Please look at the diagnostics object for more information.",
  },
  AttachmentTypeNotSupported: { code: 9043, message: "The attachment type is not supported." },
  ItemNotFound: { code: 9049, message: "The item does not exist or has not been created." },
  KeyNotFound: { code: 9050, message: "The specified key was not found." },
  SessionObjectMaxLengthExceeded: {
    code: 9051,
    message: "The 'sessionData' object surpassed its maximum length of '{0}' characters.",
  },
  AttachmentResourceNotFound: { code: 9052, message: "The attachment was not found." },
  AttachmentDownloadFailed: { code: 9054, message: "Downloading the attachment failed." },
  /** An API Outlook does not run for an item in a shared folder or shared mailbox. */
  APINotSupportedForSharedFolders: { code: 9055, message: "API not supported for shared folders." },
  /** Office's common internal error (ooeInternalError), named "Internal Error" in en-us. */
  InternalError: { code: 5001, message: "An internal error has occurred." },
} satisfies Record<string, ErrorSpec>;

export type OutlookErrorName = keyof typeof OUTLOOK_ERRORS;

/** Makes the `{ name, message, code }` error of a failed AsyncResult. `arg` fills the `{0}` slot. */
export function outlookError(name: OutlookErrorName, arg?: string | number): SimulatedOfficeError {
  const spec: ErrorSpec = OUTLOOK_ERRORS[name];
  const message = arg === undefined ? spec.message : spec.message.replace("{0}", String(arg));
  // Office.js names the common 5001 error "Internal Error"; the Outlook ones use their key.
  return { name: name === "InternalError" ? "Internal Error" : name, message, code: spec.code };
}

export function isOutlookErrorName(name: string): name is OutlookErrorName {
  return Object.prototype.hasOwnProperty.call(OUTLOOK_ERRORS, name);
}

/**
 * The synchronous argument errors Office.js throws from its client-side validation before a call
 * reaches the host (e.g. more than 100 recipients in one call, an attachment name longer than 255
 * characters, a subject longer than 255). Office.js builds them as `Error` objects whose `name` is
 * the Sys.* exception name and whose message starts with it.
 */
export type ClientExceptionName =
  | "Sys.ArgumentException"
  | "Sys.ArgumentOutOfRangeException"
  | "Sys.ArgumentNullException"
  | "Sys.ArgumentTypeException";

export class SimulatedClientException extends Error {
  readonly paramName: string;
  readonly actualValue?: unknown;

  constructor(name: ClientExceptionName, paramName: string, actualValue?: unknown, detail?: string) {
    const defaults: Record<ClientExceptionName, string> = {
      "Sys.ArgumentException": "Value does not fall within the expected range.",
      "Sys.ArgumentOutOfRangeException": "Specified argument was out of the range of valid values.",
      "Sys.ArgumentNullException": "Value cannot be null.",
      "Sys.ArgumentTypeException": "Object is of the wrong type.",
    };
    let message = `${name}: ${detail ?? defaults[name]}\nParameter name: ${paramName}`;
    if (actualValue !== undefined && actualValue !== null) message += `\nActual value was ${String(actualValue)}.`;
    super(message);
    this.name = name;
    this.paramName = paramName;
    this.actualValue = actualValue;
  }
}
