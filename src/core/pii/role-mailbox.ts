/**
 * Role mailboxes: local parts that name a function (info@, support@, contracts@, travel@…)
 * rather than a person. Their addresses are an organisation's contact data.
 */
const ROLE = new Set(
  (
    "info information support noreply no-reply no_reply donotreply do-not-reply do_not_reply sales contact contacts contactus admin administrator " +
    "help helpdesk service services customer customers customerservice customer-service cs press pr media recruit recruiting recruitment careers career " +
    "jobs job hr jinji saiyo billing invoice invoices accounting accounts keiri office webmaster postmaster hostmaster abuse security system sys notify " +
    "notification notifications news newsletter marketing team hello inquiry inquiries enquiry enquiries toiawase otoiawase uketsuke soumu eigyo order " +
    "orders shop store booking bookings reservation reservations events event seminar partner partners legal compliance privacy it ithelp feedback " +
    "mail mailer-daemon root ir mailmag magazine members member registration entry apply alert alerts bounce reply daihyo jimukyoku kouhou somu " +
    "general desk frontdesk reception secretary hisho biz business ops operations center centre gyomu kikaku kanri shomu tech techsupport " +
    "dev devops noc soc it-support all everyone staff group list ml " +
    // functions rather than people: licensing, contracts, travel desk, out-of-hours lines…
    "license licence licenses licensing contract contracts urgent emergency oncall on-call travel traveldesk finance procurement purchasing " +
    "payroll treasury renewal renewals subscription subscriptions returns warranty shipping logistics facilities quality training helpline " +
    "hotline claims assistance concierge " +
    // programmes and desks of schools, foundations and NPOs
    "admission admissions orientation volunteer volunteers scholarship scholarships grants alumni studentaffairs"
  ).split(/\s+/),
);

export function isRoleMailbox(local: string): boolean {
  const l = local.toLowerCase();
  if (ROLE.has(l)) return true;
  const sep = l.search(/[._+-]/);
  const first = sep === -1 ? l : l.slice(0, sep);
  if (ROLE.has(first) && !/\d/.test(first)) return true;
  if (sep === -1) return false;
  // "gs-admissions", "grad.orientation": a function word after a unit's prefix (short words like
  // "it" or "pr" only first, where they cannot be a person's initials run together)
  // (not a "+tag": "tomoko.ishii+news" is a person's address with a filter tag)
  const later = l.split("+")[0].split(/[._-]/);
  for (let i = 1; i < later.length; i++) if (later[i].length >= 4 && ROLE.has(later[i])) return true;
  return false;
}

