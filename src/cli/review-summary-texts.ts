/**
 * The words of `review DIR`'s output (one line per message, the summary, the progress) in English
 * and Japanese. English keeps the codes admins put in a policy (my_number, bcc); Japanese names
 * them the way the alert does.
 */
import type { Language, Verdict } from "../core";
import { TYPE_LABELS } from "../core/pii/labels";

export interface SummaryTexts {
  verdict: (v: Verdict) => string;
  findingKind: (kind: string) => string;
  field: (field: string) => string;
  encryption: (encryption: string) => string;
  /** The partner profile of the attachments (attachments.partners) and the domains that decided it. */
  profile: (profile: string, domains: string) => string;
  profileName: (profile: string) => string;
  external: (domains: string) => string;
  adds: (added: string) => string;
  findings: (n: number) => string;
  totals: (total: number, allow: number, confirm: number, block: number, skipped: number) => string;
  findingsByType: (list: string) => string;
  archives: (count: number, by: string, files: number) => string;
  supervisors: (list: string) => string;
  profiles: (list: string) => string;
  skipped: (list: string) => string;
  skippedFile: (file: string, reason: string) => string;
  progress: (done: number, total: number) => string;
  /** Separator between the items of a list. */
  comma: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

const FINDING_KINDS_JA: Record<string, string> = {
  bcc_omission: "BCC にすべき社外の宛先",
  lookalike_domain: "よく似たドメイン",
  new_domain_in_reply: "返信で新しく加わった組織",
  salutation_mismatch: "宛名と宛先の組織の不一致",
  missing_attachment: "添付忘れ",
};

const ENCRYPTIONS_JA: Record<string, string> = { aes256: "AES-256", zipcrypto: "ZipCrypto" };
const PROFILES_JA: Record<string, string> = { ...ENCRYPTIONS_JA, none: "暗号化なし", block: "添付禁止" };

const VERDICTS_JA: Record<Verdict, string> = { allow: "送信可", confirm: "要確認", block: "送信不可" };

export const SUMMARY_TEXTS: Record<Language, SummaryTexts> = {
  en: {
    verdict: (v) => v,
    findingKind: (kind) => kind,
    field: (field) => field,
    encryption: (encryption) => encryption,
    profile: (profile, domains) => `attachments: ${profile}${domains ? ` (${domains})` : ""}`,
    profileName: (profile) => profile,
    external: (domains) => `external: ${domains}`,
    adds: (added) => `adds ${added}`,
    findings: (n) => plural(n, "finding"),
    totals: (total, allow, confirm, block, skipped) => `${plural(total, "message")}: ${allow} allow, ${confirm} confirm, ${block} block, ${skipped} skipped`,
    findingsByType: (list) => `findings: ${list}`,
    archives: (count, by, files) => `archives that would be made: ${count} (${by}), holding ${plural(files, "file")}`,
    supervisors: (list) => `supervisors added: ${list}`,
    profiles: (list) => `messages by partner profile: ${list}`,
    skipped: (list) => `skipped (not readable as e-mail): ${list}`,
    skippedFile: (file, reason) => `${file}: skipped: ${reason}`,
    progress: (done, total) => `reviewed ${done}/${total}`,
    comma: ", ",
  },
  ja: {
    verdict: (v) => VERDICTS_JA[v],
    findingKind: (kind) => (TYPE_LABELS as Record<string, { ja: string }>)[kind]?.ja ?? FINDING_KINDS_JA[kind] ?? kind,
    field: (field) => field.toUpperCase(),
    encryption: (encryption) => ENCRYPTIONS_JA[encryption] ?? encryption,
    profile: (profile, domains) => `添付: ${PROFILES_JA[profile] ?? profile}${domains ? ` (${domains})` : ""}`,
    profileName: (profile) => PROFILES_JA[profile] ?? profile,
    external: (domains) => `社外: ${domains}`,
    adds: (added) => `追加: ${added}`,
    findings: (n) => `検出 ${n} 件`,
    totals: (total, allow, confirm, block, skipped) => `${total} 通: 送信可 ${allow}、要確認 ${confirm}、送信不可 ${block}、スキップ ${skipped}`,
    findingsByType: (list) => `検出: ${list}`,
    archives: (count, by, files) => `作成される暗号化 ZIP: ${count} 個 (${by})、ファイル ${files} 個`,
    supervisors: (list) => `追加される上長: ${list}`,
    profiles: (list) => `取引先ごとの添付の扱い: ${list}`,
    skipped: (list) => `スキップ (メールとして読めないファイル): ${list}`,
    skippedFile: (file, reason) => `${file}: スキップしました (${reason})`,
    progress: (done, total) => `${total} 通中 ${done} 通を確認しました`,
    comma: "、",
  },
};
