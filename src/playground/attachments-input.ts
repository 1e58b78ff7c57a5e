/**
 * Attaching files: the file picker's files are read as Base64 and added to the simulated item as
 * file attachments, as Outlook's "Attach file" does — raising OnMessageAttachmentsChanged as the
 * client does (change-events.ts), so attach-time protection runs. The list shows the item's
 * attachments and the add-in's info bar (notificationMessages), so what the handlers add or
 * remove appears here.
 */
import { userAttach, userRemoveAttachment, type SimulatedMailbox } from "./simulated-outlook";
import { byId, clear, h } from "./dom";
import { tr } from "./i18n";
import { formatSize } from "./format";

/** A file's bytes as Base64 (the data: URL FileReader makes, without its prefix). */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.readAsDataURL(file);
  });
}

export interface AttachmentsInput {
  render(): void;
}

/** `afterEvents`: the launch events the user's change raised are all over (the item may have changed). */
export function mountAttachmentsInput(mailbox: SimulatedMailbox, afterEvents: () => void = () => undefined): AttachmentsInput {
  const input = byId<HTMLInputElement>("attach-input");
  const list = byId("attachment-list");

  const render = () => {
    clear(list);
    for (const bar of mailbox.item.notifications.values()) {
      list.appendChild(h("li", { className: "muted", "data-testid": "info-bar", "data-type": bar.type }, bar.message));
    }
    const attachments = mailbox.item.attachments;
    if (attachments.length === 0) {
      list.appendChild(h("li", { className: "muted" }, tr("noAttachments")));
      return;
    }
    for (const a of attachments) {
      // A button named by its content would be read as "×": the label says what it removes.
      const remove = h("button", { type: "button", className: "link", "data-testid": "attachment-remove", title: tr("remove"), "aria-label": `${tr("remove")} ${a.name}` }, "×");
      remove.addEventListener("click", () => {
        userRemoveAttachment(mailbox, a.id);
        render();
        void mailbox.whenEventsSettled().then(() => {
          render();
          afterEvents();
        });
      });
      list.appendChild(
        h("li", { className: "chip", "data-testid": "attachment", "data-name": a.name }, h("span", {}, a.name), h("small", {}, formatSize(a.size)), remove),
      );
    }
  };

  // The handler's info bar ("Protecting attachments…") appears when it is set, as in Outlook,
  // before the attach-time run's long work, not at the next poll.
  mailbox.onInfoBarsChanged(() => render());

  input.addEventListener("change", async () => {
    const files = Array.from(input.files ?? []);
    const inits = [];
    for (const file of files) inits.push({ name: file.name, contentBase64: await readFileAsBase64(file) });
    userAttach(mailbox, ...inits);
    input.value = "";
    render();
    // Attach-time protection (if the policy wants it now) replaces the files: show the result.
    const poll = setInterval(render, 250);
    await mailbox.whenEventsSettled();
    clearInterval(poll);
    render();
    afterEvents();
  });
  render();
  return { render };
}
