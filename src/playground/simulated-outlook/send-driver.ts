/**
 * The Send button: `pressSend(mailbox)` runs the OnMessageSend handler the add-in registered with
 * `Office.actions.associate`, waits for `event.completed(options)`, and plays Outlook's part:
 *
 * - options the configured Mailbox version does not know are ignored (and listed), as a real
 *   client ignores them: `cancelLabel`, `commandId`, `contextData`, `sendModeOverride` need 1.14,
 *   `errorMessageMarkdown` 1.15;
 * - the limits of the reference are enforced: `errorMessage` / `errorMessageMarkdown` at most 500
 *   characters, `cancelLabel` at most 20, `sendModeOverride` only "promptUser";
 * - with `allowEvent: false` a Smart Alerts dialog is shown. Its send mode is the manifest's
 *   (SoftBlock by default) unless `sendModeOverride: "promptUser"` applies; only PromptUser offers
 *   "Send Anyway", taken when the driver's `userChoice` is "sendAnyway";
 * - a handler that never completes fails after `timeoutMs` (Outlook cuts at about 5 minutes);
 *   one that completes twice fails;
 * - a runtime that ends silently (test-only fault `mailbox.haltAfterCalls`) never completes: the
 *   Send resolves at once with `halted: true` and the message is not sent here. In Outlook the
 *   manifest's send mode decides what an unavailable add-in gets (a dialog; SoftBlock sends:
 *   https://learn.microsoft.com/office/dev/add-ins/outlook/smart-alerts-onmessagesend-walkthrough#available-send-mode-options),
 *   so tests check that the item is safe at every stop, whatever follows.
 */
import { COMPLETED_OPTION_INTRODUCED_IN } from "./requirements";
import type { SentMessage, SimulatedMailbox } from "./mailbox";

export type SendMode = "softBlock" | "promptUser" | "block";
export type UserChoice = "sendAnyway" | "dontSend";

export interface PressSendOptions {
  /** The name passed to Office.actions.associate. Default "onMessageSendHandler". */
  handlerName?: string;
  /** Default 30 s. Outlook itself cuts the handler at about 5 minutes. */
  timeoutMs?: number;
  /** The manifest's SendMode. Default "softBlock". */
  sendMode?: SendMode;
  /** The user's answer to a PromptUser dialog. Default "dontSend". */
  userChoice?: UserChoice;
  /** How long to keep listening for a second `completed()` after the first. Default 50 ms. */
  settleMs?: number;
  /** Shown in Outlook's default dialog text. Default "Outbound Guard". */
  addinName?: string;
}

export type CompletedOptions = Office.SmartAlertsEventCompletedOptions & Record<string, unknown>;

export interface SmartAlertDialog {
  sendMode: SendMode;
  /** The text shown: the Markdown one where supported, else `errorMessage`, else Outlook's default. */
  message: string;
  markdown: boolean;
  buttons: string[];
}

export interface SendOutcome {
  /** Did the message leave? */
  allowed: boolean;
  /** Exactly what the handler passed to `event.completed` (undefined when it passed nothing). */
  options: CompletedOptions | undefined;
  /** What this client acted on. */
  effectiveOptions: CompletedOptions;
  /** Option names passed but ignored by this client's Mailbox version (or unknown to Outlook). */
  ignoredOptions: string[];
  dialog?: SmartAlertDialog;
  userChoice?: UserChoice;
  /** From pressing Send to the handler's (first) `event.completed` call. */
  durationMs: number;
  /** Outlook shows "taking longer than expected" after 5 s. */
  slowNotice: boolean;
  /** An exception the handler threw or rejected with (it still completed). */
  handlerError?: unknown;
  /** What was sent, when allowed. */
  sentMessage?: SentMessage;
  /** The runtime ended silently (test-only fault `mailbox.haltAfterCalls`): no completed(), not sent. */
  halted?: boolean;
}

export type SendDriverErrorKind = "NoHandler" | "Unsupported" | "Timeout" | "CompletedTwice" | "InvalidCompletedOptions";

export class SendDriverError extends Error {
  readonly kind: SendDriverErrorKind;
  readonly completions: unknown[];

  constructor(kind: SendDriverErrorKind, message: string, completions: unknown[] = []) {
    super(`${kind}: ${message}`);
    this.name = "SendDriverError";
    this.kind = kind;
    this.completions = completions;
  }
}

const MESSAGE_CHARS = 500;
const CANCEL_LABEL_CHARS = 20;
const SLOW_NOTICE_MS = 5000;

export function pressSend(mailbox: SimulatedMailbox, opts: PressSendOptions = {}): Promise<SendOutcome> {
  const handlerName = opts.handlerName ?? "onMessageSendHandler";
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const settleMs = opts.settleMs ?? 50;
  const handler = mailbox.actions.get(handlerName);
  if (!mailbox.supports("1.12")) {
    return Promise.reject(
      new SendDriverError("Unsupported", `OnMessageSend needs Mailbox 1.12; this client supports ${mailbox.settings.mailboxVersion}`),
    );
  }
  if (!handler) {
    const known = [...mailbox.actions.keys()].join(", ") || "none";
    return Promise.reject(new SendDriverError("NoHandler", `no function associated as "${handlerName}" (registered: ${known})`));
  }

  return new Promise<SendOutcome>((resolve, reject) => {
    const started = Date.now();
    const completions: Array<CompletedOptions | undefined> = [];
    let handlerError: unknown;
    let done = false;
    let settleTimer: ReturnType<typeof setTimeout> | undefined;

    const finish = (result: SendOutcome | SendDriverError) => {
      if (done) return;
      done = true;
      clearTimeout(timeoutTimer);
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      if (result instanceof SendDriverError) reject(result);
      else resolve(result);
    };

    // Test-only fault: the runtime ended before completed(); the Send did not happen.
    void mailbox.whenHalted().then(() => {
      if (completions.length > 0) return;
      finish({ allowed: false, options: undefined, effectiveOptions: {}, ignoredOptions: [], durationMs: Date.now() - started, slowNotice: false, halted: true });
    });

    const timeoutTimer = setTimeout(() => {
      const cause = handlerError === undefined ? "" : ` (the handler failed: ${describe(handlerError)})`;
      finish(new SendDriverError("Timeout", `the handler did not call event.completed within ${timeoutMs} ms${cause}`));
    }, timeoutMs);

    const event = {
      type: "olkMessageSend",
      completed(options?: CompletedOptions): void {
        completions.push(options === undefined ? undefined : { ...options });
        if (completions.length === 2) {
          finish(new SendDriverError("CompletedTwice", "event.completed was called more than once", completions));
        } else if (completions.length === 1) {
          // The handler's time ends at its completed() call, not after the driver's settle window.
          const durationMs = Date.now() - started;
          settleTimer = setTimeout(() => {
            try {
              finish(decide(mailbox, opts, completions[0], durationMs, handlerError));
            } catch (error) {
              finish(error instanceof SendDriverError ? error : new SendDriverError("InvalidCompletedOptions", describe(error), completions));
            }
          }, settleMs);
        }
      },
    };

    try {
      const returned = handler(event) as unknown;
      if (returned && typeof (returned as Promise<unknown>).then === "function") {
        (returned as Promise<unknown>).then(undefined, (error: unknown) => {
          handlerError = error;
        });
      }
    } catch (error) {
      handlerError = error;
    }
  });
}

function decide(
  mailbox: SimulatedMailbox,
  opts: PressSendOptions,
  passed: CompletedOptions | undefined,
  durationMs: number,
  handlerError: unknown,
): SendOutcome {
  const ignoredOptions: string[] = [];
  const effective: CompletedOptions = {};
  for (const [key, value] of Object.entries(passed ?? {})) {
    const since = (COMPLETED_OPTION_INTRODUCED_IN as Record<string, string>)[key];
    if (since === undefined || !mailbox.supports(since)) ignoredOptions.push(key);
    else effective[key] = value;
  }
  validate(effective, passed);

  const outcome: SendOutcome = {
    allowed: true,
    options: passed,
    effectiveOptions: effective,
    ignoredOptions,
    durationMs,
    slowNotice: durationMs > SLOW_NOTICE_MS,
  };
  if (handlerError !== undefined) outcome.handlerError = handlerError;

  if (effective.allowEvent === false) {
    const sendMode: SendMode = effective.sendModeOverride === "promptUser" ? "promptUser" : opts.sendMode ?? "softBlock";
    const markdown = typeof effective.errorMessageMarkdown === "string" && effective.errorMessageMarkdown !== "";
    const text = markdown
      ? (effective.errorMessageMarkdown as string)
      : effective.errorMessage || `${opts.addinName ?? "Outbound Guard"} is preventing this email from being sent.`;
    const buttons = sendMode === "promptUser" ? ["Send Anyway", "Don't Send"] : ["Don't Send"];
    if (typeof effective.commandId === "string") buttons.push(effective.cancelLabel || "Take Action");
    outcome.dialog = { sendMode, message: text, markdown, buttons };
    outcome.userChoice = opts.userChoice ?? "dontSend";
    outcome.allowed = sendMode === "promptUser" && outcome.userChoice === "sendAnyway";
  }
  if (outcome.allowed) {
    outcome.sentMessage = snapshot(mailbox);
    mailbox.sent.push(outcome.sentMessage);
  }
  return outcome;
}

function validate(effective: CompletedOptions, passed: unknown): void {
  const problems: string[] = [];
  if (effective.allowEvent !== undefined && typeof effective.allowEvent !== "boolean") problems.push("allowEvent must be a boolean");
  for (const key of ["errorMessage", "errorMessageMarkdown"] as const) {
    const value = effective[key];
    if (value === undefined) continue;
    if (typeof value !== "string") problems.push(`${key} must be a string`);
    else if (value.length > MESSAGE_CHARS) problems.push(`${key} is ${value.length} characters; Outlook allows at most ${MESSAGE_CHARS}`);
  }
  const label = effective.cancelLabel;
  if (label !== undefined && (typeof label !== "string" || label.length > CANCEL_LABEL_CHARS)) {
    problems.push(`cancelLabel must be a string of at most ${CANCEL_LABEL_CHARS} characters, got ${JSON.stringify(label)}`);
  }
  const override = effective.sendModeOverride;
  if (override !== undefined && override !== "promptUser") problems.push(`sendModeOverride can only be "promptUser", got ${JSON.stringify(override)}`);
  if (problems.length > 0) throw new SendDriverError("InvalidCompletedOptions", problems.join("; "), [passed]);
}

/** What leaves the outbox: a copy of the item as it is now. */
export function snapshot(mailbox: SimulatedMailbox): SentMessage {
  const item = mailbox.item;
  return {
    from: { ...item.from },
    to: item.to.map((r) => ({ ...r })),
    cc: item.cc.map((r) => ({ ...r })),
    bcc: item.bcc.map((r) => ({ ...r })),
    subject: item.subject,
    bodyType: item.bodyType,
    body: item.body,
    attachments: item.attachments.map((a) => ({ ...a })),
    internetHeaders: Object.fromEntries(item.internetHeaders),
    delayDeliveryTime: item.delayDeliveryTime,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
