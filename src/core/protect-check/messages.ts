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
    cloudLeft: (v) => `クラウド添付（リンク）はZIPに入れず、そのまま送ります: ${v.files}`,
    itemLeft: (v) => `添付されたメールはZIPに入れず、そのまま送ります: ${v.files}`,
    encryptedLeft: (v) => `暗号化済みのZIPはそのまま送ります（「${v.archive}」には入れません）: ${v.files}`,
    unreadableLeft: (v) => `Outlook から内容を取得できなかった添付は暗号化されず、そのまま添付されています: ${v.files}`,
    failed: (v) => `添付ファイルを暗号化ZIPにできませんでした（${v.reason}）。元のファイルはすべて添付されたままです。もう一度［送信］を押すと暗号化せずに送信します。`,
    tooLarge: (v) => `暗号化ZIPは ${v.size} 以上になり Outlook の上限 25 MB を超えるため作れません。添付はそのままです（分割・縮小するか、再送信で暗号化せずに送信）。`,
    unconfirmed: (v) => `暗号化ZIP「${v.archive}」を添付しましたが、添付を確認できませんでした（${v.reason}）。元のファイルも添付されたままです。もう一度［送信］を押すと確認してから元のファイルを外します。`,
    stillAttached: (v) => `「${v.archive}」は添付済みですが、次の元ファイルを外せませんでした（暗号化されずに添付されています）: ${v.files}。手動で削除するか、もう一度［送信］を押してください。`,
    passwordUnsaved: (v) => `パスワードを保存できなかったため、暗号化ZIPは作りませんでした（${v.reason}）。元のファイルはすべて添付されたままです。`,
  },
  en: {
    plan: (v) => `Into the encrypted ZIP ${v.archive} (${v.encryption}): ${v.files}`,
    planMore: (v) => `Attachments added since: into a second encrypted ZIP ${v.archive} (${v.encryption}), same password: ${v.files}`,
    passwordFollows: (v) => `The password follows in a separate email (${v.minutes} min after sending).`,
    passwordFollowsManual: () => `Password: after sending, open the task pane and press “Create password email” (not sent automatically).`,
    cloudLeft: (v) => `Cloud attachments (links) are not put in the ZIP and go as they are: ${v.files}`,
    itemLeft: (v) => `Attached messages are not put in the ZIP and go as they are: ${v.files}`,
    encryptedLeft: (v) => `Already-encrypted ZIPs go as they are (not in ${v.archive}): ${v.files}`,
    unreadableLeft: (v) => `Outlook could not hand over these attachments; they stay attached, NOT encrypted: ${v.files}`,
    failed: (v) => `The attachments could not be put into an encrypted ZIP (${v.reason}). All original files are still attached. Press Send again to send them unencrypted.`,
    tooLarge: (v) => `No encrypted ZIP: it would be ${v.size}+, over Outlook's 25 MB limit. Files stay attached; split or shrink them (Send again sends them unencrypted).`,
    unconfirmed: (v) => `${v.archive} was attached but could not be confirmed (${v.reason}); the original files are still attached too. Press Send again to confirm it and remove the originals.`,
    stillAttached: (v) => `${v.archive} is attached, but these originals could not be removed and are still attached unencrypted: ${v.files}. Remove them yourself or press Send again.`,
    passwordUnsaved: (v) => `The password could not be saved, so no encrypted ZIP was made (${v.reason}). All original files are still attached.`,
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
