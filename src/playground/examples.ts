/**
 * Example messages that show each misdirection case under the example policy (no partners list:
 * the 宛名 case learns the organisations from the quoted signature). Choosing one starts a new
 * message with these fields, as "New message" does, so no state of an earlier Send is left.
 */
import type { UiKey } from "./i18n";

export interface ExampleMessage {
  id: string;
  label: UiKey;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
}

const GMAIL_JA_QUOTE = [
  "2026年12月1日(火) 10:00 田中 一郎 <ichiro@minatotech.co.jp>:",
  "> 山田様",
  ">",
  "> お見積りをお願いできますでしょうか。",
  ">",
  "> 株式会社ミナトテック",
  "> 営業部 田中 一郎",
  "> ichiro@minatotech.co.jp",
].join("\n");

const OUTLOOK_JA_QUOTE = [
  "________________________________",
  "差出人: 佐藤 花子 <sato@kitahama.co.jp>",
  "送信日時: 2026年12月1日 10:00",
  "宛先: taro@example.co.jp",
  "件名: ご依頼の件",
  "",
  "山田様",
  "",
  "よろしくお願いいたします。",
  "",
  "北浜商事株式会社",
  "購買部 佐藤 花子",
  "sato@kitahama.co.jp",
].join("\n");

const THREAD_OF_TWO = [
  "-----Original Message-----",
  "From: 佐藤 花子 <sato@kitahama.co.jp>",
  "Sent: Tuesday, December 1, 2026 10:00 AM",
  "To: ichiro@minatotech.co.jp; taro@example.co.jp",
  "Subject: 打合せ",
  "",
  "日程の件です。",
].join("\n");

export const EXAMPLES: readonly ExampleMessage[] = [
  {
    id: "lookalike",
    label: "exampleLookalike",
    to: '"佐藤 花子" <hanako@examp1e.co.jp>',
    cc: "",
    bcc: "",
    subject: "明日の会議",
    body: "花子さん\n\n明日の会議の件、よろしくお願いします。\n\n山田",
  },
  {
    id: "new-domain",
    label: "exampleNewDomain",
    to: '"田中 一郎" <ichiro@minatotech.co.jp>',
    cc: "",
    bcc: "boss@rival-corp.co.jp",
    subject: "Re: お見積りのご依頼",
    body: `田中様\n\nお世話になっております。\n承知いたしました。\n\n山田\n\n${GMAIL_JA_QUOTE}\n`,
  },
  {
    id: "salutation",
    label: "exampleSalutation",
    to: '"佐藤 花子" <sato@kitahama.co.jp>',
    cc: "",
    bcc: "",
    subject: "Re: ご依頼の件",
    body: `株式会社ミナトテック 田中様\n\nお世話になっております。\nご依頼の件、承知しました。\n\n山田\n\n${OUTLOOK_JA_QUOTE}\n`,
  },
  {
    id: "bcc-mass",
    label: "exampleBccMass",
    to: "a@alpha.co.jp, b@beta.co.jp",
    cc: "c@gmail.com",
    bcc: "",
    subject: "セミナーのご案内",
    body: "各位\n\nセミナーのご案内です。\n\n山田",
  },
  {
    id: "bcc-thread",
    label: "exampleBccThread",
    to: '"佐藤 花子" <sato@kitahama.co.jp>',
    cc: "ichiro@minatotech.co.jp, jiro@minatotech.co.jp",
    bcc: "",
    subject: "Re: 打合せ",
    body: `佐藤様、田中様\n\n承知しました。\n\n山田\n\n${THREAD_OF_TWO}\n`,
  },
];
