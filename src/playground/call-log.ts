/** The Office calls the handler made during this Send (mailbox.calls), and its policy requests. */
import { h } from "./dom";
import { formatArg } from "./format";
import { tr } from "./i18n";
import { registerPanel } from "./panels";

registerPanel({
  id: "calls",
  wide: true,
  title: () => tr("calls"),
  render(body, report) {
    if (!report || report.running) return;
    if (report.calls.length === 0 && report.fetches.length === 0) {
      body.appendChild(h("p", { className: "muted" }, tr("noCalls")));
      return;
    }
    const rows: HTMLElement[] = [];
    for (const f of report.fetches) {
      rows.push(h("tr", { "data-testid": "call", "data-call": "fetch", "data-outcome": f.outcome }, h("td", {}, "fetch"), h("td", {}, f.url), h("td", {}, f.outcome)));
    }
    report.calls.forEach((c) => {
      const args = c.args.filter((a) => typeof a !== "function").map(formatArg).join(", ");
      const outcome = c.outcome ?? "…";
      rows.push(
        h(
          "tr",
          { "data-testid": "call", "data-call": c.call, "data-outcome": outcome, className: outcome === "ok" || outcome === "…" ? "" : "failed" },
          h("td", {}, c.call),
          h("td", {}, h("code", {}, args)),
          h("td", {}, outcome),
        ),
      );
    });
    body.appendChild(
      h(
        "table",
        { className: "calls", "data-testid": "call-log" },
        h("thead", {}, h("tr", {}, h("th", {}, tr("call")), h("th", {}, tr("args")), h("th", {}, tr("result")))),
        h("tbody", {}, ...rows),
      ),
    );
  },
});
