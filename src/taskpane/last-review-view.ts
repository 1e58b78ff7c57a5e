/**
 * "This message": what the last Send of the open message decided and said, read from the item's
 * session state the Send handler wrote. The alert text is already safe to show (personal data
 * masked, never a password), so it is shown as it was; a failure's technical reason (detail) is
 * shown folded under it.
 */
import type { LastReview } from "../outlook/session-state";

type Lang = "ja" | "en";

const WORDS: Record<Lang, Record<LastReview["verdict"] | "checkedAt" | "detail", string>> = {
  en: { allow: "Sent without an alert.", confirm: "Stopped once for a second look.", block: "Stopped: this message cannot be sent as it is.", checkedAt: "Checked at", detail: "Technical details (for your IT department)" },
  ja: { allow: "警告なしで送信されました。", confirm: "確認のため一度止めました。", block: "このままでは送信できないため止めました。", checkedAt: "確認日時", detail: "技術的な詳細（IT 部門向け）" },
};

function clock(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Replaces the section's content; leaves the "nothing checked yet" text when there is no review. */
export function renderLastReview(section: HTMLElement, review: LastReview | undefined, lang: Lang): void {
  if (!review) return;
  const doc = section.ownerDocument;
  section.textContent = "";
  const status = doc.createElement("p");
  status.className = `verdict verdict-${review.verdict}`;
  status.dataset.verdict = review.verdict;
  status.textContent = WORDS[lang][review.verdict];
  section.appendChild(status);
  if (review.message) {
    const message = doc.createElement("pre");
    message.className = "alert-text";
    message.textContent = review.message;
    section.appendChild(message);
  }
  if (review.detail) {
    // The alert said it plainly; the Office error names and codes are here, for IT.
    const box = doc.createElement("details");
    box.className = "review-detail";
    box.dataset.testid = "last-review-detail";
    const summary = doc.createElement("summary");
    summary.textContent = WORDS[lang].detail;
    const text = doc.createElement("pre");
    text.textContent = review.detail;
    box.append(summary, text);
    section.appendChild(box);
  }
  const when = doc.createElement("p");
  when.className = "empty";
  when.textContent = `${WORDS[lang].checkedAt}: ${clock(review.at)}`;
  section.appendChild(when);
}
