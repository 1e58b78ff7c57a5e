/**
 * The organisation a message is addressed to, as its salutation writes it —
 * 「株式会社ミナトテック 山田様」, 「ミナトテック株式会社 御中」, 「(株)ミナトテック」 on the first line,
 * "Dear Mr. Smith of Northbridge," — or as an attachment's name does (`見積書_ミナトテック様.pdf`).
 * Only names that are surely organisations: a legal form, 御中, or a partner the policy names.
 * 「山田様」 alone names a person, and says nothing.
 */
import { LEGAL_FORM, orgKey, type OrgKnowledge } from "./organisations";

/** How many non-empty lines at the top can hold the salutation. */
const TOP_LINES = 4;
const MAX_LINE = 80;
const HONORIFIC_END = /(様|さま|殿|御中|各位|ご担当者様|御担当者様|ご担当者各位)\s*[,，、:：]?$/;
/** Departments and roles written between the organisation and the person. */
const DEPARTMENT = /(部|課|室|係|局|センター|グループ|チーム|事業部|本部|支店|営業所|工場|研究所|担当|部長|課長|室長|社長|代表|取締役|主任|係長|ご担当者|御担当者)$/;
const EN_STOP = /^(all|team|customers?|sirs?|madam|colleagues?|partners?|friends?|members?|valued|everyone|the|our|your|sales|support|hr|it|marketing|finance|legal|project|client|clients|mr|mrs|ms|dr)$/i;

export interface NamedOrganisation {
  /** As written, without the honorific. */
  name: string;
  key: string;
}

function clean(name: string): string {
  return name.replace(/^[\s　「『【\[]+|[\s　」』】\]、,，:：]+$/g, "").trim();
}

function org(name: string): NamedOrganisation | undefined {
  const n = clean(name);
  const key = orgKey(n);
  return key.length >= 2 ? { name: n, key } : undefined;
}

/** Tokens of a salutation line minus the person and departments: what is left names the organisation. */
function orgFromTokens(tokens: string[], known: OrgKnowledge, marked: boolean): NamedOrganisation | undefined {
  const parts = tokens.filter((t) => t && !DEPARTMENT.test(t));
  if (parts.length === 0) return undefined;
  // With a legal form, the organisation is the token holding it (joined to a bare 「株式会社」 token).
  for (let i = 0; i < parts.length; i++) {
    if (!LEGAL_FORM.test(parts[i])) continue;
    // 「株式会社ミナトテックの山田様」: the organisation is the part before 「の」.
    if (parts[i].includes("の")) parts[i] = parts[i].split("の").find((p) => LEGAL_FORM.test(p)) ?? parts[i];
    const alone = orgKey(parts[i]) === "";
    if (alone && i + 1 < parts.length) return org(parts[i] + parts[i + 1]);
    if (alone && i > 0) return org(parts[i - 1] + parts[i]);
    return org(parts[i]);
  }
  if (marked) return org(parts.join(" "));
  // No legal form: only a partner the policy names counts (「ミナトテック 山田様」).
  for (let n = parts.length; n >= 1; n--) {
    const candidate = parts.slice(0, n).join(" ");
    if (known.byKey.has(orgKey(candidate))) return org(candidate);
  }
  return undefined;
}

function japaneseLine(line: string, next: string | undefined, first: boolean, known: OrgKnowledge): NamedOrganisation | undefined {
  const honorific = HONORIFIC_END.exec(line);
  if (honorific) {
    const before = line.slice(0, honorific.index).trim();
    const tokens = before.split(/[\s　]+/);
    if (honorific[1] === "御中") return orgFromTokens(tokens, known, true);
    // 「株式会社ミナトテック 山田様」: the last token is the person (when there is more than one).
    const withoutPerson = tokens.length > 1 ? tokens.slice(0, -1) : LEGAL_FORM.test(before) ? tokens : [];
    return orgFromTokens(withoutPerson, known, false);
  }
  // 「株式会社ミナトテック」 on its own line, as the first line or above 「山田様」.
  const nextIsPerson = next !== undefined && HONORIFIC_END.test(next) && next.length <= 30;
  const sentence = /[。！？!?]|です|ます|より|から|の/.test(line);
  if ((first || nextIsPerson) && LEGAL_FORM.test(line) && !sentence) return orgFromTokens(line.split(/[\s　]+/), known, false);
  return undefined;
}

function englishLine(line: string): NamedOrganisation | undefined {
  const m = /^(dear|hello|hi|to)\s+(.+?)\s*[,:]?$/i.exec(line);
  if (!m) return undefined;
  const rest = m[2];
  const of = /\bof\s+((?:the\s+)?[A-Z][A-Za-z0-9&.\-]*(?:\s+[A-Z][A-Za-z0-9&.\-]*){0,3})$/.exec(rest);
  const team = /^([A-Z][A-Za-z0-9&.\-]*(?:\s+[A-Z][A-Za-z0-9&.\-]*){0,3})\s+(team|colleagues|friends)$/i.exec(rest);
  const name = of ? of[1].replace(/^the\s+/, "") : team ? team[1] : undefined;
  if (!name) return undefined;
  if (EN_STOP.test(name.split(/\s+/)[0])) return undefined;
  return org(name);
}

/** The organisations the salutation at the top of the writer's own text names (usually none or one). */
export function salutationOrganisations(own: string, known: OrgKnowledge): NamedOrganisation[] {
  const lines = own
    .split(/\r?\n/)
    .map((l) => l.normalize("NFKC").trim())
    .filter(Boolean)
    .slice(0, TOP_LINES);
  const out: NamedOrganisation[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > MAX_LINE) continue;
    const found = englishLine(line) ?? japaneseLine(line, lines[i + 1], i === 0, known);
    if (found && !out.some((o) => o.key === found.key)) out.push(found);
  }
  return out;
}

/** `見積書_ミナトテック様.pdf`, `【株式会社ミナトテック御中】提案書.pptx` → the organisation. */
export function attachmentOrganisation(fileName: string, known: OrgKnowledge): NamedOrganisation | undefined {
  const base = fileName.normalize("NFKC").replace(/\.[A-Za-z0-9]{1,5}$/, "");
  for (const segment of base.split(/[_\s　【】\[\]「」『』]+/)) {
    const m = /^(.+?)(様|御中|殿)$/.exec(segment);
    if (!m) continue;
    const name = m[1];
    if (DEPARTMENT.test(name)) continue;
    if (LEGAL_FORM.test(name) || m[2] === "御中" || known.byKey.has(orgKey(name))) {
      const o = org(name);
      if (o) return o;
    }
  }
  return undefined;
}
