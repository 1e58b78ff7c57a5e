/**
 * The Smart Alert, as Outlook shows it: the add-in's text (Markdown where the client reads
 * errorMessageMarkdown) and the buttons the send mode allows — "Send anyway" only in PromptUser
 * mode (sendModeOverride, Mailbox 1.14), "Don't send" always, and the add-in's cancelLabel button
 * when it passed a commandId. Resolves with the person's choice.
 */
import type { SmartAlertDialog } from "./simulated-outlook";
import { byId, clear, h } from "./dom";
import { tr } from "./i18n";
import { renderMarkdown, renderPlain } from "./markdown";

export type AlertChoice = "dontSend" | "sendAnyway" | "takeAction";

/** The driver names Outlook's own buttons in English; the page shows them in the UI language. */
export function buttonText(label: string): string {
  return buttonFor(label).text;
}

function buttonFor(label: string): { choice: AlertChoice; text: string; testId: string; primary: boolean } {
  if (label === "Send Anyway") return { choice: "sendAnyway", text: tr("sendAnyway"), testId: "alert-send-anyway", primary: false };
  if (label === "Don't Send") return { choice: "dontSend", text: tr("dontSend"), testId: "alert-dont-send", primary: true };
  return { choice: "takeAction", text: label, testId: "alert-take-action", primary: false };
}

export function showSmartAlert(dialog: SmartAlertDialog): Promise<AlertChoice> {
  const box = byId<HTMLDialogElement>("smart-alert");
  const message = byId("smart-alert-message");
  const buttons = byId("smart-alert-buttons");
  clear(message);
  clear(buttons);
  message.dataset.format = dialog.markdown ? "markdown" : "text";
  message.appendChild(dialog.markdown ? renderMarkdown(dialog.message) : renderPlain(dialog.message));
  box.dataset.sendMode = dialog.sendMode;

  return new Promise<AlertChoice>((resolve) => {
    const finish = (choice: AlertChoice) => {
      box.removeEventListener("cancel", onCancel);
      if (box.open) box.close();
      resolve(choice);
    };
    const onCancel = (ev: Event) => {
      ev.preventDefault();
      finish("dontSend");
    };
    box.addEventListener("cancel", onCancel);
    for (const label of dialog.buttons) {
      const spec = buttonFor(label);
      const button = h("button", { type: "button", "data-testid": spec.testId, className: spec.primary ? "primary" : "" }, spec.text);
      button.addEventListener("click", () => finish(spec.choice));
      buttons.appendChild(button);
    }
    if (typeof box.showModal === "function") box.showModal();
    else box.setAttribute("open", "");
    (buttons.querySelector(".primary") as HTMLButtonElement | null)?.focus();
  });
}
