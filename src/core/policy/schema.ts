/**
 * The policy file admins write (policy.json). This schema is the one source for parsing,
 * defaults, error messages and the published JSON Schema, so they can never disagree.
 * Field names are fixed by DESIGN.md: add fields, never rename them.
 *
 * Written with zod/mini (issue 11): the same zod engine and issues as `zod`, in functions that
 * tree-shake, so the handler Outlook loads at every Send carries about 60 KB less of zod. The
 * English locale is installed because zod/mini has none by default, and a record key's own issue
 * ("Too small: expected string to have >=1 characters") is quoted in the policy errors.
 */
import * as z from "zod/mini";
import { en } from "zod/locales";

z.config(en());

/** `.describe(text)` of classic zod: the description the JSON Schema carries (each call gets a new schema). */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

// Letters of both cases are written out, never the `i` flag: JSON Schema patterns have no flags,
// and policy.schema.json must accept exactly what this schema accepts.
const DOMAIN_LABEL = "[A-Za-z0-9\\u00a1-\\uffff](?:[A-Za-z0-9\\u00a1-\\uffff-]{0,61}[A-Za-z0-9\\u00a1-\\uffff])?";
/** `example.co.jp` or `*.example.co.jp` (subdomains only); at least two labels. */
export const DOMAIN_PATTERN = new RegExp(`^(?:\\*\\.)?${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})+$`);
/** A plain SMTP address: local@domain, no display name. */
export const ADDRESS_PATTERN = new RegExp(`^[^\\s@<>()",;:]+@${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})+$`);

const domain = z.pipe(
  z.string().check(z.regex(DOMAIN_PATTERN, { message: "must be a domain such as example.co.jp or *.example.co.jp" })),
  z.transform((d: string) => d.toLowerCase()),
);

const address = z.string().check(z.regex(ADDRESS_PATTERN, { message: "must be an e-mail address such as compliance@example.co.jp" }));

/**
 * An organisation name; not an Object.prototype name (a record would drop "__proto__"). The
 * lookahead is a plain ECMA-262 pattern, so policy.schema.json refuses the same keys (issue 13).
 */
const partnerName = z
  .string()
  .check(z.minLength(1), z.regex(/^(?!(?:__proto__|constructor|prototype)$)/, { message: "must not be __proto__, constructor or prototype" }));

const when = z.enum(["always", "external", "never"]);

/** A whole number from min to max (classic zod's `z.number().int().min(min).max(max)`). */
const wholeNumber = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));

/** The 13 personal-data types (DESIGN.md): the names admins write in personalData.types. */
export const PERSONAL_DATA_TYPES = [
  "my_number",
  "corporate_number",
  "credit_card",
  "phone",
  "email_address",
  "postal_code",
  "address",
  "birth_date",
  "bank_account",
  "passport",
  "drivers_license",
  "health_insurance",
  "pension_number",
] as const;

/**
 * attachments.partners (issue 12): how files reach one counterparty, keyed by its domain, matched
 * like internalDomains (`example.co.jp` exactly, `*.example.co.jp` its subdomains only), without
 * regard to case. Keys are kept as written (matching lowers both sides); two keys that differ only
 * in case name one domain, so they are refused — an exact repeat is already a duplicate JSON key.
 * passwordLength and noticeDelayMinutes override the global ones for aes256/zipcrypto; none and
 * block make no archive, so they are ignored there. Precedence and mixes: protect-check/partner-profile.ts.
 */
export const PARTNER_PROFILES = ["aes256", "zipcrypto", "none", "block"] as const;

const partnerProfile = z.strictObject({
  profile: described(
    z.enum(PARTNER_PROFILES),
    "aes256 / zipcrypto: the archive's encryption; none: files go as they are (e.g. a TLS-enforced connector); block: no attachment may go to this partner.",
  ),
  passwordLength: described(z.optional(wholeNumber(8, 64)), "Overrides attachments.password.length for this partner."),
  noticeDelayMinutes: described(z.optional(wholeNumber(0, 1440)), "Overrides passwordNotice.delayMinutes for this partner."),
});

const attachmentPartners = described(
  z._default(
    z
      .record(z.string().check(z.regex(DOMAIN_PATTERN, { message: "must be a domain such as example.co.jp or *.example.co.jp" })), partnerProfile)
      .check(
        z.superRefine((partners, ctx) => {
          const seen = new Map<string, string>();
          for (const key of Object.keys(partners)) {
            const first = seen.get(key.toLowerCase());
            if (first === undefined) seen.set(key.toLowerCase(), key);
            else ctx.addIssue({ code: "custom", message: `${JSON.stringify(first)} and ${JSON.stringify(key)} are the same domain (case does not count): keep one` });
          }
        }),
      ),
    {},
  ),
  "Per counterparty domain: the delivery profile of attachments. Wins over encryption and zipcryptoDomains for its domains.",
);

export const policySchema = z.strictObject({
  $schema: z.optional(z.string()),
  internalDomains: described(z._default(z.array(domain), []), "The organisation's own domains. `*.example.co.jp` matches subdomains only."),
  external: z.prefault(
    z.strictObject({
      confirm: described(z._default(z.boolean(), true), "Stop the first Send that has external recipients and list them by domain."),
    }),
    {},
  ),
  supervisor: z.prefault(
    z.strictObject({
      address: described(z.optional(address), "The supervisor added to every message that needs one."),
      byUser: described(z._default(z.record(address, address), {}), "Per-sender supervisor: sender address → supervisor address. Wins over `address`."),
      field: described(z._default(z.enum(["cc", "bcc"]), "bcc"), "Where a missing supervisor is added."),
      when: described(z._default(when, "external"), "When a supervisor must be on the message."),
    }),
    {},
  ),
  personalData: z.prefault(
    z.strictObject({
      action: z._default(z.enum(["block", "warn", "off"]), "warn"),
      types: described(z.optional(z.array(z.enum(PERSONAL_DATA_TYPES))), "Types to look for; all types when absent."),
      scanAttachments: z._default(z.boolean(), true),
    }),
    {},
  ),
  attachments: z.prefault(
    z.strictObject({
      protect: z._default(when, "external"),
      encryption: z._default(z.enum(["aes256", "zipcrypto"]), "aes256"),
      zipcryptoDomains: z._default(z.array(domain), []),
      partners: attachmentPartners,
      archiveName: z._default(
        z
          .string()
          .check(
            z.minLength(1),
            z.maxLength(200),
            z.regex(/^[^\\/:*?"<>|\u0000-\u001f]+\.[Zz][Ii][Pp]$/, { message: 'must be a file name ending in ".zip", without / \\ : * ? " < > |' }),
          ),
        "attachments.zip",
      ),
      password: z.prefault(
        z.strictObject({
          length: z._default(wholeNumber(8, 64), 16),
        }),
        {},
      ),
    }),
    {},
  ),
  passwordNotice: z.prefault(
    z.strictObject({
      delivery: z._default(z.enum(["graph", "manual"]), "manual"),
      delayMinutes: z._default(wholeNumber(0, 1440), 10),
      to: z._default(z.enum(["recipients", "sender"]), "recipients"),
      graph: z.optional(
        z.strictObject({
          clientId: z.string().check(
            z.regex(/^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/, {
              message: "must be the application (client) id, a GUID",
            }),
          ),
          authority: z._default(z.url({ protocol: /^https$/, message: "must be an https URL" }), "https://login.microsoftonline.com/organizations"),
        }),
      ),
    }),
    {},
  ),
  misdirection: z.prefault(
    z.strictObject({
      knownDomains: described(z._default(z.array(domain), []), "Partner domains a look-alike is judged against, besides internalDomains and partners."),
      partners: described(z._default(z.record(partnerName, z.array(domain)), {}), "Organisation name as written in a salutation → its domains."),
      holdMinutes: described(z._default(wholeNumber(0, 120), 0), "Delay delivery of mail with external recipients by this many minutes (Mailbox 1.13); 0 = off."),
      bccOmission: z.prefault(
        z.strictObject({
          action: described(
            z._default(z.enum(["warn", "block", "fix", "off"]), "warn"),
            "To/CC hold several external organisations that would see each other: warn once, block, fix (move them to BCC, the sender stays in To), or off.",
          ),
          minOrganisations: described(z._default(wholeNumber(2, 100), 2), "How many different external organisations in To/CC count as a mass mailing."),
          minAddresses: described(z._default(wholeNumber(2, 1000), 2), "How many external addresses in To/CC it takes as well."),
        }),
        {},
      ),
      lookalike: described(
        z._default(z.enum(["warn", "block", "off"]), "warn"),
        "An external domain one small edit or homoglyph away from an internal, known, partner or confirmed domain.",
      ),
      lookalikeSendAnyway: described(
        z._default(z.boolean(), false),
        "Offer \"Send anyway\" when a look-alike misspells an internal or partner domain (default: no; the user cancels, looks, and sends again). The same name under another ending always offers it.",
      ),
      newDomainInReply: described(
        z._default(z.enum(["warn", "block", "off"]), "warn"),
        "A reply or forward goes to an external organisation nobody in the quoted thread had.",
      ),
      salutationMismatch: described(
        z._default(z.enum(["warn", "block", "off"]), "warn"),
        "The salutation or an attachment's name names an organisation no external recipient belongs to.",
      ),
      missingAttachment: described(z._default(z.enum(["warn", "block", "off"]), "warn"), "The text says something is attached, and nothing is."),
      rememberConfirmations: described(
        z._default(z.boolean(), true),
        "Remember on this device the domains and organisations a user confirmed by sending again.",
      ),
    }),
    {},
  ),
});

export type Policy = z.output<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
export type PersonalDataType = NonNullable<Policy["personalData"]["types"]>[number];
