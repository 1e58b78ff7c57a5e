/**
 * What the alert and the password notice say about the delivery profile: which applied and why,
 * naming the partner that decided it, Japanese and English. A partner is called by its name in
 * misdirection.partners when its domain is listed there (「株式会社ミナトテック」 → 「ミナトテック様」 in
 * Japanese, the name as written in English), else by its domain. Never a password here.
 */
import { LEGAL_FORM, orgKnowledge, ownerOf } from "../misdirection/organisations";
import type { Policy } from "../policy/schema";
import type { Language } from "../review/types";
import { encryptionLabel, nameList } from "./messages";
import type { DeliveryProfile, PartnerProfileName } from "./partner-profile";

const LEGAL_FORMS = new RegExp(LEGAL_FORM.source, "g");

/** How the alert calls the organisation behind a recipient domain. */
export function partnerLabel(lang: Language, policy: Policy, domain: string): string {
  const owner = ownerOf(domain, orgKnowledge(policy));
  if (!owner) return domain;
  if (lang === "en") return owner.name;
  const bare = owner.name.normalize("NFKC").replace(LEGAL_FORMS, "").trim() || owner.name;
  return /(様|御中|殿)$/.test(bare) ? bare : `${bare}様`;
}

function labels(lang: Language, policy: Policy, domains: readonly string[]): string {
  const names = [...new Set(domains.map((d) => partnerLabel(lang, policy, d)))];
  return lang === "ja" ? nameList(lang, names).replace(/, /g, "、") : nameList(lang, names);
}

function profileName(lang: Language, p: PartnerProfileName): string {
  if (p === "none") return lang === "ja" ? "暗号化なし" : "no encryption";
  if (p === "block") return lang === "ja" ? "添付禁止" : "no attachments";
  return encryptionLabel(p);
}

type Say = (who: string) => string;

/**
 * Why this profile, when a partner's entry decided it. `none` has no line: nothing changes on the
 * message and the Send is not stopped for it (the review's send_attachments_as_is says so).
 */
const BECAUSE: Record<Language, Record<Exclude<PartnerProfileName, "none">, Say>> = {
  ja: {
    aes256: (w) => `${w}の受信設定が AES-256 のため、AES-256 を使用します。`,
    zipcrypto: (w) => `${w}はAES-256に対応していないため ZipCrypto を使用します。`,
    block: (w) => `${w}には添付ファイルを送らない設定のため、送信できません。添付を外すか、${w}を宛先から外して別のメールにしてください。必要なら IT 部門に相談してください。`,
  },
  en: {
    aes256: (w) => `AES-256 is used: ${w} receive attachments in AES-256.`,
    zipcrypto: (w) => `ZipCrypto is used because ${w} cannot open AES-256.`,
    block: (w) => `This message cannot be sent: attachments must not go to ${w} (company policy). Remove the attachments, or take ${w} off the recipients and send them a separate message. Ask your IT department if you need to.`,
  },
};

/**
 * The alert's lines about the profile; none when no attachments.partners entry matched a
 * recipient (the older fields alone decided, as before: nothing new to explain).
 */
export function profileLines(lang: Language, policy: Policy, p: DeliveryProfile): string[] {
  if (p.matched.length === 0) return [];
  const lines: string[] = [];
  if (p.profile === "none") return [];
  if (p.source === "partner") lines.push(BECAUSE[lang][p.profile](labels(lang, policy, p.decidedBy)));
  else {
    const others = labels(lang, policy, p.policyDomains);
    lines.push(
      lang === "ja"
        ? `${others}には個別の設定がないため、標準の ${profileName(lang, p.profile)} を使用します。`
        : `${profileName(lang, p.profile)} is used, the standard for ${others} (no partner setting).`,
    );
  }
  // A mix: say whose weaker profile gave way, so nobody wonders why their partner got another one.
  for (const weaker of ["aes256", "zipcrypto", "none"] as const) {
    const who = p.overridden.filter((m) => m.profile === weaker).map((m) => m.domain);
    if (who.length === 0) continue;
    lines.push(
      lang === "ja"
        ? `${labels(lang, policy, who)}の設定（${profileName(lang, weaker)}）より厳しい設定が優先されます。`
        : `${labels(lang, policy, who)}'s setting (${profileName(lang, weaker)}) gives way to the stricter one.`,
    );
  }
  return lines;
}

/** The password notice's line: which encryption, and for whom — only when a partner's entry decided. */
export function noticeProfileLine(lang: Language, policy: Policy, p: DeliveryProfile): string | undefined {
  if (p.source !== "partner" || (p.profile !== "aes256" && p.profile !== "zipcrypto")) return undefined;
  const who = labels(lang, policy, p.decidedBy);
  if (lang === "ja") return p.profile === "zipcrypto" ? `暗号化方式: ZipCrypto（${who}はAES-256に対応していないため）` : `暗号化方式: AES-256（${who}の受信設定による）`;
  return p.profile === "zipcrypto" ? `Encryption: ZipCrypto (${who} cannot open AES-256)` : `Encryption: AES-256 (the setting for ${who})`;
}
