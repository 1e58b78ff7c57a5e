/**
 * One press of Send, as Outlook does it: the form into the item, the handler run through the
 * send driver (pressSend), the Smart Alert shown and answered, the item back into the form.
 */
import { pressSend, type SendOutcome } from "./simulated-outlook";
import { showSmartAlert } from "./alert-view";
import { RECIPIENT_FIELDS, type ComposeForm } from "./compose-form";
import type { PolicyServer } from "./fetch-intercept";
import { sendAsItIs } from "./outbox";
import type { SendReport } from "./report";
import type { Session } from "./session";

export interface SendFlowHooks {
  /** Called whenever the report changes (running, result, the person's answer). */
  update(report: SendReport): void;
  /** The item changed: the form and lists should show it. */
  itemChanged(): void;
}

const SLOW_NOTICE_MS = 5000;

export async function runSend(seq: number, session: Session, form: ComposeForm, server: PolicyServer, hooks: SendFlowHooks): Promise<SendReport> {
  const mailbox = session.mailbox;
  form.writeTo(mailbox.item);
  const before = {} as SendReport["before"];
  for (const field of RECIPIENT_FIELDS) before[field] = mailbox.item[field].map((r) => ({ ...r }));
  const callsStart = mailbox.calls.length;
  const fetchStart = server.requests.length;
  const started = performance.now();
  const report: SendReport = { seq, mailbox, before, running: true, calls: [], fetches: [], wallMs: 0 };
  hooks.update(report);

  const slowTimer = setTimeout(() => {
    report.slow = true;
    hooks.update(report);
  }, SLOW_NOTICE_MS);
  let outcome: SendOutcome | undefined;
  try {
    outcome = await pressSend(mailbox, { userChoice: "dontSend", sendMode: "softBlock" });
    report.outcome = outcome;
    if (outcome.allowed) report.sent = outcome.sentMessage;
  } catch (error) {
    report.error = error;
  } finally {
    clearTimeout(slowTimer);
  }
  report.running = false;
  report.calls = mailbox.calls.slice(callsStart);
  report.fetches = server.requests.slice(fetchStart);
  hooks.itemChanged();
  report.wallMs = performance.now() - started;
  hooks.update(report);

  if (outcome?.dialog) {
    const choice = await showSmartAlert(outcome.dialog);
    report.choice = choice;
    if (choice === "sendAnyway") report.sent = sendAsItIs(mailbox);
    hooks.update(report);
  }
  return report;
}
