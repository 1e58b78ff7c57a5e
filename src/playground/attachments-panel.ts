/** The attachments after the handler: name, size and kind, as Outlook's item holds them. */
import { h } from "./dom";
import { formatSize } from "./format";
import { tr } from "./i18n";
import { registerPanel } from "./panels";

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
          h("li", { "data-testid": "after-attachment", "data-name": a.name }, h("span", {}, a.name), " ", h("small", { className: "muted" }, `${formatSize(a.size)} · ${a.attachmentType}${a.isInline ? " · inline" : ""}`)),
        ),
      ),
    );
  },
});
