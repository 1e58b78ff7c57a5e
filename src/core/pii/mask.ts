/** Masked previews for display. Never shows the whole value; keeps enough to recognise it. */
import type { PersonalDataType } from "./types";

// Plain loops over code units: a scan masks every finding, and digits and letters are all in
// the BMP, so a surrogate pair is two "other" characters here as it was one as a code point.

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}
function isAlnumCode(c: number): boolean {
  return isDigitCode(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isDigitCode(text.charCodeAt(i))) n++;
  return n;
}

/** Keep the first `head` and the last `tail` digits, group by `group` with spaces. */
function maskGrouped(text: string, head: number, tail: number, group: number): string {
  const total = countDigits(text);
  let out = "";
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isDigitCode(text.charCodeAt(i))) continue;
    if (k > 0 && k % group === 0) out += " ";
    out += k < head || k >= total - tail ? text[i] : "*";
    k++;
  }
  return out;
}

/** Mask every letter and digit except the first `head` and last `tail` of them; keep separators. */
function maskKeepShape(text: string, head: number, tail: number): string {
  let total = 0;
  for (let i = 0; i < text.length; i++) if (isAlnumCode(text.charCodeAt(i))) total++;
  const hideTo = Math.max(head, total - tail);
  let out = "";
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    if (isAlnumCode(text.charCodeAt(i))) {
      out += k >= head && k < hideTo ? "*" : text[i];
      k++;
    } else out += text[i];
  }
  return out;
}

/** Phones: keep the first and last digit groups, mask the middle ("090-****-5678"). */
function maskPhone(text: string): string {
  // groups of digits separated by anything else
  let groups = 0;
  let firstEnd = -1;
  let lastStart = -1;
  for (let i = 0; i < text.length; i++) {
    if (isDigitCode(text.charCodeAt(i)) && (i === 0 || !isDigitCode(text.charCodeAt(i - 1)))) {
      groups++;
      lastStart = i;
    } else if (!isDigitCode(text.charCodeAt(i)) && i > 0 && isDigitCode(text.charCodeAt(i - 1)) && firstEnd < 0) firstEnd = i;
  }
  if (groups >= 3) {
    // every digit between the end of the first group and the start of the last is hidden
    let out = "";
    for (let i = 0; i < text.length; i++) out += i >= firstEnd && i < lastStart && isDigitCode(text.charCodeAt(i)) ? "*" : text[i];
    return out;
  }
  const d = countDigits(text);
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
