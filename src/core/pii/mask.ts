/** Masked previews for display. Never shows the whole value; keeps enough to recognise it. */
import type { PersonalDataType } from "./types";

const DIGIT = /[0-9０-９]/;
const ALNUM = /[0-9０-９A-Za-zＡ-Ｚａ-ｚ]/;

function digitsOnly(s: string): string[] {
  const out: string[] = [];
  for (const ch of s) if (DIGIT.test(ch)) out.push(ch);
  return out;
}

/** Keep the first `head` and the last `tail` digits, group by `group` with spaces. */
function maskGrouped(text: string, head: number, tail: number, group: number): string {
  const d = digitsOnly(text);
  const shown = d.map((ch, i) => (i < head || i >= d.length - tail ? ch : "*"));
  const groups: string[] = [];
  for (let i = 0; i < shown.length; i += group) groups.push(shown.slice(i, i + group).join(""));
  return groups.join(" ");
}

/** Mask every letter and digit except the first `head` and last `tail` of them; keep separators. */
function maskKeepShape(text: string, head: number, tail: number): string {
  const chars = [...text];
  const idx: number[] = [];
  chars.forEach((ch, i) => {
    if (ALNUM.test(ch)) idx.push(i);
  });
  const hide = new Set(idx.slice(head, Math.max(head, idx.length - tail)));
  return chars.map((ch, i) => (hide.has(i) ? "*" : ch)).join("");
}

/** Phones: keep the first and last digit groups, mask the middle ("090-****-5678"). */
function maskPhone(text: string): string {
  const chars = [...text];
  // groups of digits separated by anything else
  const groups: Array<[number, number]> = [];
  let s = -1;
  chars.forEach((ch, i) => {
    const isD = DIGIT.test(ch);
    if (isD && s < 0) s = i;
    if (!isD && s >= 0) {
      groups.push([s, i]);
      s = -1;
    }
  });
  if (s >= 0) groups.push([s, chars.length]);
  if (groups.length >= 3) {
    const hide = new Set<number>();
    for (const [a, b] of groups.slice(1, -1)) for (let i = a; i < b; i++) hide.add(i);
    // with a country code (+81 90 …), also hide the second-to-last group's leading part if only 3 groups
    return chars.map((ch, i) => (hide.has(i) ? "*" : ch)).join("");
  }
  const d = digitsOnly(text).length;
  return maskKeepShape(text, 3, Math.min(4, Math.max(0, d - 3)));
}

function maskEmail(text: string): string {
  const at = text.lastIndexOf("@");
  if (at <= 0) return maskKeepShape(text, 1, 0);
  const local = text.slice(0, at);
  return `${[...local][0]}***${text.slice(at)}`;
}

function maskAddress(text: string): string {
  // Keep the prefecture and city; hide everything after the first 市/区/町/村/郡.
  const m = /^(.{0,12}?[都道府県])?(.{0,10}?[市区町村郡])/.exec(text);
  if (m) return `${m[0]}****`;
  const words = text.split(/\s+/);
  return words.length > 2 ? `**** ${words.slice(-2).join(" ")}` : "****";
}

export function maskValue(type: PersonalDataType, text: string): string {
  switch (type) {
    case "my_number":
    case "drivers_license":
      return maskGrouped(text, 4, 2, 4);
    case "credit_card":
      return maskGrouped(text, 4, 2, 4);
    case "corporate_number":
      return maskKeepShape(text, 4, 2);
    case "phone":
      return maskPhone(text);
    case "email_address":
      return maskEmail(text);
    case "postal_code":
      return maskKeepShape(text, 3, 0);
    case "address":
      return maskAddress(text);
    case "birth_date":
      return text.replace(/[0-9０-９]/g, "*").replace(/元/g, "*");
    case "bank_account":
    case "passport":
    case "health_insurance":
    case "pension_number":
      return maskKeepShape(text, type === "passport" ? 2 : 0, 2);
  }
}
