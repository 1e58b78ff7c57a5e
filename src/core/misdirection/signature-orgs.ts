/**
 * Organisations learned from the signatures in the quoted thread: a company line
 * (「株式会社ミナトテック」, "Northbridge Capital Inc.") a few lines from a contact line with an
 * address (「E-mail: ichiro@minatotech.co.jp」) ties that name to the address's domain. Header
 * lines teach nothing (a subject may name anyone), nor do free-mail addresses (a person, not a firm).
 */
import { registrable, isFreeMail } from "./domains";
import { LEGAL_FORM, orgKey } from "./organisations";
import { isThreadBoundary } from "./quoted-text";

export interface LearnedOrganisation {
  name: string;
  /** The registrable domain of the signature's address. */
  domain: string;
}

const ADDRESS = /[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})/g;
const EN_LEGAL_END = /^[A-Z][A-Za-z0-9&.,'\- ]{1,50}\b(Inc\.?|Ltd\.?|Co\.,? ?Ltd\.?|Corporation|Corp\.?|LLC|K\.K\.|GmbH|plc)$/;
const SENTENCE = /[。！？!?]|です|ます|様|さま|殿|御中|各位|より|から|について/;
/** How far above (signatures put the company first) and below a contact line to look. */
const ABOVE = 6;
const BELOW = 3;

function plain(line: string): string {
  return line.replace(/^(\s*>)+\s?/, "").normalize("NFKC").trim();
}

/** The company a signature line names, or undefined. */
function companyOf(line: string): string | undefined {
  if (line.length === 0 || line.length > 40 || SENTENCE.test(line) || line.includes("@") || /[:：]/.test(line)) return undefined;
  if (EN_LEGAL_END.test(line)) return line;
  if (!LEGAL_FORM.test(line)) return undefined;
  const tokens = line.split(/\s+/);
  const i = tokens.findIndex((t) => LEGAL_FORM.test(t));
  // A bare 「株式会社」 token joins its neighbour: 「株式会社 ミナトテック」.
  if (orgKey(tokens[i]) === "") return tokens[i + 1] ? tokens[i] + tokens[i + 1] : i > 0 ? tokens[i - 1] + tokens[i] : undefined;
  return tokens[i];
}

/** A contact line: little besides the address ("E-mail: a@b", "Mail a@b", "a@b"), not a sentence. */
function isContactLine(line: string): boolean {
  return line.replace(ADDRESS, "").length <= 30 && !/[。！？]/.test(line);
}

export function learnedOrganisations(quoted: string): LearnedOrganisation[] {
  const lines = quoted.split(/\r?\n/).map(plain);
  const boundary = lines.map((l) => isThreadBoundary(l));
  const out: LearnedOrganisation[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (boundary[i] || !lines[i].includes("@") || !isContactLine(lines[i])) continue;
    // The nearest company line, not crossing into another quoted message.
    let name: string | undefined;
    let up = true;
    let down = true;
    for (let step = 1; step <= ABOVE && !name; step++) {
      const above = i - step;
      up = up && above >= 0 && !boundary[above];
      if (up) name = companyOf(lines[above]);
      const below = i + step;
      down = down && step <= BELOW && below < lines.length && !boundary[below];
      if (down && !name) name = companyOf(lines[below]);
    }
    if (!name || orgKey(name).length < 2) continue;
    // exec, not matchAll: classic Outlook runs this on ES2016.
    ADDRESS.lastIndex = 0;
    for (let m = ADDRESS.exec(lines[i]); m; m = ADDRESS.exec(lines[i])) {
      const domain = registrable(m[1].toLowerCase());
      if (isFreeMail(domain)) continue;
      if (!out.some((o) => o.name === name && o.domain === domain)) out.push({ name, domain });
    }
  }
  return out;
}
