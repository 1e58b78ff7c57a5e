/** The recipients after the handler, field by field; those the handler added are marked. */
import { RECIPIENT_FIELDS } from "./compose-form";
import { h } from "./dom";
import { tr } from "./i18n";
import { registerPanel } from "./panels";
import { formatRecipient } from "./recipient-text";

registerPanel({
  id: "recipients",
  title: () => tr("recipients"),
  render(body, report) {
    if (!report || report.running || !report.outcome) return;
    const item = report.mailbox.item;
    const table = h("table", { className: "recipients" });
    for (const field of RECIPIENT_FIELDS) {
      const had = new Set(report.before[field].map((r) => r.emailAddress.toLowerCase()));
      const cell = h("td", { "data-testid": `after-${field}` });
      for (const r of item[field]) {
        const added = !had.has(r.emailAddress.toLowerCase());
        cell.appendChild(
          h(
            "span",
            { className: added ? "chip added" : "chip", "data-testid": "recipient", "data-address": r.emailAddress, "data-added": added ? "true" : "false" },
            formatRecipient(r),
            added ? h("small", { className: "badge" }, tr("added")) : null,
          ),
        );
      }
      if (item[field].length === 0) cell.appendChild(h("span", { className: "muted" }, "—"));
      table.appendChild(h("tr", {}, h("th", {}, tr(field)), cell));
    }
    body.appendChild(table);
  },
});
