/**
 * Attaching files: the file picker's files are read as Base64 and added to the simulated item as
 * file attachments, as Outlook's "Attach file" does. The list shows the item's attachments, so
 * what the handler adds or removes appears here after Send.
 */
import type { SimulatedMailbox } from "./simulated-outlook";
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

export function mountAttachmentsInput(mailbox: SimulatedMailbox): AttachmentsInput {
  const input = byId<HTMLInputElement>("attach-input");
  const list = byId("attachment-list");

  const render = () => {
    clear(list);
    const attachments = mailbox.item.attachments;
    if (attachments.length === 0) {
      list.appendChild(h("li", { className: "muted" }, tr("noAttachments")));
      return;
    }
    for (const a of attachments) {
      const remove = h("button", { type: "button", className: "link", "data-testid": "attachment-remove", title: tr("remove") }, "×");
      remove.addEventListener("click", () => {
        const index = mailbox.item.attachments.indexOf(a);
        if (index >= 0) mailbox.item.attachments.splice(index, 1);
        render();
      });
      list.appendChild(
        h("li", { className: "chip", "data-testid": "attachment", "data-name": a.name }, h("span", {}, a.name), h("small", {}, formatSize(a.size)), remove),
      );
    }
  };

  input.addEventListener("change", async () => {
    const files = Array.from(input.files ?? []);
    for (const file of files) {
      const contentBase64 = await readFileAsBase64(file);
      mailbox.addAttachment({ name: file.name, contentBase64 });
    }
    input.value = "";
    render();
  });
  render();
  return { render };
}
