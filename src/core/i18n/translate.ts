import type { Language } from "../review/types";
import { messages, type MessageKey } from "./messages";

/** The sentence `key` in `lang`, with `vars` filled in. */
export function t(lang: Language, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const entry = (messages[lang] as Record<MessageKey, string | ((v: Record<string, string | number>) => string)>)[key];
  return typeof entry === "function" ? entry(vars) : entry;
}
