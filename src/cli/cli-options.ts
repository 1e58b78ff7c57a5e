/**
 * Every command and option of the CLI, in one table: the parsers take their options from here and
 * `--help` prints from here, so the two cannot drift apart. Texts in English and Japanese.
 */
import type { Language } from "../core";

export type Texts = Record<Language, string>;

export interface OptionSpec {
  name: string;
  type: "string" | "boolean";
  /** The value's placeholder in the help, for string options. */
  value?: string;
  help: Texts;
}

export interface CommandSpec {
  name: string;
  /** Synopsis lines after `outbound-guard `, each with what it does. */
  forms: Array<{ synopsis: string; help: Texts }>;
  options: OptionSpec[];
}

export const REVIEW_OPTIONS: OptionSpec[] = [
  { name: "policy", type: "string", value: "FILE", help: { en: "the policy.json to apply (default: the built-in defaults)", ja: "適用する policy.json (省略時は組み込みの既定値)" } },
  { name: "lang", type: "string", value: "ja|en", help: { en: "language of the alert text, the folder summary and this help (default: from LANG)", ja: "警告文・フォルダーの集計・このヘルプの言語 (省略時は LANG から)" } },
  { name: "json", type: "boolean", help: { en: "print the review as JSON (a folder: one object per line)", ja: "確認結果を JSON で出力 (フォルダーでは 1 通 1 行)" } },
  { name: "apply", type: "boolean", help: { en: "one FILE.eml only: carry out what the add-in would do at Send and write the result (needs --out)", ja: "FILE.eml 1 通のみ: 送信時にアドインが行う処理を実行し、結果を書き出す (--out が必要)" } },
  { name: "out", type: "string", value: "DIR", help: { en: "where --apply writes message.eml and password-notice.eml", ja: "--apply が message.eml と password-notice.eml を書き出すフォルダー" } },
];

export const SCAN_OPTIONS: OptionSpec[] = [
  { name: "json", type: "boolean", help: { en: "print the findings as a JSON array", ja: "検出結果を JSON 配列で出力" } },
  { name: "jsonl", type: "boolean", help: { en: 'read one {"id","subject","body"} per line, write one {"id","found"} per line', ja: '1 行 1 件の {"id","subject","body"} を読み、1 行 1 件の {"id","found"} を書く' } },
];

/** Options every command accepts. */
export const HELP_OPTIONS: OptionSpec[] = [
  { name: "help", type: "boolean", help: { en: "print this help (or the command `help`); with --lang ja in Japanese", ja: "このヘルプを表示 (コマンド help も同じ)。--lang en で英語" } },
];

export const COMMANDS: CommandSpec[] = [
  {
    name: "policy",
    forms: [
      { synopsis: "policy check FILE", help: { en: "check a policy file: a summary, or one line per error", ja: "ポリシーファイルを検証: 概要、または 1 行 1 件のエラー" } },
      { synopsis: "policy schema", help: { en: "print policy.schema.json (the JSON Schema of policy.json)", ja: "policy.schema.json (policy.json の JSON Schema) を出力" } },
    ],
    options: [],
  },
  {
    name: "review",
    forms: [
      { synopsis: "review FILE.eml [--policy FILE] [--lang ja|en] [--json]", help: { en: "the review the add-in would make at the first Send", ja: "最初の送信時にアドインが行う確認" } },
      { synopsis: "review FILE.eml --policy FILE --apply --out DIR [--json]", help: { en: "also write DIR/message.eml as it would leave, and DIR/password-notice.eml", ja: "送信される形の DIR/message.eml と DIR/password-notice.eml も書き出す" } },
      { synopsis: "review DIR [--policy FILE] [--lang ja|en] [--json]", help: { en: "every .eml below DIR: one line per message, then a summary", ja: "DIR 以下のすべての .eml: 1 通 1 行と集計" } },
    ],
    options: REVIEW_OPTIONS,
  },
  {
    name: "scan",
    forms: [
      { synopsis: "scan FILE [--json]", help: { en: "personal data in a text, .csv, .eml, .docx, .xlsx or .pptx file", ja: "テキスト・.csv・.eml・.docx・.xlsx・.pptx ファイル内の個人情報" } },
      { synopsis: "scan --jsonl FILE", help: { en: "one result line per input line, for scoring the detector", ja: "入力 1 行につき結果 1 行 (検出器の評価用)" } },
    ],
    options: SCAN_OPTIONS,
  },
];

/** The `options` argument of node:util parseArgs for a table of options. */
export function parseArgsOptions(specs: OptionSpec[]): Record<string, { type: "string" | "boolean" }> {
  return Object.fromEntries(specs.map((o) => [o.name, { type: o.type }]));
}

/** `--policy FILE`, `--json`. */
export function optionLabel(o: OptionSpec): string {
  return o.value ? `--${o.name} ${o.value}` : `--${o.name}`;
}
