import type { Language } from "../review/types";

/** Outlook's display language (`ja-JP`, `en-US`, …) → the language of our text. */
export function pickLanguage(displayLanguage: string | undefined | null): Language {
  return (displayLanguage ?? "").toLowerCase().startsWith("ja") ? "ja" : "en";
}
