/**
 * Result panels: each is one file that registers here and renders the latest SendReport into its
 * own <section id="panel-ID" data-testid="panel-ID">. Later features add theirs (an "Archive"
 * panel with the ZIP the handler attached, "Password notices", "Review JSON") by calling
 * `registerPanel` from their module and importing it in playground.ts — nothing else changes.
 */
import { byId, clear, h } from "./dom";
import type { SendReport } from "./report";

export interface ResultPanel {
  /** Stable id: the section is #panel-ID, data-testid "panel-ID". */
  id: string;
  title(): string;
  /** Fills `body` (already emptied) for this report; `undefined` before the first Send. */
  render(body: HTMLElement, report: SendReport | undefined): void;
  /** Wide panels span the whole results column. */
  wide?: boolean;
  /** It shows the item as it is now, so it is also re-rendered when the item changes between Sends. */
  showsItem?: boolean;
}

const panels: ResultPanel[] = [];

export function registerPanel(panel: ResultPanel): void {
  if (panels.some((p) => p.id === panel.id)) throw new Error(`playground: panel "${panel.id}" registered twice`);
  panels.push(panel);
}

export function registeredPanels(): readonly ResultPanel[] {
  return panels;
}

/** Creates the sections (once) and renders every panel. */
export function renderPanels(report: SendReport | undefined): void {
  for (const panel of panels) renderOne(panel, report);
}

/**
 * Renders the panels that show the item as it is now (the archive), not one Send's record: after
 * an attach-time run changed the item between Sends.
 */
export function renderItemPanels(report: SendReport | undefined): void {
  for (const panel of panels) if (panel.showsItem) renderOne(panel, report);
}

function renderOne(panel: ResultPanel, report: SendReport | undefined): void {
  const host = byId("panels");
  let section = document.getElementById(`panel-${panel.id}`);
  if (!section) {
    section = h(
      "section",
      { id: `panel-${panel.id}`, "data-testid": `panel-${panel.id}`, className: panel.wide ? "panel wide" : "panel" },
      h("h2", { className: "panel-title" }),
      h("div", { className: "panel-body" }),
    );
    host.appendChild(section);
  }
  const title = section.querySelector(".panel-title") as HTMLElement;
  const body = section.querySelector(".panel-body") as HTMLElement;
  title.textContent = panel.title();
  clear(body);
  try {
    panel.render(body, report);
  } catch (err) {
    body.appendChild(h("p", { className: "error" }, `panel failed: ${err instanceof Error ? err.message : String(err)}`));
  }
}
