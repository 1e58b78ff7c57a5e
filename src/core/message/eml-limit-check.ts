/**
 * A message read or scanned only in part (eml-limits.ts) is never a silent "allow": this check
 * asks for confirmation and says what was left unchecked, in the user's language.
 */
import type { Check } from "../review/check";
import type { Language } from "../review/types";
import type { EmlLimitNote } from "./eml-draft";

const texts: Record<Language, Record<EmlLimitNote["code"], (n: EmlLimitNote) => string>> = {
  ja: {
    text_not_parsed: (n) => `本文が大きすぎるため、先頭の約 ${mb(n.limit)} MB だけを読みました。残り（${mb((n as { skippedBytes: number }).skippedBytes)} MB）は確認していません。`,
    body_not_scanned: (n) => `本文が長すぎるため、先頭の ${grouped(n.limit)} 文字だけを確認しました。残りは確認していません。`,
  },
  en: {
    text_not_parsed: (n) => `The body is too large: only its first ${mb(n.limit)} MB were read; the rest (${mb((n as { skippedBytes: number }).skippedBytes)} MB) was not checked.`,
    body_not_scanned: (n) => `The body is too long: only its first ${grouped(n.limit)} characters were checked; the rest was not.`,
  },
};

/** 1000000 → "1,000,000" (no Intl: classic Outlook's runtime may lack it). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

export function limitLines(lang: Language, limits: readonly EmlLimitNote[]): string[] {
  return limits.map((n) => texts[lang][n.code](n));
}

/** Confirm (at least) with a note line per limit reached; nothing when the whole message was checked. */
export function emlLimitCheck(limits: readonly EmlLimitNote[]): Check {
  return (ctx) => ({
    verdict: limits.length > 0 ? "confirm" : "allow",
    findings: [],
    actions: [],
    lines: limitLines(ctx.lang, limits),
    confirmKeys: limits.map((n) => `eml-limit:${n.code}`),
    section: "note",
  });
}
