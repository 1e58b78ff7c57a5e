/** The attachments after the handler: name, size and kind, as Outlook's item holds them. */
import { h } from "./dom";
import { formatSize } from "./format";
import { tr, type UiKey } from "./i18n";
import { registerPanel } from "./panels";

/** Office's attachmentType values ("file", "item", "cloud"), in the page's language. */
const KIND: Record<string, UiKey> = { file: "kindFile", item: "kindItem", cloud: "kindCloud" };

function kindText(type: string): string {
  return KIND[type] ? tr(KIND[type]) : type;
}

registerPanel({
  id: "attachments",
  title: () => tr("attachments"),
  render(body, report) {
    if (!report || report.running || !report.outcome) return;
    const attachments = report.mailbox.item.attachments;
    if (attachments.length === 0) {
      body.appendChild(h("p", { className: "muted", "data-testid": "after-attachments-none" }, tr("noAttachments")));
      return;
    }
    body.appendChild(
      h(
        "ul",
        { className: "plain", "data-testid": "after-attachments" },
        ...attachments.map((a) =>
          h("li", { "data-testid": "after-attachment", "data-name": a.name }, h("span", {}, a.name), " ", h("small", { className: "muted" }, `${formatSize(a.size)} · ${kindText(a.attachmentType)}${a.isInline ? ` · ${tr("kindInline")}` : ""}`)),
        ),
      ),
    );
  },
});
