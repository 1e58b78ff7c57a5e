/**
 * "What happened": sent or not, the Smart Alert exactly as it was shown, the person's answer, the
 * handler's time, and what the handler passed to event.completed (and what this client ignored).
 */
import { buttonText } from "./alert-view";
import { h } from "./dom";
import { formatMs } from "./format";
import { tr, type UiKey } from "./i18n";
import { renderMarkdown, renderPlain } from "./markdown";
import { registerPanel } from "./panels";
import type { SendReport } from "./report";

export type SendState = "idle" | "running" | "sent" | "sent-anyway" | "not-sent" | "error";

export function sendStateOf(report: SendReport | undefined): SendState {
  if (!report) return "idle";
  if (report.running) return "running";
  if (report.error !== undefined || !report.outcome) return "error";
  if (report.sent) return report.choice === "sendAnyway" ? "sent-anyway" : "sent";
  return "not-sent";
}

const STATE_TEXT: Record<SendState, UiKey> = {
  idle: "notYet",
  running: "running",
  sent: "sent",
  "sent-anyway": "sentAnyway",
  "not-sent": "notSent",
  error: "driverError",
};

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function row(label: string, value: Node | string, testId?: string): HTMLElement {
  return h("div", { className: "kv" }, h("dt", {}, label), h("dd", { "data-testid": testId }, value));
}

registerPanel({
  id: "outcome",
  wide: true,
  title: () => tr("outcome"),
  render(body, report) {
    const state = sendStateOf(report);
    body.appendChild(
      h("p", { className: `status status-${state}`, "data-testid": "send-status", "data-state": state, "data-seq": report?.seq ?? 0 }, tr(STATE_TEXT[state])),
    );
    if (!report) return;
    if (report.running) {
      if (report.slow) body.appendChild(h("p", { className: "muted", "data-testid": "slow-notice" }, tr("slow")));
      return;
    }
    if (report.error !== undefined) {
      body.appendChild(h("pre", { className: "error", "data-testid": "driver-error" }, describe(report.error)));
      return;
    }
    const outcome = report.outcome;
    if (!outcome) return;
    const list = h("dl", {});
    if (outcome.dialog) {
      const shown = h("div", { className: "alert-copy", "data-testid": "outcome-alert", "data-format": outcome.dialog.markdown ? "markdown" : "text" });
      shown.appendChild(outcome.dialog.markdown ? renderMarkdown(outcome.dialog.message) : renderPlain(outcome.dialog.message));
      list.appendChild(row(tr("alertShown"), shown));
      list.appendChild(row(tr("sendMode"), `${outcome.dialog.sendMode} — ${outcome.dialog.buttons.map(buttonText).join(" / ")}`, "outcome-send-mode"));
    } else {
      list.appendChild(row(tr("alertShown"), tr("noAlert"), "outcome-alert-none"));
    }
    list.appendChild(row(tr("duration"), formatMs(outcome.durationMs), "send-duration"));
    list.appendChild(row(tr("completedWith"), h("pre", { className: "json" }, JSON.stringify(outcome.options ?? null, null, 2)), "completed-options"));
    if (outcome.ignoredOptions.length > 0) {
      list.appendChild(row(tr("ignoredOptions"), outcome.ignoredOptions.join(", "), "ignored-options"));
    }
    if (outcome.handlerError !== undefined) list.appendChild(row(tr("handlerError"), describe(outcome.handlerError), "handler-error"));
    body.appendChild(list);
  },
});
