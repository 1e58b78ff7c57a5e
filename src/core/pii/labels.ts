/** Names of the 13 personal-data types as users read them, and places, in Japanese and English. */
import type { Language } from "../review/types";
import type { PersonalDataType } from "./types";

export const TYPE_LABELS: Record<PersonalDataType, { ja: string; en: string }> = {
  my_number: { ja: "マイナンバー", en: "My Number" },
  corporate_number: { ja: "法人番号", en: "Corporate Number" },
  credit_card: { ja: "クレジットカード番号", en: "Credit card number" },
  phone: { ja: "電話番号", en: "Phone number" },
  email_address: { ja: "メールアドレス", en: "E-mail address" },
  postal_code: { ja: "郵便番号", en: "Postal code" },
  address: { ja: "住所", en: "Address" },
  birth_date: { ja: "生年月日", en: "Date of birth" },
  bank_account: { ja: "口座番号", en: "Bank account number" },
  passport: { ja: "旅券番号", en: "Passport number" },
  drivers_license: { ja: "運転免許証番号", en: "Driver's licence number" },
  health_insurance: { ja: "健康保険証の番号", en: "Health insurance number" },
  pension_number: { ja: "基礎年金番号", en: "Basic pension number" },
};

export function typeLabel(type: PersonalDataType, lang: Language): string {
  return TYPE_LABELS[type][lang];
}

export type PlaceKind = { kind: "subject" } | { kind: "body" } | { kind: "attachment"; name: string } | { kind: "attachment-name"; name: string };

export function placeLabel(place: PlaceKind, lang: Language): string {
  switch (place.kind) {
    case "subject":
      return lang === "ja" ? "件名" : "subject";
    case "body":
      return lang === "ja" ? "本文" : "body";
    case "attachment":
      return lang === "ja" ? `添付: ${place.name}` : `attachment: ${place.name}`;
    case "attachment-name":
      return lang === "ja" ? `添付ファイル名: ${place.name}` : `attachment name: ${place.name}`;
  }
}

/** A place named short, for counts: "件名", "本文", the file's name, "ファイル名 x.csv". */
export function sourceLabel(place: PlaceKind, lang: Language): string {
  switch (place.kind) {
    case "subject":
    case "body":
      return placeLabel(place, lang);
    case "attachment":
      return place.name;
    case "attachment-name":
      return lang === "ja" ? `ファイル名 ${place.name}` : `file name ${place.name}`;
  }
}

const UNREADABLE: Record<string, { ja: string; en: string }> = {
  encrypted: { ja: "暗号化されています", en: "encrypted" },
  too_large: { ja: "大きすぎます", en: "too large" },
  unknown_type: { ja: "読み取れない種類のファイルです", en: "unsupported file type" },
  corrupt: { ja: "壊れているか読み取れない形式です", en: "damaged or unreadable" },
  too_complex: { ja: "構造が複雑すぎて読み取れません", en: "too complex to read" },
  not_fetched: { ja: "内容を取得できませんでした", en: "content could not be fetched" },
};

/** "添付 顧客.zip は確認できませんでした（暗号化されています）" */
export function unreadableLine(name: string, reason: string, lang: Language): string {
  const r = UNREADABLE[reason]?.[lang] ?? reason;
  return lang === "ja" ? `添付 ${name} の内容は確認できませんでした（${r}）` : `Could not check the contents of attachment ${name} (${r})`;
}
