/**
 * Fault injection: make the next call of one Office API fail with a real Outlook error, hang (the
 * host acts, the callback never comes: mailbox.hangNext), or a read succeed empty.
 */
import { API_CALL_NAMES, OUTLOOK_ERRORS, type ApiCallName, type OutlookErrorName, type SimulatedMailbox } from "./simulated-outlook";
import { byId, clear, h } from "./dom";
import { tr } from "./i18n";

const HANG = "__hang__";

export interface FaultPanel {
  render(): void;
}

export function mountFaultPanel(mailbox: SimulatedMailbox): FaultPanel {
  const call = byId<HTMLSelectElement>("fault-call");
  const error = byId<HTMLSelectElement>("fault-error");
  const add = byId<HTMLButtonElement>("fault-add");
  const empty = byId<HTMLButtonElement>("fault-empty");
  const pending = byId("fault-pending");

  for (const name of API_CALL_NAMES) call.appendChild(h("option", { value: name }, name));
  for (const name of Object.keys(OUTLOOK_ERRORS)) error.appendChild(h("option", { value: name }, name));
  // Not an error Outlook reports: no answer at all (office-js#5845, #1130, #3382).
  error.appendChild(h("option", { value: HANG }, "Hang (no callback)"));
  call.value = "bcc.addAsync";
  error.value = "NetworkError";

  const render = () => {
    clear(pending);
    const faults = mailbox.pendingFaults();
    const empties = mailbox.pendingEmptyContents();
    const hangs = mailbox.pendingHangs();
    if (faults.length === 0 && empties === 0 && hangs.length === 0) pending.appendChild(h("li", { className: "muted" }, tr("none")));
    for (const f of faults) pending.appendChild(h("li", { "data-testid": "pending-fault" }, `${f.call} → ${f.error.name}`));
    for (const f of hangs) pending.appendChild(h("li", { "data-testid": "pending-fault" }, `${f.call} → hang`));
    for (let i = 0; i < empties; i++) pending.appendChild(h("li", { "data-testid": "pending-fault" }, tr("emptyContentPending")));
  };
  add.addEventListener("click", () => {
    if (error.value === HANG) mailbox.hangNext(call.value as ApiCallName);
    else mailbox.failNext(call.value as ApiCallName, error.value as OutlookErrorName);
    render();
  });
  // Not an error: Outlook on the web answers Succeeded with "" (office-js#6098).
  empty.addEventListener("click", () => {
    mailbox.emptyContentNext();
    render();
  });
  render();
  return { render };
}
