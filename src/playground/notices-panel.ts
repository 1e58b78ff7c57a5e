/**
 * "Password notices": the device queue the handler wrote (the same view as the task pane, over
 * the simulated OfficeRuntime.storage), the notices handed to Microsoft Graph, and where Graph is.
 * Graph mode in the playground talks to a LOCAL Graph-compatible server only: set its URL here or
 * with ?graph=http://127.0.0.1:PORT/v1.0&graphToken=T (the tests' fake-graph-server); it becomes
 * `window.outboundGuardGraphOverride`, which the add-in honours for loopback addresses only. With
 * none, Graph mode has no token in a browser and every notice falls back to the manual queue.
 */
import { NoticeQueue } from "../notices";
import { makeRuntimeStorage } from "./simulated-outlook";
import { renderNotices } from "../taskpane/notices-view";
import { h } from "./dom";
import { uiLanguage } from "./i18n";
import { registerPanel } from "./panels";

const WORDS = {
  en: { title: "Password notices", graph: "Local Graph URL (loopback only)", token: "Token", none: "none: Graph mode falls back to the queue" },
  ja: { title: "パスワードのお知らせ", graph: "ローカル Graph の URL（ループバックのみ）", token: "トークン", none: "なし: Graph モードは送信待ちリストに入ります" },
};

type Override = { baseUrl: string; token?: string };
const win = window as unknown as { outboundGuardGraphOverride?: Override };

const params = new URLSearchParams(window.location.search);
if (params.get("graph")) win.outboundGuardGraphOverride = { baseUrl: params.get("graph") ?? "", token: params.get("graphToken") ?? undefined };

registerPanel({
  id: "notices",
  wide: true,
  title: () => WORDS[uiLanguage()].title,
  render(body, report) {
    const lang = uiLanguage();
    const w = WORDS[lang];
    const url = h("input", { id: "graph-url", type: "url", placeholder: w.none, value: win.outboundGuardGraphOverride?.baseUrl ?? "" });
    const token = h("input", { id: "graph-token", type: "text", value: win.outboundGuardGraphOverride?.token ?? "" });
    const apply = () => {
      if (url.value.trim()) win.outboundGuardGraphOverride = { baseUrl: url.value.trim(), token: token.value.trim() || undefined };
      else delete win.outboundGuardGraphOverride;
    };
    url.addEventListener("change", apply);
    token.addEventListener("change", apply);
    body.appendChild(h("div", { className: "kv" }, h("label", { for: "graph-url" }, w.graph), url, h("label", { for: "graph-token" }, w.token), token));

    const mailbox = window.outboundGuardPlayground?.session.mailbox ?? report?.mailbox;
    if (!mailbox) return;
    const storage = makeRuntimeStorage(mailbox.runtimeStorage);
    const queue = new NoticeQueue({ get: (k) => storage.getItem(k), set: (k, v) => storage.setItem(k, v), remove: (k) => storage.removeItem(k) });
    const list = h("div", { id: "notices", "data-testid": "notices-list" });
    body.appendChild(list);
    const office = (window as unknown as { Office?: { context?: { mailbox?: unknown } } }).Office;
    void renderNotices(list, {
      queue,
      lang,
      mailbox: office?.context?.mailbox as Parameters<typeof renderNotices>[1]["mailbox"],
      copy: (text) => navigator.clipboard.writeText(text),
    })
      .then(() => list.setAttribute("data-rendered", String(report?.seq ?? 0)))
      .catch((err: unknown) => list.appendChild(h("p", { className: "error" }, String(err))));
  },
});
