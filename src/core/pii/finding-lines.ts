/**
 * The personal-data lines of an alert, one per type: a type found once or twice shows its masked
 * values; more are counted per source ("電話番号 2,376 件 (顧客リスト.csv)" / "Phone number: 2,376
 * (customers.csv)"), so thousands of findings take one line and leave room for the rest.
 */
import type { Language } from "../review/types";
import { placeLabel, sourceLabel, typeLabel, type PlaceKind } from "./labels";
import type { PersonalDataType } from "./types";

export interface PlacedFinding {
  type: PersonalDataType;
  masked: string;
  place: PlaceKind;
}

/** Up to this many findings of one type are shown by their masked values. */
const MASKED_UP_TO = 2;
/** Sources named on one line before "ほか N か所" / "and N more places". */
const SOURCES_PER_LINE = 3;
/** Type lines before "ほか N 種類" / "and N more types" (13 types exist). */
const MAX_TYPE_LINES = 8;

/** 2376 → "2,376" (no Intl: classic Outlook's runtime may lack it). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function findingLines(found: readonly PlacedFinding[], lang: Language): string[] {
  const byType = new Map<PersonalDataType, PlacedFinding[]>();
  for (const f of found) {
    const list = byType.get(f.type);
    if (list) list.push(f);
    else byType.set(f.type, [f]);
  }
  const lines = [...byType.entries()].map(([type, list]) => typeLine(type, list, lang));
  if (lines.length <= MAX_TYPE_LINES) return lines;
  const rest = lines.length - MAX_TYPE_LINES;
  return [...lines.slice(0, MAX_TYPE_LINES), lang === "ja" ? `ほか ${rest} 種類` : `and ${rest} more types`];
}

function typeLine(type: PersonalDataType, list: readonly PlacedFinding[], lang: Language): string {
  const label = typeLabel(type, lang);
  if (list.length <= MASKED_UP_TO) return `${label} ${list.map((f) => `${f.masked} (${placeLabel(f.place, lang)})`).join(", ")}`;

  const counts = new Map<string, number>();
  for (const f of list) {
    const source = sourceLabel(f.place, lang);
    counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  // The largest sources first: the one line names where most of it is.
  const sources = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const total = formatCount(list.length);
  const named = sources.slice(0, SOURCES_PER_LINE);
  const more = sources.length - named.length;
  if (lang === "ja") {
    const parts = sources.length === 1 ? [named[0][0]] : named.map(([s, n]) => `${s} ${formatCount(n)} 件`);
    if (more > 0) parts.push(`ほか ${more} か所`);
    return `${label} ${total} 件 (${parts.join(", ")})`;
  }
  const parts = sources.length === 1 ? [named[0][0]] : named.map(([s, n]) => `${s} ${formatCount(n)}`);
  if (more > 0) parts.push(`and ${more} more places`);
  return `${label}: ${total} (${parts.join(", ")})`;
}
