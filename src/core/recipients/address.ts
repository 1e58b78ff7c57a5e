/** Parsing addresses as people and Outlook write them, and reading their domain. */
import type { Mailbox } from "../message/draft";

/**
 * `"Yamada, Taro" <t.yamada@Example.CO.JP>`, `Taro <t@x.jp>`, `<t@x.jp>` or `t@x.jp`
 * → `{ name, address }`. Case is kept; compare with `sameAddress`.
 */
export function parseMailbox(raw: string): Mailbox {
  const text = raw.trim();
  const angle = /^([\s\S]*)<([^<>]*)>\s*$/.exec(text);
  if (angle) {
    return { name: unquote(angle[1].trim()), address: angle[2].trim() };
  }
  return { name: "", address: text.replace(/^mailto:/i, "") };
}

/** Splits a header-style list (`a@x, "B, C" <b@y>; c@z`) on commas and semicolons outside quotes and angle brackets. */
export function parseMailboxList(raw: string): Mailbox[] {
  const out: Mailbox[] = [];
  let current = "";
  let quoted = false;
  let angle = false;
  for (const ch of raw) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "<" && !quoted) angle = true;
    else if (ch === ">" && !quoted) angle = false;
    if ((ch === "," || ch === ";") && !quoted && !angle) {
      if (current.trim()) out.push(parseMailbox(current));
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim()) out.push(parseMailbox(current));
  return out;
}

function unquote(name: string): string {
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"')) {
    return name.slice(1, -1).replace(/\\(.)/g, "$1");
  }
  return name;
}

/**
 * The domain of an address, lower-cased and NFKC-normalised (so a full-width `ｅｘａｍｐｌｅ`
 * compares as `example`); "" when the address has no domain.
 */
export function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 0 || at === address.length - 1) return "";
  return address
    .slice(at + 1)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\.$/, "");
}

/** Addresses compare case-insensitively (the local part is case-insensitive at Exchange). */
export function addressKey(address: string): string {
  return address.trim().normalize("NFKC").toLowerCase();
}

export function sameAddress(a: string, b: string): boolean {
  return addressKey(a) === addressKey(b);
}
