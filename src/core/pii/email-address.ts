/**
 * E-mail addresses of people. Role mailboxes (info@, support@, noreply@…) are an
 * organisation's, not a person's. Found from each "@" outwards with bounded steps, so a
 * megabyte of local-part characters without "@" costs nothing.
 */
import type { ScanDoc } from "./context";
import { candidate, type Detector } from "./detector-kit";
import { organisationLine } from "./org-line";
import { isRoleMailbox } from "./role-mailbox";
import type { Candidate } from "./types";

export { isRoleMailbox };

/**
 * A mailing list's own addresses: a list server's host ("lists.", "ml.") or a list's
 * administrative suffix (-request, -owner, -bounces); every digest footer carries them.
 */
const LIST_HOST = /^(?:lists?|ml|mailman)\./i;
const LIST_LOCAL = /-(?:request|owner|bounces?|admin|subscribe|unsubscribe|join|leave)$/i;

function isLocalChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39
  );
}
function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

export const emailAddressDetector: Detector = {
  type: "email_address",
  detect(doc: ScanDoc): Candidate[] {
    const out: Candidate[] = [];
    const t = doc.text;
    let at = -1;
    let lastEnd = 0;
    while ((at = t.indexOf("@", at + 1)) !== -1) {
      let s = at;
      while (s > lastEnd && at - s < 64 && isLocalChar(t.charCodeAt(s - 1))) s--;
      while (s < at && (t.charCodeAt(s) === 46 || t.charCodeAt(s) === 39)) s++;
      if (s === at) continue;
      if (s > 0 && isLocalChar(t.charCodeAt(s - 1)) && at - s >= 64) continue; // local part longer than 64
      let e = at + 1;
      while (e < t.length && e - at <= 253 && isDomainChar(t.charCodeAt(e))) e++;
      while (e > at + 1 && (t.charCodeAt(e - 1) === 46 || t.charCodeAt(e - 1) === 45)) e--;
      const domain = t.slice(at + 1, e);
      const lastDot = domain.lastIndexOf(".");
      if (lastDot <= 0 || !/^[A-Za-z]{2,24}$/.test(domain.slice(lastDot + 1)) || domain.includes("..")) continue;
      const local = t.slice(s, at);
      if (local.endsWith(".")) continue;
      lastEnd = e;
      if (isRoleMailbox(local) || LIST_HOST.test(domain) || LIST_LOCAL.test(local)) continue;
      // "返品窓口 henpin@…", "Warehouse team: whs@…": a mailbox the text introduces as a desk or team.
      const label = doc.labelBefore(s, 24);
      if (label && label.category === "org") continue;
      if (organisationLine(doc, s, e)) continue;
      out.push(candidate("email_address", s, e, 0.9));
    }
    return out;
  },
};
