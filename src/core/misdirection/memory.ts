/**
 * What this user confirmed before, remembered per device: domains they sent to after a look-alike
 * warning, and organisations whose salutation they sent to a domain the policy did not list.
 * Plain data here; the adapter keeps it in the DeviceStore. The confirm keys of the checks carry
 * what to remember, so the record step needs nothing else.
 */
import type { Policy } from "../policy/schema";

export interface Confirmations {
  domains: string[];
  /** orgKey → domains. */
  organisations: Record<string, string[]>;
}

/** Caps so the store never grows without end (oldest first out). */
export const MAX_DOMAINS = 500;
export const MAX_ORGANISATIONS = 300;

/**
 * Organisation names are free text ("constructor", "__proto__", "toString"…): every map of them is
 * a null-prototype object, so a name is never read from nor written to Object.prototype (issue 13).
 */
function orgMap(): Record<string, string[]> {
  return Object.create(null) as Record<string, string[]>;
}

function ownList(map: Record<string, string[]>, key: string): string[] | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** Sets an own property even for "__proto__" on an ordinary object (plain assignment would set the prototype). */
function setOwn(map: Record<string, string[]>, key: string, value: string[]): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}

export function emptyConfirmations(): Confirmations {
  return { domains: [], organisations: orgMap() };
}

export const LOOKALIKE_KEY = "lookalike:";
export const SALUTATION_KEY = "salutation:";

export const lookalikeKey = (domain: string): string => `${LOOKALIKE_KEY}${domain}`;
/** `salutation:<orgKey>=<domain>,<domain>` — the organisation and the recipients' domains shown with it. */
export const salutationKey = (org: string, domains: readonly string[]): string => `${SALUTATION_KEY}${org}=${[...domains].sort().join(",")}`;

/** Reads stored JSON; anything damaged reads as nothing remembered (never an error at Send). */
export function parseConfirmations(raw: string | null | undefined): Confirmations {
  if (!raw) return emptyConfirmations();
  try {
    const v = JSON.parse(raw) as Partial<Confirmations>;
    const domains = Array.isArray(v.domains) ? v.domains.filter((d): d is string => typeof d === "string") : [];
    const organisations = orgMap();
    if (v.organisations && typeof v.organisations === "object") {
      for (const [k, list] of Object.entries(v.organisations)) {
        if (Array.isArray(list)) organisations[k] = list.filter((d): d is string => typeof d === "string");
      }
    }
    return { domains, organisations };
  } catch {
    return emptyConfirmations();
  }
}

/** What the seen confirm keys say the user accepted by sending again. */
export function confirmationsFromKeys(keys: readonly string[]): Confirmations {
  const out = emptyConfirmations();
  for (const key of keys) {
    if (key.startsWith(LOOKALIKE_KEY)) out.domains.push(key.slice(LOOKALIKE_KEY.length));
    else if (key.startsWith(SALUTATION_KEY)) {
      const rest = key.slice(SALUTATION_KEY.length);
      const eq = rest.lastIndexOf("=");
      if (eq <= 0) continue;
      const domains = rest.slice(eq + 1).split(",").filter(Boolean);
      if (domains.length) out.organisations[rest.slice(0, eq)] = domains;
    }
  }
  return out;
}

/** `base` plus `added`, newest kept when over the caps; returns whether anything new was added. */
/**
 * What the user confirmed that still concerns this message's recipients: domains and organisation
 * ↔ domain pairs whose domains are among `present`. The organisation map has no prototype, so a
 * name like `__proto__` or `constructor` is kept like any other.
 */
export function confirmationsStillPresent(seen: Confirmations, present: ReadonlySet<string>): Confirmations {
  const organisations = orgMap();
  for (const org of Object.keys(seen.organisations)) {
    const still = (ownList(seen.organisations, org) ?? []).filter((d) => present.has(d));
    if (still.length) setOwn(organisations, org, still);
  }
  return { domains: seen.domains.filter((d) => present.has(d)), organisations };
}

export function mergeConfirmations(base: Confirmations, added: Confirmations): { merged: Confirmations; changed: boolean } {
  let changed = false;
  const domains = [...base.domains];
  for (const d of added.domains) {
    if (!domains.includes(d)) {
      domains.push(d);
      changed = true;
    }
  }
  const organisations = orgMap();
  for (const [org, list] of Object.entries(base.organisations)) organisations[org] = list;
  for (const [org, list] of Object.entries(added.organisations)) {
    const cur = [...(ownList(organisations, org) ?? [])];
    for (const d of list) {
      if (!cur.includes(d)) {
        cur.push(d);
        changed = true;
      }
    }
    delete organisations[org]; // re-insert: most recently confirmed last
    organisations[org] = cur;
  }
  const kept = orgMap();
  for (const [org, list] of Object.entries(organisations).slice(-MAX_ORGANISATIONS)) kept[org] = list;
  return { merged: { domains: domains.slice(-MAX_DOMAINS), organisations: kept }, changed };
}

/**
 * The policy in force on this device: the admin's policy plus what this user confirmed. Confirmed
 * domains join `knownDomains` (look-alikes of them are caught; they themselves are known);
 * confirmed organisations join `partners`. Mutates and returns `policy` (the handler passes the
 * same object to the review).
 */
export function foldConfirmations(policy: Policy, c: Confirmations): Policy {
  const m = policy.misdirection;
  for (const d of c.domains) if (!m.knownDomains.includes(d)) m.knownDomains.push(d);
  for (const [org, list] of Object.entries(c.organisations)) {
    let cur = ownList(m.partners, org);
    if (!cur) setOwn(m.partners, org, (cur = []));
    for (const d of list) if (!cur.includes(d)) cur.push(d);
  }
  return policy;
}
