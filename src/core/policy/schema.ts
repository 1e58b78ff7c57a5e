/**
 * The policy file admins write (policy.json). This schema is the one source for parsing,
 * defaults, error messages and the published JSON Schema, so they can never disagree.
 * Field names are fixed by DESIGN.md: add fields, never rename them.
 */
import { z } from "zod";

// Letters of both cases are written out, never the `i` flag: JSON Schema patterns have no flags,
// and policy.schema.json must accept exactly what this schema accepts.
const DOMAIN_LABEL = "[A-Za-z0-9\\u00a1-\\uffff](?:[A-Za-z0-9\\u00a1-\\uffff-]{0,61}[A-Za-z0-9\\u00a1-\\uffff])?";
/** `example.co.jp` or `*.example.co.jp` (subdomains only); at least two labels. */
export const DOMAIN_PATTERN = new RegExp(`^(?:\\*\\.)?${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})+$`);
/** A plain SMTP address: local@domain, no display name. */
export const ADDRESS_PATTERN = new RegExp(`^[^\\s@<>()",;:]+@${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})+$`);

const domain = z
  .string()
  .regex(DOMAIN_PATTERN, { message: "must be a domain such as example.co.jp or *.example.co.jp" })
  .transform((d) => d.toLowerCase());

const address = z
  .string()
  .regex(ADDRESS_PATTERN, { message: "must be an e-mail address such as compliance@example.co.jp" });

/**
 * An organisation name; not an Object.prototype name (a record would drop "__proto__"). The
 * lookahead is a plain ECMA-262 pattern, so policy.schema.json refuses the same keys (issue 13).
 */
const partnerName = z
  .string()
  .min(1)
  .regex(/^(?!(?:__proto__|constructor|prototype)$)/, { message: "must not be __proto__, constructor or prototype" });

const when = z.enum(["always", "external", "never"]);

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
  profile: z
    .enum(PARTNER_PROFILES)
    .describe("aes256 / zipcrypto: the archive's encryption; none: files go as they are (e.g. a TLS-enforced connector); block: no attachment may go to this partner."),
  passwordLength: z.number().int().min(8).max(64).optional().describe("Overrides attachments.password.length for this partner."),
  noticeDelayMinutes: z.number().int().min(0).max(1440).optional().describe("Overrides passwordNotice.delayMinutes for this partner."),
});

const attachmentPartners = z
  .record(z.string().regex(DOMAIN_PATTERN, { message: "must be a domain such as example.co.jp or *.example.co.jp" }), partnerProfile)
  .superRefine((partners, ctx) => {
    const seen = new Map<string, string>();
    for (const key of Object.keys(partners)) {
      const first = seen.get(key.toLowerCase());
      if (first === undefined) seen.set(key.toLowerCase(), key);
      else ctx.addIssue({ code: "custom", message: `${JSON.stringify(first)} and ${JSON.stringify(key)} are the same domain (case does not count): keep one` });
    }
  })
  .default({})
  .describe("Per counterparty domain: the delivery profile of attachments. Wins over encryption and zipcryptoDomains for its domains.");

export const policySchema = z.strictObject({
  $schema: z.string().optional(),
  internalDomains: z.array(domain).default([]).describe("The organisation's own domains. `*.example.co.jp` matches subdomains only."),
  external: z
    .strictObject({
      confirm: z.boolean().default(true).describe("Stop the first Send that has external recipients and list them by domain."),
    })
    .prefault({}),
  supervisor: z
    .strictObject({
      address: address.optional().describe("The supervisor added to every message that needs one."),
      byUser: z
        .record(address, address)
        .default({})
        .describe("Per-sender supervisor: sender address → supervisor address. Wins over `address`."),
      field: z.enum(["cc", "bcc"]).default("bcc").describe("Where a missing supervisor is added."),
      when: when.default("external").describe("When a supervisor must be on the message."),
    })
    .prefault({}),
  personalData: z
    .strictObject({
      action: z.enum(["block", "warn", "off"]).default("warn"),
      types: z
        .array(
          z.enum(PERSONAL_DATA_TYPES),
        )
        .optional()
        .describe("Types to look for; all types when absent."),
      scanAttachments: z.boolean().default(true),
    })
    .prefault({}),
  attachments: z
    .strictObject({
      protect: when.default("external"),
      encryption: z.enum(["aes256", "zipcrypto"]).default("aes256"),
      zipcryptoDomains: z.array(domain).default([]),
      partners: attachmentPartners,
      archiveName: z
        .string()
        .min(1)
        .max(200)
        .regex(/^[^\\/:*?"<>|\u0000-\u001f]+\.[Zz][Ii][Pp]$/, { message: 'must be a file name ending in ".zip", without / \\ : * ? " < > |' })
        .default("attachments.zip"),
      password: z
        .strictObject({
          length: z.number().int().min(8).max(64).default(16),
        })
        .prefault({}),
    })
    .prefault({}),
  passwordNotice: z
    .strictObject({
      delivery: z.enum(["graph", "manual"]).default("manual"),
      delayMinutes: z.number().int().min(0).max(1440).default(10),
      to: z.enum(["recipients", "sender"]).default("recipients"),
      graph: z
        .strictObject({
          clientId: z.string().regex(/^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/, {
            message: "must be the application (client) id, a GUID",
          }),
          authority: z.url({ protocol: /^https$/, message: "must be an https URL" }).default("https://login.microsoftonline.com/organizations"),
        })
        .optional(),
    })
    .prefault({}),
  misdirection: z
    .strictObject({
      knownDomains: z.array(domain).default([]).describe("Partner domains a look-alike is judged against, besides internalDomains and partners."),
      partners: z.record(partnerName, z.array(domain)).default({}).describe("Organisation name as written in a salutation → its domains."),
      holdMinutes: z.number().int().min(0).max(120).default(0).describe("Delay delivery of mail with external recipients by this many minutes (Mailbox 1.13); 0 = off."),
      bccOmission: z
        .strictObject({
          action: z.enum(["warn", "block", "fix", "off"]).default("warn").describe("To/CC hold several external organisations that would see each other: warn once, block, fix (move them to BCC, the sender stays in To), or off."),
          minOrganisations: z.number().int().min(2).max(100).default(2).describe("How many different external organisations in To/CC count as a mass mailing."),
          minAddresses: z.number().int().min(2).max(1000).default(2).describe("How many external addresses in To/CC it takes as well."),
        })
        .prefault({}),
      lookalike: z.enum(["warn", "block", "off"]).default("warn").describe("An external domain one small edit or homoglyph away from an internal, known, partner or confirmed domain."),
      lookalikeSendAnyway: z.boolean().default(false).describe("Offer \"Send anyway\" when a look-alike misspells an internal or partner domain (default: no; the user cancels, looks, and sends again). The same name under another ending always offers it."),
      newDomainInReply: z.enum(["warn", "block", "off"]).default("warn").describe("A reply or forward goes to an external organisation nobody in the quoted thread had."),
      salutationMismatch: z.enum(["warn", "block", "off"]).default("warn").describe("The salutation or an attachment's name names an organisation no external recipient belongs to."),
      missingAttachment: z.enum(["warn", "block", "off"]).default("warn").describe("The text says something is attached, and nothing is."),
      rememberConfirmations: z.boolean().default(true).describe("Remember on this device the domains and organisations a user confirmed by sending again."),
    })
    .prefault({}),
});

export type Policy = z.output<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
export type PersonalDataType = NonNullable<Policy["personalData"]["types"]>[number];
