/**
 * "Archive": the encrypted ZIPs of ours on the message — made when the files were attached
 * (OnMessageAttachmentsChanged, attachments.zip, attachments-2.zip…) or at Send — with what went
 * into each, the encryption and a download link, so you can open it yourself (the password is in
 * the pending password notice, never in the alert). Read from the item's attachments and the
 * session state, as Outlook holds them: refreshed after each Send and whenever the attach-time
 * runs are over (page.ts), not only after a Send.
 */
import type { AttachmentInfo } from "../core";
import { decodeBase64 } from "../core/bytes/base64";
import { findPresentArchives, type PresentArchive } from "../core/protect-check/plan";
import { readProtectMemory } from "../core/protect-check/memory";
import { encryptionLabel } from "../core/protect-check/messages";
import type { SimulatedMailbox } from "./simulated-outlook";
import { h } from "./dom";
import { formatSize } from "./format";
import { uiLanguage } from "./i18n";
import { registerPanel } from "./panels";

const WORDS = {
  en: {
    title: "Archive",
    none: "No archive attached",
    download: "Download",
    inside: "Inside",
    attachTime: "Protected when attached",
    atSend: "Protected at Send",
  },
  ja: {
    title: "暗号化ZIP",
    none: "暗号化ZIPは添付されていません",
    download: "ダウンロード",
    inside: "中身",
    attachTime: "添付時に暗号化",
    atSend: "送信時に暗号化",
  },
};

/** The page's compose window: the panel shows its item between Sends too. */
let current: SimulatedMailbox | undefined;

/** Called once by the page, so the panel can render before the first Send. */
export function showArchivesOf(mailbox: SimulatedMailbox): void {
  current = mailbox;
}

/** Blob URLs made for downloads, released on the next render. */
let urls: string[] = [];

/** Our archives on the item now, matched to their records as the Send would match them. */
export function presentArchives(mailbox: SimulatedMailbox): PresentArchive[] {
  const item = mailbox.item;
  let state: unknown;
  try {
    state = JSON.parse(item.sessionData.get("outboundGuard.state") ?? "{}");
  } catch {
    state = {};
  }
  const memory = readProtectMemory(state as { confirmed: string[] });
  const attachments: AttachmentInfo[] = item.attachments.map((a) => ({ id: a.id, name: a.name, size: a.size, kind: a.attachmentType, isInline: a.isInline }));
  return findPresentArchives({ from: null, to: [], cc: [], bcc: [], subject: "", body: "", attachments }, memory);
}

/**
 * A download link that decodes the archive only when clicked (a 20 MB archive decoded on every
 * render would freeze the page): the href is set in the click handler, before the browser follows it.
 */
function downloadLink(mailbox: SimulatedMailbox, p: PresentArchive, label: string): HTMLAnchorElement {
  const link = h("a", { href: "#", download: p.record.name, "data-testid": "archive-download" }, label);
  link.addEventListener("click", () => {
    if (link.dataset.ready) return;
    const stored = mailbox.item.attachments.find((a) => a.id === p.attachment.id);
    const bytes = decodeBase64(stored?.contentBase64 ?? "");
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/zip" }));
    urls.push(url);
    link.href = url;
    link.dataset.ready = "true";
  });
  return link;
}

registerPanel({
  id: "archive",
  title: () => WORDS[uiLanguage()].title,
  showsItem: true,
  render(body, report) {
    urls.forEach((u) => URL.revokeObjectURL(u));
    urls = [];
    // While a Send runs the handler is changing the attachments: its result is shown when it is over.
    if (report?.running) return;
    const mailbox = report?.mailbox ?? current;
    if (!mailbox) return;
    const w = WORDS[uiLanguage()];
    const present = presentArchives(mailbox);
    if (present.length === 0) {
      body.appendChild(h("p", { className: "muted", "data-testid": "archive-none" }, w.none));
      return;
    }
    for (const p of present) {
      const when = p.record.attachTime ? w.attachTime : w.atSend;
      body.appendChild(
        h(
          "div",
          { "data-testid": "archive", "data-name": p.record.name, "data-made": p.record.attachTime ? "attach" : "send" },
          h("p", {}, h("strong", {}, p.record.name), " ",
            h("small", { className: "muted", "data-testid": "archive-facts" }, `${formatSize(p.record.size)} · ${encryptionLabel(p.record.encryption)} · ${when}`), " ",
            downloadLink(mailbox, p, w.download)),
          h("p", { className: "muted" }, `${w.inside}:`),
          h("ul", { className: "plain" }, ...p.record.members.map((m) => h("li", { "data-testid": "archive-member", "data-name": m.name }, `${m.name} `, h("small", { className: "muted" }, formatSize(m.size))))),
        ),
      );
    }
  },
});
