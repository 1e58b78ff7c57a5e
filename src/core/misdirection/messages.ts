/** The misdirection checks' alert sentences, Japanese and English, kept beside the checks that use them. */
import type { Language } from "../review/types";
import type { LookalikeReason } from "./findings";
import { fillTemplate as fill } from "../i18n/fill-template";

type Text = Record<Language, string>;

const REASONS: Record<LookalikeReason, Text> = {
  homoglyph: { ja: "紛らわしい文字", en: "look-alike letters" },
  idn: { ja: "国際化ドメイン", en: "international letters" },
  swap: { ja: "文字の入れ替わり", en: "swapped letters" },
  double: { ja: "文字の重複", en: "a doubled letter" },
  edit: { ja: "1 文字違い", en: "one letter differs" },
  suffix: { ja: "末尾が違います", en: "a different ending" },
};

export function reasonLabel(reason: LookalikeReason, lang: Language): string {
  return REASONS[reason][lang];
}


const MESSAGES = {
  bccOmission: {
    ja: "BCC 漏れの恐れ: 社外 {orgs} 組織・{count} 件の宛先が To/CC にあり、互いのアドレスが見えます ({list})",
    en: "Possible missing BCC: {count} external addresses of {orgs} organisations are in To/CC and would see each other ({list})",
  },
  lookalike: {
    ja: "似たドメイン: {domain} ← {of}? ({reason})",
    en: "Look-alike domain: {domain} ← {of}? ({reason})",
  },
  newDomain: {
    ja: "スレッドにいなかった宛先: {domain} (これまでのやり取り: {thread})",
    en: "Not in this thread before: {domain} (the thread had: {thread})",
  },
  salutationBody: {
    ja: "宛名「{org}」に当たる宛先がありません (宛先: {domains})",
    en: "The salutation names \"{org}\", but no recipient belongs to it (recipients: {domains})",
  },
  salutationAttachment: {
    ja: "添付ファイル名 {file} の「{org}」に当たる宛先がありません (宛先: {domains})",
    en: "Attachment {file} names \"{org}\", but no recipient belongs to it (recipients: {domains})",
  },
  missingAttachment: {
    ja: "本文に「{phrase}」とありますが、添付ファイルがありません",
    en: "The text says \"{phrase}\", but nothing is attached",
  },
  movedToBcc: {
    ja: "社外の宛先 {count} 件を BCC に移しました。",
    en: "Moved {count} external recipients to BCC.",
  },
  senderInTo: {
    ja: "To には差出人 {sender} を入れました。",
    en: "The sender {sender} is now in To.",
  },
  moveFailed: {
    ja: "BCC への移動を完了できませんでした。宛先は消えていません (BCC と To/CC の両方にいる場合があります)。宛先を確認して、もう一度送信してください。",
    en: "Could not finish moving recipients to BCC. No recipient was removed (some may be in both BCC and To/CC). Check the recipients and send again.",
  },
  // The hold per client: see hold-text.ts for what Microsoft documents about each.
  heldUntil: {
    ja: "社外宛のため {time} まで配信を保留します。",
    en: "External mail: delivery is held until {time}.",
  },
  heldNoRecall: {
    ja: "社外宛のため {time} まで配信を保留します。保留はサーバーで行われ、この Outlook では送信後に取り消せません (［送信済みアイテム］で確認できます)。",
    en: "External mail: delivery is held until {time}, on the server: this Outlook cannot recall it after Send (it shows in Sent Items).",
  },
  heldInDrafts: {
    ja: "社外宛のため {time} まで配信を保留します。それまでは［下書き］フォルダーにあり、編集できます。",
    en: "External mail: delivery is held until {time}; until then it stays in Drafts, where you can still edit it.",
  },
  holdUnsupported: {
    ja: "この Outlook では送信を保留できないため、すぐに配信されます。",
    en: "This Outlook cannot hold mail, so it will be delivered at once.",
  },
  holdFailed: {
    ja: "送信の保留を設定できませんでした ({reason})。すぐに配信されます。",
    en: "Could not set the delivery hold ({reason}); the mail will be delivered at once.",
  },
  andMore: { ja: "ほか {count} 件", en: "and {count} more" },
} satisfies Record<string, Text>;

export type MisdirectionMessage = keyof typeof MESSAGES;

export function say(lang: Language, key: MisdirectionMessage, vars: Record<string, string | number> = {}): string {
  return fill(MESSAGES[key][lang], vars);
}

/** "a, b, c ほか 2 件": at most `max` items, so one line stays short in a 500-character alert. */
export function shortList(lang: Language, items: readonly string[], max = 3): string {
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown} ${say(lang, "andMore", { count: items.length - max })}` : shown;
}
