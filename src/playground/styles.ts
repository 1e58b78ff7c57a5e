/**
 * The page's look, injected once at start (the build has no CSS loader, and the playground needs
 * none). Outlook-like: a white compose card on a light grey canvas, a blue Send button.
 */
const CSS = `
:root {
  --blue: #0f6cbd; --blue-dark: #0c5aa0; --ink: #242424; --muted: #616161; --line: #e0e0e0;
  --canvas: #f3f4f6; --card: #ffffff; --ok: #0e7a0d; --warn: #bc4b09; --bad: #c50f1f;
  font-family: "Segoe UI", "Yu Gothic UI", "Hiragino Sans", "Noto Sans JP", system-ui, sans-serif;
  font-size: 14px; color: var(--ink); background: var(--canvas);
}
* { box-sizing: border-box; }
body { margin: 0; }
.topbar { display: flex; align-items: baseline; gap: 16px; padding: 10px 20px; background: var(--blue); color: #fff; }
.brand { display: flex; align-items: center; gap: 10px; font-size: 17px; font-weight: 600; }
.subtitle { opacity: .85; font-size: 13px; }
.logo { display: inline-grid; place-items: center; width: 28px; height: 28px; border-radius: 6px; background: #fff; color: var(--blue); font-weight: 700; font-size: 12px; }
.logo.small { width: 22px; height: 22px; font-size: 10px; background: var(--blue); color: #fff; }
.layout { display: grid; grid-template-columns: minmax(0, 1.7fr) minmax(300px, 1fr); grid-template-areas: "compose side" "results side"; gap: 16px; padding: 16px 20px; max-width: 1400px; margin: 0 auto; align-items: start; }
.compose { grid-area: compose; }
.sidebar { grid-area: side; display: flex; flex-direction: column; gap: 12px; }
.results { grid-area: results; display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.card, .panel { background: var(--card); border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 1px 2px rgba(0,0,0,.06); }
.compose { padding: 0 0 12px; }
.toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 10px 14px; border-bottom: 1px solid var(--line); }
.spacer { flex: 1; }
button, .tool-button { font: inherit; cursor: pointer; }
.send-button { background: var(--blue); color: #fff; border: 0; border-radius: 4px; padding: 7px 22px; font-weight: 600; }
.send-button:hover { background: var(--blue-dark); }
.send-button:disabled { opacity: .6; cursor: progress; }
.tool-button { display: inline-flex; align-items: center; gap: 4px; background: #fff; border: 1px solid #d1d1d1; border-radius: 4px; padding: 5px 12px; color: var(--ink); }
.clip { display: inline-block; width: 9px; height: 14px; border: 2px solid currentColor; border-radius: 5px; transform: rotate(35deg); margin-right: 2px; }
.tool-button:hover { background: #f5f5f5; }
.fields { display: grid; grid-template-columns: 64px 1fr; align-items: center; padding: 4px 14px; }
.fields label { color: var(--muted); padding: 8px 0; }
.fields input, .fields select { border: 0; border-bottom: 1px solid var(--line); padding: 8px 4px; font: inherit; background: transparent; min-width: 0; }
.fields input:focus, .fields select:focus, textarea:focus { outline: none; border-color: var(--blue); }
#body { display: block; width: calc(100% - 28px); margin: 8px 14px 0; border: 1px solid var(--line); border-radius: 4px; padding: 10px; font: inherit; resize: vertical; line-height: 1.6; }
.attachment-list { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; margin: 8px 14px 0; padding: 0; }
.chip { display: inline-flex; align-items: center; gap: 6px; border: 1px solid var(--line); border-radius: 14px; padding: 2px 10px; background: #fafafa; margin: 2px 4px 2px 0; }
.chip small { color: var(--muted); }
.chip.added { border-color: var(--ok); background: #f1faf1; }
.badge { background: var(--ok); color: #fff !important; border-radius: 8px; padding: 0 6px; font-size: 11px; }
.link { border: 0; background: none; color: var(--muted); font-size: 15px; padding: 0 2px; }
details.card { padding: 0 14px 12px; }
details.card > summary { cursor: pointer; font-weight: 600; padding: 12px 0 8px; }
.form-grid { display: grid; grid-template-columns: auto 1fr; gap: 8px 10px; align-items: center; }
.form-grid label { color: var(--muted); }
select, .form-grid select { font: inherit; padding: 4px 6px; border: 1px solid #d1d1d1; border-radius: 4px; background: #fff; }
textarea.code { width: 100%; font: 12.5px/1.45 ui-monospace, "Cascadia Mono", Consolas, monospace; border: 1px solid var(--line); border-radius: 4px; padding: 8px; resize: vertical; }
.row { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; margin-top: 8px; }
.policy-status { font-size: 12.5px; }
.policy-status[data-state="valid"] { color: var(--ok); }
.policy-status[data-state="invalid"], .policy-status[data-state="not-json"] { color: var(--bad); }
.policy-status ul { margin: 4px 0 0; padding-left: 18px; }
.panel { padding: 0 14px 12px; min-width: 0; }
.panel.wide { grid-column: 1 / -1; }
.panel-title { font-size: 14px; margin: 0; padding: 12px 0 8px; }
.status { margin: 0 0 8px; padding: 8px 12px; border-radius: 6px; font-weight: 600; background: #f5f5f5; }
.status-sent, .status-sent-anyway { background: #e8f5e8; color: var(--ok); }
.status-not-sent { background: #fff4ec; color: var(--warn); }
.status-error { background: #fdeaec; color: var(--bad); }
.status-running { background: #eaf3fc; color: var(--blue); }
dl { margin: 0; }
.kv { display: grid; grid-template-columns: 190px 1fr; gap: 8px; padding: 6px 0; border-top: 1px solid #f0f0f0; }
.kv dt { color: var(--muted); }
.kv dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.alert-copy { border-left: 3px solid var(--warn); padding: 2px 10px; background: #fffaf5; }
.alert-copy p, .smart-alert-message p { margin: 4px 0; }
pre.json { margin: 0; max-height: 220px; overflow: auto; background: #fafafa; border: 1px solid #eee; border-radius: 4px; padding: 6px 8px; font: 12px/1.45 ui-monospace, Consolas, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
.alert-copy ul, .smart-alert-message ul { margin: 4px 0; padding-left: 20px; }
code { font: 12px ui-monospace, Consolas, monospace; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
table.recipients th { text-align: left; color: var(--muted); font-weight: normal; width: 48px; vertical-align: top; padding: 6px 0; }
table.recipients td { padding: 4px 0; }
table.calls { font-size: 12.5px; }
table.calls th { text-align: left; color: var(--muted); font-weight: 600; border-bottom: 1px solid var(--line); padding: 4px 6px; }
table.calls td { border-bottom: 1px solid #f3f3f3; padding: 4px 6px; vertical-align: top; }
table.calls td:first-child { white-space: nowrap; font-family: ui-monospace, Consolas, monospace; }
table.calls tr.failed td { color: var(--bad); }
.plain { list-style: none; padding: 0; margin: 0; }
.plain li { padding: 3px 0; }
.muted { color: var(--muted); }
.small { font-size: 12.5px; }
.error { color: var(--bad); white-space: pre-wrap; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.smart-alert { border: 0; border-radius: 8px; padding: 0; width: min(520px, 92vw); box-shadow: 0 12px 40px rgba(0,0,0,.28); }
.smart-alert::backdrop { background: rgba(0,0,0,.35); }
.smart-alert-head { display: flex; align-items: center; gap: 8px; padding: 14px 18px 4px; font-weight: 600; }
.smart-alert-message { padding: 4px 18px 8px; line-height: 1.55; overflow-wrap: anywhere; }
.smart-alert-buttons { display: flex; justify-content: flex-end; gap: 8px; padding: 12px 18px 16px; background: #fafafa; border-top: 1px solid var(--line); }
.smart-alert-buttons button { border: 1px solid #d1d1d1; background: #fff; border-radius: 4px; padding: 6px 16px; }
.smart-alert-buttons button.primary { background: var(--blue); border-color: var(--blue); color: #fff; font-weight: 600; }
@media (max-width: 900px) {
  /* minmax(0, …): one column may shrink below its widest line (a long address, the toolbar). */
  .layout { grid-template-columns: minmax(0, 1fr); grid-template-areas: "compose" "side" "results"; padding: 12px 8px; }
  .results { grid-template-columns: minmax(0, 1fr); }
  #example { min-width: 0; max-width: 100%; }
  /* Long call names and JSON arguments break anywhere rather than widen the column. */
  table.calls td, table.calls td:first-child { white-space: normal; overflow-wrap: anywhere; }
}
`;

export function installStyles(doc: Document = document): void {
  if (doc.getElementById("playground-styles")) return;
  const style = doc.createElement("style");
  style.id = "playground-styles";
  style.textContent = CSS;
  doc.head.appendChild(style);
}
