/** `outbound-guard --help`: every command and option, from the table in cli-options.ts. */
import type { Language } from "../core";
import { COMMANDS, HELP_OPTIONS, optionLabel, type OptionSpec } from "./cli-options";
import { languageFromEnv } from "./io";

const HEADINGS = {
  en: {
    title: "outbound-guard — check Outbound Guard policies and messages",
    commands: "Commands:",
    optionsOf: (c: string) => `Options of ${c}:`,
    everywhere: "Any command:",
    exit: "Exit status: 0 done; 2 bad input (each error on its own line); scan: 1 when its file (or a --jsonl line) cannot be read.",
  },
  ja: {
    title: "outbound-guard — Outbound Guard のポリシーとメールを確認します",
    commands: "コマンド:",
    optionsOf: (c: string) => `${c} のオプション:`,
    everywhere: "すべてのコマンド:",
    exit: "終了コード: 0 完了、2 入力の誤り (エラーは 1 行に 1 件)、scan: ファイル (または --jsonl の行) を読めないとき 1。",
  },
} satisfies Record<Language, unknown>;

function columns(rows: Array<[string, string]>): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

function optionRows(options: OptionSpec[], lang: Language): Array<[string, string]> {
  return options.map((o) => [optionLabel(o), o.help[lang]]);
}

export function helpText(lang: Language): string {
  const h = HEADINGS[lang];
  const lines = [h.title, "", h.commands];
  // A synopsis is long: the text that says what it does goes on the next line.
  for (const f of COMMANDS.flatMap((c) => c.forms)) lines.push(`  outbound-guard ${f.synopsis}`, `      ${f.help[lang]}`);
  for (const c of COMMANDS) {
    if (c.options.length === 0) continue;
    lines.push("", h.optionsOf(c.name), ...columns(optionRows(c.options, lang)));
  }
  lines.push("", h.everywhere, ...columns(HELP_OPTIONS.map((o) => [`${optionLabel(o)}, -h`, o.help[lang]])), "", h.exit);
  return lines.join("\n");
}

/** Whether argv asks for help: the command `help`, or --help / -h anywhere before `--`. */
export function wantsHelp(argv: string[]): boolean {
  const end = argv.indexOf("--");
  const args = end === -1 ? argv : argv.slice(0, end);
  return args[0] === "help" || args.includes("--help") || args.includes("-h");
}

/** The help's language: `--lang ja|en` (or `--lang=…`) when given, else LANG. */
export function helpLanguage(argv: string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice(7) : undefined;
    if (value === "ja" || value === "en") return value;
  }
  return languageFromEnv();
}

/** `usage: outbound-guard review …` with every form of the command, for its usage errors. */
export function usageOf(command: string): string {
  const forms = COMMANDS.find((c) => c.name === command)?.forms ?? [];
  return forms.map((f, i) => `${i === 0 ? "usage:" : "      "} outbound-guard ${f.synopsis}`).join("\n");
}
