/**
 * `createSimulatedMailbox`: the state of one compose window, its client settings, and the kernel
 * every simulated call goes through (call log, fault injection, latency, asynchronous delivery).
 */
import { toEmailAddressDetails } from "./addresses";
import { fail, makeAsyncResult, readCommonArgs, type Outcome } from "./async-result";
import { base64DecodedSize } from "./base64";
import {
  isOutlookErrorName,
  outlookError,
  SimulatedClientException,
  type OutlookErrorName,
  type SimulatedOfficeError,
} from "./errors";
import { isApiCallName, versionAtLeast, type ApiCallName } from "./requirements";
import { makeRoamingServer, type RoamingServer } from "./roaming-settings";
import { makeEventTracker, type EventTracker, type LaunchEventRecord } from "./change-events";
import type {
  ArgumentErrorStyle,
  AttachmentInit,
  BodyType,
  CallRecord,
  ComposeItemState,
  LatencySetting,
  Limits,
  MailboxSettings,
  RecipientInput,
  SimulatedAttachment,
  UserProfileInit,
} from "./types";

export interface SimulatedMailboxOptions {
  from?: RecipientInput;
  to?: RecipientInput[];
  cc?: RecipientInput[];
  bcc?: RecipientInput[];
  subject?: string;
  /** A string is a plain-text body; `{ type: "html", content }` an HTML one. */
  body?: string | { type: BodyType; content: string };
  attachments?: AttachmentInit[];
  sessionData?: Record<string, string>;
  internetHeaders?: Record<string, string>;
  delayDeliveryTime?: Date;
  displayLanguage?: string;
  /** Mailbox requirement set the client supports; default "1.15". */
  mailboxVersion?: string;
  extraRequirementSets?: Record<string, string>;
  userProfile?: Partial<UserProfileInit>;
  hostName?: string;
  hostVersion?: string;
  platform?: string;
  /** Milliseconds before each callback (a number, or per call name). Default 0: still never synchronous. */
  latencyMs?: LatencySetting;
  argumentErrors?: ArgumentErrorStyle;
  limits?: Partial<Limits>;
  /** The mailbox's roaming settings on the server; pass one to share it between compose windows. */
  roamingServer?: RoamingServer;
  /**
   * The item is in a shared mailbox or a delegated (shared) folder: each call named in `refuses`
   * fails with APINotSupportedForSharedFolders (9055, Office.js's own error table). Microsoft
   * documents the scenario (https://learn.microsoft.com/office/dev/add-ins/outlook/delegate-access)
   * but not which APIs refuse, so a test names them; there is no default list.
   */
  sharedFolder?: { refuses: ApiCallName[] };
  /**
   * "never": a client that raises no OnMessageAttachmentsChanged / OnMessageRecipientsChanged
   * (only the Send-time path runs). Default "fire" (from Mailbox 1.11; change-events.ts).
   */
  changeEvents?: "fire" | "never";
  /** The manifest's FunctionName per launch event, when not the defaults of change-events.ts. */
  eventHandlers?: Record<string, string>;
}

/** An `event.completed`-independent record of what left the outbox: the item as it was, headers as a record. */
export type SentMessage = Omit<ComposeItemState, "sessionData" | "internetHeaders" | "notifications"> & {
  internetHeaders: Record<string, string>;
};

export interface SimulatedMailbox {
  readonly item: ComposeItemState;
  readonly settings: MailboxSettings;
  readonly limits: Limits;
  argumentErrors: ArgumentErrorStyle;
  latencyMs: LatencySetting;
  /** Every Office call the add-in made, in order. */
  readonly calls: CallRecord[];
  /** Asynchronous calls in flight now, at most, and over the documented limit. */
  readonly concurrency: ConcurrencyRecord;
  /** Exceptions thrown by the add-in's own callbacks (a browser would log and carry on). */
  readonly callbackErrors: unknown[];
  /** Functions registered with `Office.actions.associate`. */
  readonly actions: Map<string, (event?: unknown) => unknown>;
  /** `OfficeRuntime.storage`, shared by every runtime of the add-in. */
  readonly runtimeStorage: Map<string, string>;
  /** The add-in's roamingSettings as the server holds them (each runtime loads a copy at start). */
  readonly roamingServer: RoamingServer;
  /** localStorage of the runtimes that share one ("shared" in platforms.ts). */
  readonly sharedLocalStorage: Map<string, string>;
  /** Messages that were sent (a Send the handler allowed, or "Send anyway"). */
  readonly sent: SentMessage[];
  /** Makes the next call of `callName` (e.g. "to.addAsync") fail with that Outlook error. */
  failNext(callName: ApiCallName, error: OutlookErrorName | SimulatedOfficeError): void;
  /** Faults queued and not yet used. */
  pendingFaults(): Array<{ call: ApiCallName; error: SimulatedOfficeError }>;
  /**
   * The next `count` getAttachmentContentAsync calls on a file attachment SUCCEED with empty
   * content, as Outlook on the web does intermittently (office-js#6098; also #5614, #6408).
   */
  emptyContentNext(count?: number): void;
  /** Empty-content answers queued and not yet used. */
  pendingEmptyContents(): number;
  /** Used by getAttachmentContentAsync: takes one queued empty-content answer, if any. */
  takeEmptyContent(): boolean;
  /**
   * TEST-ONLY FAULT. The next `count` calls of `callName` report success yet change nothing (e.g.
   * addFileAttachmentFromBase64Async answers with an id no attachment has; bcc.addAsync adds
   * nobody). Not a documented Outlook behaviour: it stands for any success the item does not
   * reflect, which the add-in must catch by reading back before it removes anything.
   */
  succeedWithoutEffectNext(callName: ApiCallName, count?: number): void;
  /** Used by the API surface: takes one queued no-effect success for `callName`, if any. */
  takeNoEffect(callName: ApiCallName): boolean;
  /**
   * TEST-ONLY FAULT. The next getAttachmentsAsync lists the attachment added last with these
   * changes (another name, size or id): a read-back that differs from what was added.
   */
  misreportNext(change: AttachmentMisreport): void;
  /** Used by getAttachmentsAsync: takes the queued misreport, if any. */
  takeMisreport(): AttachmentMisreport | undefined;
  /**
   * TEST-ONLY FAULT: a silent process end. The runtime ends right after issuing the `n`-th
   * asynchronous call from now: that call and any still in flight reach the host (their effects
   * happen) but no callback arrives, and no event.completed. Every later call of that runtime is
   * recorded as "runtime ended" and neither acts nor answers. `pressSend` then resolves with `halted: true`; `restartRuntime()` lets a
   * fresh runtime (a new installation of the add-in) run the next Send on the same item state.
   */
  haltAfterCalls(n: number): void;
  /**
   * TEST-ONLY FAULT: a hang. The next `count` calls of `callName` reach the host and never call
   * back, while the runtime lives on (office-js#5845, #4868, #5060: getAttachmentContentAsync;
   * #1130, #3614: attachment uploads; #3382: saveAsync). With `acts` (the default) the host still
   * does the work — the answer is what gets lost; with `acts: false` nothing happens either.
   * The hung call no longer counts as in flight for the host, and `whenIdle` does not wait for it.
   */
  hangNext(callName: ApiCallName, options?: { count?: number; acts?: boolean }): void;
  /** Hangs queued and not yet used. */
  pendingHangs(): Array<{ call: ApiCallName; acts: boolean }>;
  /** The runtime ended (haltAfterCalls): nothing answers until restartRuntime(). */
  readonly halted: boolean;
  /** Resolves when the runtime ends (haltAfterCalls); never otherwise. */
  whenHalted(): Promise<void>;
  /** A fresh runtime: calls act and answer again; halt faults are cleared. */
  restartRuntime(): void;
  /**
   * This mailbox as one runtime sees it (installSimulatedOffice): its calls go through a kernel
   * bound to the runtime running now. After haltAfterCalls that runtime stays dead even once
   * restartRuntime() starts the next one — a process that ended runs nothing again, so a call it
   * had waiting (a timer that fires later in this single JavaScript process) neither acts nor
   * answers.
   */
  forThisRuntime(): SimulatedMailbox;
  /** Is this Mailbox version supported by the configured client? */
  supports(version: string): boolean;
  /** Resolves when no simulated call is waiting to deliver its callback. */
  whenIdle(): Promise<void>;
  addAttachment(init: AttachmentInit): SimulatedAttachment;
  /** Launch events raised by user changes (change-events.ts), in order. */
  readonly launchEvents: LaunchEventRecord[];
  /** Counts the launch events still running; not for tests (use whenEventsSettled). */
  readonly eventTracker: EventTracker;
  /** Resolves when every launch event raised so far has completed (or its runtime ended). */
  whenEventsSettled(): Promise<void>;
  /**
   * Calls `listener` each time an add-in changes the item's info bars (notificationMessages), as
   * Outlook shows a bar as soon as the call succeeds, not when the add-in's run is over.
   */
  onInfoBarsChanged(listener: () => void): void;
  /** Tells the listeners; called by notificationMessages. */
  infoBarsChanged(): void;
  /** Kernel used by the API surface; not for tests. */
  readonly kernel: Kernel;
}

export interface AttachmentMisreport {
  name?: string;
  /** Added to the real size. */
  sizeDelta?: number;
  id?: string;
}

export interface Kernel {
  /**
   * Runs one asynchronous API call: logs it, lets an injected fault win, else runs `work` when the
   * host "answers" (after the latency, never before the call has returned), then calls back.
   */
  call<T>(
    name: ApiCallName,
    args: unknown[],
    rest: unknown[],
    work: () => Outcome<T>,
    opts?: { callbackRequired?: boolean; noEffect?: () => Outcome<T> },
  ): void;
  /** A client-side argument error: thrown now ("throw" style) or delivered as `asyncError`. */
  argumentError<T>(
    name: ApiCallName,
    args: unknown[],
    rest: unknown[],
    exception: SimulatedClientException,
    asyncError: SimulatedOfficeError,
  ): void;
  /** Throws a Sys.* exception and logs it. */
  throwNow(name: ApiCallName, args: unknown[], exception: SimulatedClientException): never;
  nextId(prefix: string): string;
}

const DEFAULT_LIMITS: Limits = {
  recipientsPerCall: 100,
  recipientsPerField: 500,
  attachmentBytes: 25 * 1024 * 1024,
  attachmentBase64Chars: 34_865_152,
  attachmentNameChars: 255,
  subjectChars: 255,
  sessionDataChars: 50_000,
  notifications: 5,
  notificationMessageChars: 150,
  notificationKeyChars: 32,
  concurrentAsyncCalls: 3,
};

/**
 * Calls whose callback has not come back yet. Microsoft documents the limit (3 at once in Outlook
 * on the web and new Outlook) but not what a call over it gets, so a call that starts while the
 * limit is already reached is recorded here instead of failed with an invented error.
 */
export interface ConcurrencyRecord {
  inFlight: number;
  /** The most calls that were ever in flight at once. */
  maxInFlight: number;
  /** Every call that started while `limits.concurrentAsyncCalls` were already in flight. */
  overLimit: Array<{ call: string; inFlight: number }>;
}

export function createSimulatedMailbox(options: SimulatedMailboxOptions = {}): SimulatedMailbox {
  const mailboxVersion = options.mailboxVersion ?? "1.15";
  versionAtLeast(mailboxVersion, "1.0"); // validates the text
  const from = toEmailAddressDetails(options.from ?? "taro.yamada@example.co.jp", "user");
  const profile: Required<UserProfileInit> = {
    emailAddress: options.userProfile?.emailAddress ?? from.emailAddress,
    displayName: options.userProfile?.displayName ?? from.displayName,
    timeZone: options.userProfile?.timeZone ?? "Tokyo Standard Time",
    accountType: options.userProfile?.accountType ?? "enterprise",
  };
  const settings: MailboxSettings = {
    displayLanguage: options.displayLanguage ?? "ja-JP",
    mailboxVersion,
    extraRequirementSets: { ...(options.extraRequirementSets ?? {}) },
    userProfile: profile,
    // Outlook on the web by default: hostName and platform as that client reports them.
    hostName: options.hostName ?? "OutlookWebApp",
    hostVersion: options.hostVersion ?? "16.0.0.0",
    platform: options.platform ?? "OfficeOnline",
    changeEvents: options.changeEvents ?? "fire",
    eventHandlers: { ...(options.eventHandlers ?? {}) },
  };
  const sessionDataDefault = versionAtLeast(mailboxVersion, "1.16") ? 2_621_440 : 50_000;
  const limits: Limits = { ...DEFAULT_LIMITS, sessionDataChars: sessionDataDefault, ...(options.limits ?? {}) };
  const body = options.body ?? "";
  const item: ComposeItemState = {
    from,
    to: (options.to ?? []).map((r) => toEmailAddressDetails(r)),
    cc: (options.cc ?? []).map((r) => toEmailAddressDetails(r)),
    bcc: (options.bcc ?? []).map((r) => toEmailAddressDetails(r)),
    subject: options.subject ?? "",
    bodyType: typeof body === "string" ? "text" : body.type,
    body: typeof body === "string" ? body : body.content,
    attachments: [],
    sessionData: new Map(Object.entries(options.sessionData ?? {})),
    internetHeaders: new Map(Object.entries(options.internetHeaders ?? {})),
    delayDeliveryTime: options.delayDeliveryTime ?? null,
    notifications: new Map(),
  };

  const faults = new Map<ApiCallName, SimulatedOfficeError[]>();
  for (const name of options.sharedFolder?.refuses ?? []) {
    if (!isApiCallName(name)) throw new Error(`sharedFolder.refuses: unknown call name ${JSON.stringify(name)}`);
  }
  const refusedInSharedFolder = new Set<ApiCallName>(options.sharedFolder?.refuses ?? []);
  const calls: CallRecord[] = [];
  const callbackErrors: unknown[] = [];
  let pending = 0;
  let idleWaiters: Array<() => void> = [];
  let idCounter = 0;
  let emptyContents = 0;
  const noEffects = new Map<ApiCallName, number>();
  const hangs = new Map<ApiCallName, boolean[]>();
  let misreport: AttachmentMisreport | undefined;
  /** Calls left before the runtime ends (haltAfterCalls); undefined: no halt planned. */
  let haltIn: number | undefined;
  let halted = false;
  /** Counts runtimes: restartRuntime() starts the next one. */
  let epoch = 0;
  let haltWaiters: Array<() => void> = [];
  /** The host has acted on the last call of the ended runtime. */
  let haltSettled = false;
  const haltDone = () => {
    haltSettled = true;
    const waiters = haltWaiters;
    haltWaiters = [];
    waiters.forEach((w) => w());
  };

  const settle = () => {
    pending -= 1;
    if (pending === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      waiters.forEach((w) => w());
    }
  };

  const delayFor = (name: string): number => {
    const setting = mailbox.latencyMs;
    const ms = typeof setting === "function" ? setting(name) : setting;
    return Number.isFinite(ms) && ms > 0 ? ms : 0;
  };

  const infoBarListeners: Array<() => void> = [];

  const concurrency: ConcurrencyRecord = { inFlight: 0, maxInFlight: 0, overLimit: [] };

  const deliver = <T>(record: CallRecord, rest: unknown[], produce: () => Outcome<T>, hang?: { acts: boolean }) => {
    const common = readCommonArgs<T>(rest);
    if (concurrency.inFlight >= limits.concurrentAsyncCalls) concurrency.overLimit.push({ call: record.call, inFlight: concurrency.inFlight });
    concurrency.inFlight += 1;
    concurrency.maxInFlight = Math.max(concurrency.maxInFlight, concurrency.inFlight);
    pending += 1;
    setTimeout(() => {
      try {
        if (hang && !hang.acts) {
          record.outcome = "hang: no effect, no callback";
          return;
        }
        const outcome = produce();
        record.outcome = outcome.ok ? "ok" : outcome.error.name;
        // A hang: the host acted, but the answer never comes back.
        if (hang) record.outcome += " (no callback: hang)";
        // The runtime ended: the host acted, but nobody is there to be called back.
        else if (halted) record.outcome += " (no callback: runtime ended)";
        else if (common.callback) {
          try {
            common.callback(makeAsyncResult(outcome, common.asyncContext, common.hasContext));
          } catch (error) {
            callbackErrors.push(error);
          }
        }
      } finally {
        concurrency.inFlight -= 1;
        settle();
      }
    }, delayFor(record.call));
  };

  const kernel: Kernel = {
    call<T>(name: ApiCallName, args: unknown[], rest: unknown[], work: () => Outcome<T>, opts?: { callbackRequired?: boolean; noEffect?: () => Outcome<T> }) {
      const record: CallRecord = { call: name, args };
      calls.push(record);
      if (halted) {
        record.outcome = "runtime ended";
        return;
      }
      if (opts?.callbackRequired && !rest.some((a) => typeof a === "function")) {
        record.outcome = "threw: Sys.ArgumentNullException";
        throw new SimulatedClientException("Sys.ArgumentNullException", "callback");
      }
      const lastBeforeHalt = haltIn !== undefined && --haltIn === 0;
      const hangQueue = hangs.get(name);
      const hang = hangQueue && hangQueue.length > 0 ? { acts: hangQueue.shift()! } : undefined;
      if (hangQueue && hangQueue.length === 0) hangs.delete(name);
      deliver(record, rest, () => {
        const queued = faults.get(name);
        const fault = queued?.shift();
        if (queued && queued.length === 0) faults.delete(name);
        let outcome: Outcome<T>;
        if (fault) outcome = fail(fault);
        else if (refusedInSharedFolder.has(name)) outcome = fail(outlookError("APINotSupportedForSharedFolders"));
        else if (opts?.noEffect && mailbox.takeNoEffect(name)) outcome = opts.noEffect();
        else outcome = work();
        // The host has acted on the last call: now the ended runtime can be seen from outside.
        if (lastBeforeHalt) haltDone();
        return outcome;
      }, hang);
      if (lastBeforeHalt) {
        // The runtime ends right after issuing this call: it makes no further call.
        haltIn = undefined;
        halted = true;
      }
    },
    argumentError(name, args, rest, exception, asyncError) {
      if (mailbox.argumentErrors === "throw") kernel.throwNow(name, args, exception);
      kernel.call(name, args, rest, () => fail(asyncError));
    },
    throwNow(name, args, exception) {
      calls.push({ call: name, args, outcome: `threw: ${exception.name}` });
      throw exception;
    },
    nextId(prefix) {
      idCounter += 1;
      return `${prefix}-${idCounter}`;
    },
  };

  const mailbox: SimulatedMailbox = {
    item,
    settings,
    limits,
    argumentErrors: options.argumentErrors ?? "throw",
    latencyMs: options.latencyMs ?? 0,
    calls,
    concurrency,
    callbackErrors,
    actions: new Map(),
    runtimeStorage: new Map(),
    roamingServer: options.roamingServer ?? makeRoamingServer(),
    sharedLocalStorage: new Map(),
    sent: [],
    launchEvents: [],
    eventTracker: makeEventTracker(),
    whenEventsSettled() {
      return mailbox.eventTracker.whenSettled();
    },
    onInfoBarsChanged(listener) {
      infoBarListeners.push(listener);
    },
    infoBarsChanged() {
      for (const listener of infoBarListeners) {
        try {
          listener();
        } catch {
          // A page's view failing never fails the add-in's call.
        }
      }
    },
    kernel,
    failNext(callName, error) {
      if (!isApiCallName(callName)) throw new Error(`failNext: unknown call name ${JSON.stringify(callName)}`);
      let shaped: SimulatedOfficeError;
      if (typeof error === "string") {
        if (!isOutlookErrorName(error)) throw new Error(`failNext: unknown Outlook error ${JSON.stringify(error)}`);
        shaped = outlookError(error, error === "NumberOfRecipientsExceeded" ? limits.recipientsPerField : error === "SessionObjectMaxLengthExceeded" ? limits.sessionDataChars : undefined);
      } else {
        shaped = { name: error.name, message: error.message, code: error.code };
      }
      const queue = faults.get(callName) ?? [];
      queue.push(shaped);
      faults.set(callName, queue);
    },
    emptyContentNext(count = 1) {
      if (!Number.isInteger(count) || count < 1) throw new Error(`emptyContentNext: count must be a positive integer, got ${count}`);
      emptyContents += count;
    },
    pendingEmptyContents() {
      return emptyContents;
    },
    takeEmptyContent() {
      if (emptyContents === 0) return false;
      emptyContents -= 1;
      return true;
    },
    succeedWithoutEffectNext(callName, count = 1) {
      if (!isApiCallName(callName)) throw new Error(`succeedWithoutEffectNext: unknown call name ${JSON.stringify(callName)}`);
      if (!Number.isInteger(count) || count < 1) throw new Error(`succeedWithoutEffectNext: count must be a positive integer, got ${count}`);
      noEffects.set(callName, (noEffects.get(callName) ?? 0) + count);
    },
    takeNoEffect(callName) {
      const left = noEffects.get(callName) ?? 0;
      if (left === 0) return false;
      if (left === 1) noEffects.delete(callName);
      else noEffects.set(callName, left - 1);
      return true;
    },
    misreportNext(change) {
      misreport = { ...change };
    },
    takeMisreport() {
      const m = misreport;
      misreport = undefined;
      return m;
    },
    hangNext(callName, hangOptions = {}) {
      if (!isApiCallName(callName)) throw new Error(`hangNext: unknown call name ${JSON.stringify(callName)}`);
      const count = hangOptions.count ?? 1;
      if (!Number.isInteger(count) || count < 1) throw new Error(`hangNext: count must be a positive integer, got ${count}`);
      const queue = hangs.get(callName) ?? [];
      for (let i = 0; i < count; i++) queue.push(hangOptions.acts ?? true);
      hangs.set(callName, queue);
    },
    pendingHangs() {
      return [...hangs.entries()].flatMap(([call, list]) => list.map((acts) => ({ call, acts })));
    },
    haltAfterCalls(n) {
      if (!Number.isInteger(n) || n < 1) throw new Error(`haltAfterCalls: n must be a positive integer, got ${n}`);
      haltIn = n;
    },
    get halted() {
      return halted;
    },
    whenHalted() {
      if (haltSettled) return Promise.resolve();
      return new Promise((resolve) => haltWaiters.push(resolve));
    },
    forThisRuntime() {
      const mine = epoch;
      const dead = (name: ApiCallName, args: unknown[]) => {
        if (mine === epoch) return false;
        calls.push({ call: name, args, outcome: "runtime ended" });
        return true;
      };
      const bound: Kernel = {
        ...kernel,
        call(name, args, rest, work, opts) {
          if (!dead(name, args)) kernel.call(name, args, rest, work, opts);
        },
        argumentError(name, args, rest, exception, asyncError) {
          if (!dead(name, args)) kernel.argumentError(name, args, rest, exception, asyncError);
        },
      };
      return Object.create(mailbox, { kernel: { value: bound } }) as SimulatedMailbox;
    },
    restartRuntime() {
      epoch += 1;
      halted = false;
      haltSettled = false;
      haltIn = undefined;
    },
    pendingFaults() {
      return [...faults.entries()].flatMap(([call, list]) => list.map((error) => ({ call, error })));
    },
    supports(version) {
      return versionAtLeast(settings.mailboxVersion, version);
    },
    whenIdle() {
      if (pending === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    addAttachment(init) {
      const attachment = makeAttachment(init, kernel);
      item.attachments.push(attachment);
      return attachment;
    },
  };

  for (const init of options.attachments ?? []) mailbox.addAttachment(init);
  return mailbox;
}

function makeAttachment(init: AttachmentInit, kernel: Kernel): SimulatedAttachment {
  const attachmentType = init.attachmentType ?? "file";
  const size =
    init.size ??
    (init.contentBase64 !== undefined ? base64DecodedSize(init.contentBase64) : init.eml !== undefined ? init.eml.length : 0);
  const attachment: SimulatedAttachment = {
    id: init.id ?? kernel.nextId("sim-attachment"),
    name: init.name,
    size,
    attachmentType,
    isInline: init.isInline ?? false,
  };
  if (init.contentId !== undefined) attachment.contentId = init.contentId;
  if (init.contentBase64 !== undefined) attachment.contentBase64 = init.contentBase64;
  if (init.eml !== undefined) attachment.eml = init.eml;
  if (init.url !== undefined) attachment.url = init.url;
  return attachment;
}
