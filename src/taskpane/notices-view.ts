/**
 * The list of password notices on this device: those waiting for the sender (subject, recipients,
 * when queued, send-after time, expiry) with "Create password email", "Copy password", "Show
 * password", "Mark as sent" and "Discard"; and those Microsoft Graph will send. Built with DOM
 * calls only (never innerHTML), so a subject can never become markup. Used by the task pane and
 * by the playground's "Password notices" panel.
 */
import { fallbackReasonText, noticeText, type NoticeQueue, type QueueEntry } from "../notices";
import { openPasswordEmail } from "./new-message";
import { pt, type PaneLang } from "./notice-texts";

export interface NoticesViewDeps {
  queue: NoticeQueue;
  lang: PaneLang;
  /** Office.context.mailbox where there is one. */
  mailbox?: Parameters<typeof openPasswordEmail>[0];
  /** Writes text to the clipboard (navigator.clipboard where allowed). */
  copy?: (text: string) => Promise<void>;
  /** Called after any change, e.g. to refresh a count elsewhere. */
  changed?: () => void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

function when(iso: string, lang: PaneLang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === "ja" ? "ja-JP" : "en-US", { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
}

export async function renderNotices(container: HTMLElement, deps: NoticesViewDeps): Promise<void> {
  const doc = container.ownerDocument;
  const { lang } = deps;
  const all = await deps.queue.list();
  const waiting = all.filter((e) => e.status === "pending" || e.status === "held");
  const scheduled = all.filter((e) => e.status === "scheduled");
  container.replaceChildren();

  const status = el(doc, "p", { class: "notice-status", "data-testid": "notice-status", role: "status" });
  const rerender = async (message?: string) => {
    await renderNotices(container, deps);
    if (message) (container.querySelector(".notice-status") as HTMLElement).textContent = message;
    deps.changed?.();
  };
  const guarded = (work: () => Promise<string | undefined>) => async () => {
    try {
      await rerender(await work());
    } catch (err) {
      status.textContent = pt(lang, "failed", { reason: err instanceof Error ? err.message : String(err) });
    }
  };

  if (waiting.length === 0) {
    container.append(el(doc, "p", { class: "empty", "data-testid": "notices-empty" }, pt(lang, "noticesEmpty")));
  } else {
    const list = el(doc, "ul", { class: "notices", "data-testid": "notices-waiting" });
    for (const entry of waiting) list.append(waitingItem(doc, entry, deps, guarded, status));
    container.append(list);
  }
  container.append(status);
  // A pane's copy of the mailbox's settings is loaded once, when it opens (roaming-store.ts).
  container.append(el(doc, "p", { class: "hint", "data-testid": "notices-reopen" }, pt(lang, "reopenHint")));

  if (scheduled.length > 0) {
    const list = el(doc, "ul", { class: "notices scheduled", "data-testid": "notices-scheduled" });
    for (const e of scheduled) {
      list.append(el(doc, "li", { "data-notice-id": e.id }, el(doc, "strong", {}, e.subject), ` — ${[...e.to, ...(e.bcc ?? []).map((a) => `BCC ${a}`)].join(", ")} — ${pt(lang, "scheduledAt", { time: when(e.sendAt, lang) })}`));
    }
    container.append(el(doc, "h3", {}, pt(lang, "scheduledHeading")), list);
  }
}

/** What to copy into a new email by hand: recipients, subject, and the text with the password. */
function manualCopy(doc: Document, entry: QueueEntry, lang: PaneLang): HTMLElement {
  const box = el(doc, "div", { class: "notice-manual", "data-testid": "notice-manual" });
  const field = (label: string, value: string, testid: string, multiline = false) => {
    const input = multiline ? el(doc, "textarea", { readonly: "", rows: "6", "data-testid": testid }) : el(doc, "input", { type: "text", readonly: "", "data-testid": testid });
    input.value = value;
    input.addEventListener("focus", () => input.select());
    box.append(el(doc, "label", {}, label, input));
  };
  field(pt(lang, "to"), entry.to.join("; "), "manual-to");
  if (entry.bcc && entry.bcc.length > 0) field("BCC", entry.bcc.join("; "), "manual-bcc");
  field(pt(lang, "subject"), entry.subject, "manual-subject");
  if (entry.body) field(pt(lang, "bodyText"), entry.body, "manual-body", true);
  return box;
}

function waitingItem(
  doc: Document,
  entry: QueueEntry,
  deps: NoticesViewDeps,
  guarded: (work: () => Promise<string | undefined>) => () => Promise<void>,
  status: HTMLElement,
): HTMLLIElement {
  const { lang } = deps;
  const item = el(doc, "li", { "data-notice-id": entry.id, "data-status": entry.status });
  item.append(el(doc, "div", { class: "notice-subject" }, entry.subject));
  const facts = el(doc, "dl", { class: "notice-facts" });
  const fact = (label: string, value: string, testid: string) => facts.append(el(doc, "dt", {}, label), el(doc, "dd", { "data-testid": testid }, value));
  fact(pt(lang, "to"), entry.to.join(", "), "notice-to");
  if (entry.bcc && entry.bcc.length > 0) fact("BCC", entry.bcc.join(", "), "notice-bcc");
  fact(pt(lang, "queuedAt"), when(entry.queuedAt, lang), "notice-queued");
  fact(pt(lang, "sendAfter"), when(entry.sendAt, lang), "notice-send-after");
  fact(pt(lang, "expires"), when(entry.expiresAt, lang), "notice-expires");
  item.append(facts);
  // Held: the message had not left when this was stored. Discard / Mark as sent stay (after "Send
  // anyway" this is the only copy, and the person settles it), and cannot lose the password: a
  // later Send of that item issues it anew (deliverNotice).
  if (entry.status === "held") item.append(el(doc, "p", { class: "warning", "data-testid": "notice-held" }, noticeText(lang, "heldPane")));
  if (entry.uncertain) item.append(el(doc, "p", { class: "warning" }, pt(lang, "uncertain")));
  else if (entry.fallback) item.append(el(doc, "p", { class: "warning" }, pt(lang, "fallback", { reason: fallbackReasonText(lang, entry.fallback) })));

  const secret = el(doc, "code", { class: "notice-password", "data-testid": "notice-password", hidden: "" });
  const button = (action: string, label: string, onClick: () => void) => {
    const b = el(doc, "button", { type: "button", "data-action": action }, label);
    b.addEventListener("click", onClick);
    return b;
  };
  // Both forget the password for good, so a stray click must not do it. Outlook add-ins have no
  // window.confirm: the first click arms the button and says what the second will do.
  const confirmed = (action: string, label: string, question: () => string, act: () => Promise<void>) => {
    const b = button(action, label, () => {
      if (b.dataset.armed === "true") return void act();
      b.dataset.armed = "true";
      status.textContent = question();
    });
    return b;
  };
  const discardButton = confirmed(
    "discard",
    pt(lang, "discard"),
    () => (entry.status === "held" ? noticeText(lang, "heldDiscardConfirm") : pt(lang, "discardConfirm")),
    guarded(async () => void (await deps.queue.discard(entry.id))),
  );
  const sentButton = confirmed("sent", pt(lang, "markSent"), () => pt(lang, "markSentConfirm"), guarded(async () => void (await deps.queue.markSent(entry.id))));
  const actions = el(doc, "div", { class: "notice-actions" });
  actions.append(
    button("create", pt(lang, "create"), async () => {
      try {
        if (await openPasswordEmail(deps.mailbox, entry)) {
          status.textContent = pt(lang, "opened");
          return;
        }
        // No displayNewMessageForm here (or the password is gone): show what to copy, and say so.
        item.querySelector(".notice-manual")?.remove();
        item.append(manualCopy(doc, entry, lang));
        status.textContent = pt(lang, entry.body ? "noForm" : "noPassword");
      } catch (err) {
        status.textContent = pt(lang, "failed", { reason: err instanceof Error ? err.message : String(err) });
      }
    }),
    button("copy", pt(lang, "copy"), async () => {
      try {
        if (!deps.copy || !entry.password) throw new Error("no clipboard");
        await deps.copy(entry.password);
        status.textContent = pt(lang, "copied");
      } catch {
        status.textContent = pt(lang, "copyFailed");
      }
    }),
    button("reveal", pt(lang, "reveal"), () => {
      secret.textContent = entry.password ?? "";
      secret.toggleAttribute("hidden");
    }),
    sentButton,
    discardButton,
  );
  item.append(actions, secret);
  return item;
}
