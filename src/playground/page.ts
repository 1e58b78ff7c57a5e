/** Wires the page together: the form, the sidebar, the result panels and the Send button. */
import "./outcome-panel";
import "./recipients-panel";
import "./attachments-panel";
import { showArchivesOf } from "./archive-panel";
import "./call-log";
import "./notices-panel";
import { mountAttachmentsInput } from "./attachments-input";
import { mountComposeForm } from "./compose-form";
import { mountExamplePicker } from "./example-picker";
import { byId } from "./dom";
import { mountFaultPanel } from "./fault-panel";
import type { PolicyServer } from "./fetch-intercept";
import { applyLanguage, uiLanguageOf } from "./i18n";
import { renderItemPanels, renderPanels } from "./panels";
import { mountPolicyEditor } from "./policy-editor";
import type { SendReport } from "./report";
import { runSend } from "./send-flow";
import type { ClientSettings, Session } from "./session";
import { mountSettingsPanel } from "./settings-panel";
import { installStyles } from "./styles";
import { RECIPIENT_FIELDS } from "./compose-form";
import { splitRecipients } from "./recipient-text";
import { userSetRecipients } from "./simulated-outlook";

/** What tests and the benchmark read (window.outboundGuardPlayground). */
export interface PlaygroundHandle {
  session: Session;
  policyServer: PolicyServer;
  sendCount: number;
  lastReport: SendReport | undefined;
}

declare global {
  interface Window {
    outboundGuardPlayground?: PlaygroundHandle;
  }
}

export function startPage(session: Session, policyServer: PolicyServer, initial: ClientSettings): { policyText: () => string } {
  installStyles();
  const form = mountComposeForm();
  const settings = mountSettingsPanel({ displayLanguage: initial.displayLanguage, mailboxVersion: initial.mailboxVersion, policyServer: "serve" });
  const policy = mountPolicyEditor();
  const handle: PlaygroundHandle = { session, policyServer, sendCount: 0, lastReport: undefined };
  showArchivesOf(session.mailbox);
  // An attach-time run (or a removal) changed the item between Sends: the archive panel follows it.
  const itemChangedByEvents = () => renderItemPanels(handle.lastReport);
  const attachments = mountAttachmentsInput(session.mailbox, itemChangedByEvents);
  const faults = mountFaultPanel(session.mailbox);
  const sendButton = byId<HTMLButtonElement>("send");
  window.outboundGuardPlayground = handle;

  const configure = () => {
    const values = settings.values();
    policyServer.mode = values.policyServer;
    session.configure({ displayLanguage: values.displayLanguage, mailboxVersion: values.mailboxVersion, sender: form.sender() });
    applyLanguage(uiLanguageOf(values.displayLanguage));
  };
  const rerender = () => {
    renderPanels(handle.lastReport);
    attachments.render();
    faults.render();
    policy.refresh();
  };

  settings.onChange(() => {
    configure();
    rerender();
  });
  byId("from").addEventListener("change", configure);

  form.onSendRequested(async () => {
    if (sendButton.disabled) return;
    sendButton.disabled = true;
    document.body.dataset.busy = "true";
    configure();
    try {
      await runSend(handle.sendCount + 1, session, form, policyServer, {
        update(report) {
          handle.lastReport = report;
          if (!report.running) handle.sendCount = report.seq;
          renderPanels(report);
        },
        itemChanged() {
          form.readFrom(session.mailbox.item);
          attachments.render();
          faults.render();
        },
      });
    } finally {
      sendButton.disabled = false;
      delete document.body.dataset.busy;
    }
  });

  // A recipient field edited: into the item at once, raising OnMessageRecipientsChanged as Outlook does.
  for (const field of RECIPIENT_FIELDS) {
    byId<HTMLInputElement>(field).addEventListener("change", (e) => {
      userSetRecipients(session.mailbox, field, splitRecipients((e.target as HTMLInputElement).value));
      void session.mailbox.whenEventsSettled().then(() => {
        attachments.render();
        itemChangedByEvents();
      });
    });
  }

  byId("new-message").addEventListener("click", () => {
    session.newMessage();
    form.reset();
    handle.lastReport = undefined;
    configure();
    rerender();
  });

  // An example starts a new message with its fields (nothing of an earlier Send stays).
  mountExamplePicker((example) => {
    session.newMessage();
    form.reset();
    form.load(example);
    handle.lastReport = undefined;
    configure();
    rerender();
  });

  configure();
  rerender();
  document.body.dataset.ready = "true";
  return { policyText: policy.text };
}
