/**
 * The task pane: the product, what it checks, the last review of this message
 * (`<section id="last-review">`, see last-review-view.ts), and the password emails waiting on this device
 * (`<section id="notices">`, see notices-view.ts).
 * Texts follow Outlook's display language: Japanese for ja*, English otherwise.
 */
import { NoticeQueue } from "../notices";
import { currentComposeItem } from "../outlook/compose-item";
import { loadState } from "../outlook/session-state";
import { renderLastReview } from "./last-review-view";
import { noticeStore } from "../outlook/notice-store";
import { NOTICE_PANE_TEXT } from "./notice-texts";
import { renderNotices } from "./notices-view";

declare const __ADDIN_VERSION__: string;

type Lang = "ja" | "en";

const TEXT: Record<Lang, Record<string, string>> = {
  en: {
    title: "Outbound Guard",
    tagline: "Checks every message when you press Send.",
    checksHeading: "What is checked at Send",
    checkExternal: "External recipients, listed by domain, confirmed once before sending.",
    checkSupervisor: "Your supervisor in CC or BCC, added when the policy asks for it.",
    checkPersonal: "Personal data (My Number, card numbers, phone numbers and more).",
    checkAttachments: "Attachments moved into an encrypted ZIP; the password goes in a separate email (sent automatically, or by you from this pane, as the policy sets).",
    lastReviewHeading: "This message",
    lastReviewEmpty: "Nothing checked yet. Press Send to run the check.",
    version: "Version",
  },
  ja: {
    title: "Outbound Guard 誤送信・情報漏えい防止",
    tagline: "送信ボタンを押したときに、すべてのメールを確認します。",
    checksHeading: "送信時に確認すること",
    checkExternal: "社外の宛先をドメインごとに表示し、送信前に一度確認します。",
    checkSupervisor: "ポリシーで指定された上長を CC または BCC に追加します。",
    checkPersonal: "個人情報（マイナンバー、クレジットカード番号、電話番号など）を検出します。",
    checkAttachments: "添付ファイルを暗号化 ZIP にまとめ、パスワードは別のメールで伝えます（ポリシーにより自動送信、またはこの作業ウィンドウからご自身で送信）。",
    lastReviewHeading: "このメール",
    lastReviewEmpty: "まだ確認していません。送信を押すと確認が始まります。",
    version: "バージョン",
  },
};

export function languageOf(displayLanguage: string | undefined): Lang {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("ja") ? "ja" : "en";
}

export function applyTexts(doc: Document, lang: Lang): void {
  doc.documentElement.lang = lang;
  doc.title = TEXT[lang].title;
  const words = { ...NOTICE_PANE_TEXT[lang], ...TEXT[lang] };
  doc.querySelectorAll<HTMLElement>("[data-text]").forEach((el) => {
    const key = el.dataset.text;
    if (key && words[key] !== undefined) el.textContent = words[key];
  });
  const version = doc.getElementById("addin-version");
  if (version) version.textContent = typeof __ADDIN_VERSION__ === "string" ? __ADDIN_VERSION__ : "";
}

/** Lists the notices; again whenever the pane is shown, since the Send handler adds them meanwhile. */
export function mountNotices(doc: Document, lang: Lang): void {
  const section = doc.getElementById("notices");
  if (!section) return;
  const mailbox = typeof Office !== "undefined" ? Office.context?.mailbox : undefined;
  const deps = {
    // The mailbox's roaming settings (what the Send handler wrote) and this pane's localStorage.
    queue: new NoticeQueue(noticeStore()),
    lang,
    mailbox: mailbox as unknown as Parameters<typeof renderNotices>[1]["mailbox"],
    copy: (text: string) => navigator.clipboard.writeText(text),
  };
  const refresh = () => void renderNotices(section, deps).catch(() => undefined);
  refresh();
  doc.addEventListener("visibilitychange", () => doc.visibilityState === "visible" && refresh());
}

/** Shows the last review of the open message; again whenever the pane is shown. */
export function mountLastReview(doc: Document, lang: Lang): void {
  const section = doc.getElementById("last-review");
  if (!section) return;
  const refresh = () =>
    void Promise.resolve()
      .then(() => loadState(currentComposeItem()))
      .then((state) => renderLastReview(section, state.lastReview, lang))
      .catch(() => undefined); // no open message (or no sessionData): keep "nothing checked yet"
  refresh();
  doc.addEventListener("visibilitychange", () => doc.visibilityState === "visible" && refresh());
}

function start(): void {
  const fromOffice = (): string | undefined => {
    try {
      return Office.context.displayLanguage;
    } catch {
      return undefined;
    }
  };
  if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
    void Office.onReady(() => {
      const lang = languageOf(fromOffice() ?? navigator.language);
      applyTexts(document, lang);
      mountLastReview(document, lang);
      mountNotices(document, lang);
    });
  } else {
    applyTexts(document, languageOf(navigator.language));
    mountNotices(document, languageOf(navigator.language));
  }
}

if (typeof document !== "undefined") start();
