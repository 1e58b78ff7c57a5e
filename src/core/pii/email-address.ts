/**
 * E-mail addresses of people. Role mailboxes (info@, support@, noreply@…) are an
 * organisation's, not a person's. Found from each "@" outwards with bounded steps, so a
 * megabyte of local-part characters without "@" costs nothing.
 */
import type { ScanDoc } from "./context";
import { candidate, type Detector } from "./detector-kit";
import type { Candidate } from "./types";

const ROLE = new Set(
  (
    "info information support noreply no-reply no_reply donotreply do-not-reply do_not_reply sales contact contacts contactus admin administrator " +
    "help helpdesk service services customer customers customerservice customer-service cs press pr media recruit recruiting recruitment careers career " +
    "jobs job hr jinji saiyo billing invoice invoices accounting accounts keiri office webmaster postmaster hostmaster abuse security system sys notify " +
    "notification notifications news newsletter marketing team hello inquiry inquiries enquiry enquiries toiawase otoiawase uketsuke soumu eigyo order " +
    "orders shop store booking bookings reservation reservations events event seminar partner partners legal compliance privacy it ithelp feedback " +
    "mail mailer-daemon root ir mailmag magazine members member registration entry apply alert alerts bounce reply daihyo jimukyoku kouhou somu " +
    "general desk frontdesk reception secretary hisho biz business ops operations center centre gyomu kikaku kanri shomu tech techsupport " +
    "dev devops noc soc it-support all everyone staff group list ml"
  ).split(/\s+/),
);

function isLocalChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39
  );
}
function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

export function isRoleMailbox(local: string): boolean {
  const l = local.toLowerCase();
  if (ROLE.has(l)) return true;
  const first = l.split(/[._+-]/)[0];
  return ROLE.has(first) && !/\d/.test(first);
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
      if (isRoleMailbox(local)) continue;
      out.push(candidate("email_address", s, e, 0.9));
    }
    return out;
  },
};
