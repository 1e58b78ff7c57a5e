/**
 * Alert lines of attachment protection, Japanese and English side by side. Kept here (not in
 * i18n/messages.ts) so this feature's words live with it. Never a password in any of them.
 */
import type { Language } from "../review/types";

type Vars = Record<string, string | number>;
type Text = (v: Vars) => string;

const ENCRYPTION_LABEL: Record<string, string> = { aes256: "AES-256", zipcrypto: "ZipCrypto" };

export function encryptionLabel(encryption: string): string {
  return ENCRYPTION_LABEL[encryption] ?? encryption;
}

export const protectMessages = {
  ja: {
    plan: (v) => `暗号化ZIP「${v.archive}」(${v.encryption}) に入れる添付: ${v.files}`,
    planMore: (v) => `追加された添付は、同じパスワードの2つ目の暗号化ZIP「${v.archive}」(${v.encryption}) に入れます: ${v.files}`,
    passwordFollows: (v) => `パスワードは別のメールでお送りします（送信の ${v.minutes} 分後）。`,
    passwordFollowsManual: () => `パスワードは作業ウィンドウにあります。送信後に［パスワードのメールを作成］を押して送ってください（自動では送信されません）。`,
    passwordManualReminder: (v) =>
      `暗号化ZIP（${v.archives}）のパスワードは自動では送信されません。送信後に作業ウィンドウを開き［パスワードのメールを作成］を押して、${Number(v.minutes) > 0 ? `このメールの ${v.minutes} 分後以降に` : ""}ご自身で送ってください。`,
    cloudLeft: (v) => `クラウド添付（リンク）はZIPに入れず、そのまま送ります: ${v.files}`,
    itemLeft: (v) => `添付されたメールはZIPに入れず、そのまま送ります: ${v.files}`,
    encryptedLeft: (v) => `暗号化済みのZIPはそのまま送ります（「${v.archive}」には入れません）: ${v.files}`,
    unreadableLeft: (v) => `次の添付は Outlook から内容を受け取れず、暗号化できないため送信を止めました（ファイルは添付されたままです）: ${v.files}。もう一度［送信］を押してください。`,
    incompleteLeft: (v) => `次の添付は Outlook から受け取った内容が空か途中までで、暗号化できないため送信を止めました（元のファイルは添付されたままです）: ${v.files}。もう一度［送信］を押してください。`,
    failed: () => `添付ファイルを暗号化ZIPにできなかったため、送信を止めました。元のファイルはすべて添付されたままです。もう一度［送信］を押してください。`,
    tooLarge: (v) => `暗号化ZIPは ${v.size} 以上になり Outlook の上限 25 MB を超えるため作れず、このままでは送信できません。ファイルを分割・縮小するか、添付を外して社内のファイル共有で渡してください。`,
    unconfirmed: (v) => `暗号化ZIP「${v.archive}」を添付しましたが確認できなかったため、送信を止めました。元のファイルも添付されたままです。もう一度［送信］を押すと、確認してから元のファイルを外します。`,
    stillAttached: (v) => `「${v.archive}」は添付済みですが、次の元ファイルを外せなかったため送信を止めました（暗号化されずに添付されています）: ${v.files}。手動で削除するか、もう一度［送信］を押してください。`,
    passwordUnsaved: () => `パスワードを保存できなかったため暗号化ZIPを作れず、送信を止めました。元のファイルはすべて添付されたままです。もう一度［送信］を押してください。`,
    keepsFailing: () => `何度試しても送れない場合は、添付を外して社内のファイル共有で渡すか、IT 部門に連絡してください。`,
    refusedFiles: (v) => `止めた添付: ${v.files}`,
    encryptionMismatch: (v) => `暗号化ZIP「${v.archive}」は ${v.made} で作られていますが、今の宛先には ${v.needed} が必要なため、送信を止めました。「${v.archive}」を外して元のファイルを添付し直してください（添付し直すと ${v.needed} で作り直します）。`,
    // Same text whatever passwordNotice.delivery: with "manual" the person sends it from the task pane.
    attachProtecting: () => `添付ファイルを保護しています…`,
    attachProtected: (v) => `${v.count} 件のファイルを ${v.archive} (${v.encryption}) にまとめました。パスワードは別のメールで伝えます。送信後に作業ウィンドウを確認してください。`,
    attachFailed: () => `添付ファイルを今は保護できませんでした。送信時にもう一度保護します（ファイルは添付されたままです）。`,
    attachMismatch: (v) => `${v.archive} は ${v.made} ですが、今の宛先には ${v.needed} が必要です。${v.archive} を外し、ファイルを添付し直してください。`,
  },
  en: {
    plan: (v) => `Into the encrypted ZIP ${v.archive} (${v.encryption}): ${v.files}`,
    planMore: (v) => `Attachments added since: into a second encrypted ZIP ${v.archive} (${v.encryption}), same password: ${v.files}`,
    passwordFollows: (v) => `The password follows in a separate email (${v.minutes} min after sending).`,
    passwordFollowsManual: () => `Password: after sending, open the task pane and press “Create password email” (not sent automatically).`,
    passwordManualReminder: (v) =>
      `Password for ${v.archives}: not sent automatically. After sending, open the task pane, press “Create password email” and send it yourself${Number(v.minutes) > 0 ? `, ${v.minutes} min or more after this message` : ""}.`,
    cloudLeft: (v) => `Cloud attachments (links) are not put in the ZIP and go as they are: ${v.files}`,
    itemLeft: (v) => `Attached messages are not put in the ZIP and go as they are: ${v.files}`,
    encryptedLeft: (v) => `Already-encrypted ZIPs go as they are (not in ${v.archive}): ${v.files}`,
    unreadableLeft: (v) => `Outlook could not hand over these attachments, so they cannot be encrypted and the Send was stopped (they are still attached): ${v.files}. Press Send again.`,
    incompleteLeft: (v) => `Outlook handed over these attachments empty or cut short, so they cannot be encrypted and the Send was stopped (the originals are still attached): ${v.files}. Press Send again.`,
    failed: () => `The attachments could not be put into an encrypted ZIP, so the Send was stopped. All original files are still attached. Press Send again.`,
    tooLarge: (v) => `No encrypted ZIP: it would be ${v.size}+, over Outlook's 25 MB limit, so this message cannot be sent as it is. Split or shrink the files, or remove them and share them through your company's file sharing.`,
    unconfirmed: (v) => `${v.archive} was attached but could not be confirmed, so the Send was stopped; the original files are still attached too. Press Send again to confirm it and remove the originals.`,
    stillAttached: (v) => `${v.archive} is attached, but these originals could not be removed, so the Send was stopped (they are still attached unencrypted): ${v.files}. Remove them yourself or press Send again.`,
    passwordUnsaved: () => `The password could not be saved, so no encrypted ZIP was made and the Send was stopped. All original files are still attached. Press Send again.`,
    keepsFailing: () => `If it keeps failing, remove the attachments and share them through your company's file sharing, or contact your IT department.`,
    refusedFiles: (v) => `Attachments stopped: ${v.files}`,
    encryptionMismatch: (v) => `The encrypted ZIP ${v.archive} was made with ${v.made}, but the current recipients need ${v.needed}, so the Send was stopped. Remove ${v.archive} and attach the original files again (they are then protected with ${v.needed}).`,
    attachProtecting: () => `Protecting attachments…`,
    attachProtected: (v) => `${v.count} file(s) moved into ${v.archive} (${v.encryption}). The password goes in a separate email: see the task pane after sending.`,
    attachFailed: () => `Could not protect the attachments now; they will be protected at Send (the files are still attached).`,
    attachMismatch: (v) => `${v.archive} uses ${v.made}, but the recipients now need ${v.needed}. Remove ${v.archive} and attach the files again.`,
  },
} satisfies Record<Language, Record<string, Text>>;

export type ProtectMessageKey = keyof (typeof protectMessages)["en"];

export function pt(lang: Language, key: ProtectMessageKey, vars: Vars = {}): string {
  return (protectMessages[lang][key] as Text)(vars);
}

/** At most `max` names, then "…ほか N 件" / "…and N more" (the alert holds 500 characters). */
export function nameList(lang: Language, names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).join(", ");
  const rest = names.length - Math.min(names.length, max);
  if (rest === 0) return shown;
  return lang === "ja" ? `${shown} …ほか ${rest} 件` : `${shown} …and ${rest} more`;
}

/** "1.2 MB" — sizes in the alert, decimal megabytes as Outlook states its limit. */
export function sizeLabel(bytes: number): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
