/**
 * "Archive": the encrypted ZIP(s) the handler attached at Send, with what went into each and a
 * download link, so you can open it yourself (the password is in the pending password notice,
 * never in the alert). Read from the item's attachments and the session state, as Outlook holds them.
 */
import type { AttachmentInfo } from "../core";
import { findPresentArchives } from "../core/protect-check/plan";
import { readProtectMemory } from "../core/protect-check/memory";
import { encryptionLabel } from "../core/protect-check/messages";
import { h } from "./dom";
import { formatSize } from "./format";
import { uiLanguage } from "./i18n";
import { registerPanel } from "./panels";

const WORDS = {
  en: { title: "Archive", none: "No archive attached", download: "Download", inside: "Inside" },
  ja: { title: "暗号化ZIP", none: "暗号化ZIPは添付されていません", download: "ダウンロード", inside: "中身" },
};

/** Blob URLs of the last render, released on the next one. */
let urls: string[] = [];

function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

registerPanel({
  id: "archive",
  title: () => WORDS[uiLanguage()].title,
  render(body, report) {
    urls.forEach((u) => URL.revokeObjectURL(u));
    urls = [];
    if (!report || report.running || !report.outcome) return;
    const w = WORDS[uiLanguage()];
    const item = report.mailbox.item;
    let state: unknown;
    try {
      state = JSON.parse(item.sessionData.get("outboundGuard.state") ?? "{}");
    } catch {
      state = {};
    }
    const memory = readProtectMemory(state as { confirmed: string[] });
    const attachments: AttachmentInfo[] = item.attachments.map((a) => ({ id: a.id, name: a.name, size: a.size, kind: a.attachmentType, isInline: a.isInline }));
    const present = findPresentArchives({ from: null, to: [], cc: [], bcc: [], subject: "", body: "", attachments }, memory);
    if (present.length === 0) {
      body.appendChild(h("p", { className: "muted", "data-testid": "archive-none" }, w.none));
      return;
    }
    for (const p of present) {
      const stored = item.attachments.find((a) => a.id === p.attachment.id);
      const url = URL.createObjectURL(new Blob([base64ToBytes(stored?.contentBase64 ?? "")], { type: "application/zip" }));
      urls.push(url);
      body.appendChild(
        h(
          "div",
          { "data-testid": "archive", "data-name": p.record.name },
          h("p", {}, h("strong", {}, p.record.name), " ", h("small", { className: "muted" }, `${formatSize(p.record.size)} · ${encryptionLabel(p.record.encryption)}`), " ",
            h("a", { href: url, download: p.record.name, "data-testid": "archive-download" }, w.download)),
          h("p", { className: "muted" }, `${w.inside}:`),
          h("ul", { className: "plain" }, ...p.record.members.map((m) => h("li", { "data-testid": "archive-member", "data-name": m.name }, `${m.name} `, h("small", { className: "muted" }, formatSize(m.size))))),
        ),
      );
    }
  },
});
