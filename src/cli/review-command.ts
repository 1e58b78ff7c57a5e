/**
 * `outbound-guard review FILE.eml|DIR [--policy P] [--lang ja|en] [--json]`: the review the add-in
 * would make on the first Send of each message. A folder is walked for .eml files; a broken one
 * is reported and skipped, never the end of the run.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { initialState, review, type Language, type Policy, type Review } from "../core";
import { draftFromEml } from "../core/message/eml-draft";
import { attachmentContent, wantsAttachmentContents } from "../core/pii";
import { REVIEW_OPTIONS, parseArgsOptions } from "./cli-options";
import { usageOf } from "./help";
import { CliError, fileProblem, languageFromEnv, type CliIO } from "./io";
import { policyFromFile } from "./policy-file";
import { attachmentProfileOf, reviewJson, reviewText } from "./review-format";
import { emptySummary, addToSummary, summaryLines } from "./review-summary";
import { SUMMARY_TEXTS } from "./review-summary-texts";
import { runApply } from "./apply-command";

export async function reviewEml(bytes: Uint8Array, policy: Policy, lang: Language): Promise<Review> {
  const { draft, files } = await draftFromEml(bytes);
  const contents = wantsAttachmentContents(policy)
    ? await Promise.all(files.filter((f) => !f.info.isInline).map((f) => attachmentContent(f.info.name, f.bytes)))
    : [];
  return review({ draft, policy, state: initialState(), lang, contents }).review;
}

/** The options come from a table, so their values are typed string | boolean: take the strings. */
function stringOption(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function requireOut(out: string | undefined): string {
  if (!out) throw new CliError("--apply needs --out DIR (where message.eml and password-notice.eml are written)");
  return out;
}

export async function runReview(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: parseArgsOptions(REVIEW_OPTIONS),
  });
  if (positionals.length !== 1) throw new CliError(usageOf("review"));
  if (values.lang !== undefined && values.lang !== "ja" && values.lang !== "en") throw new CliError(`--lang: must be ja or en, got ${JSON.stringify(values.lang)}`);
  const lang = (values.lang as Language | undefined) ?? languageFromEnv();
  const policy = await policyFromFile(io, stringOption(values.policy));
  const target = positionals[0];

  const stat = await fs.stat(target).catch((err: unknown) => {
    throw new CliError(`${target}: ${fileProblem(err)}`);
  });
  if (!stat.isDirectory()) {
    const bytes = await io.readFile(target).catch((err: unknown) => {
      throw new CliError(`${target}: ${fileProblem(err)}`);
    });
    if (values.apply) return runApply({ file: target, bytes, policy, lang, outDir: requireOut(stringOption(values.out)), json: Boolean(values.json) }, io);
    const r = await reviewEml(bytes, policy, lang).catch((err: unknown) => {
      throw new CliError(`${target}: ${fileProblem(err)}`);
    });
    if (values.json) io.stdout(reviewJson(r));
    else for (const line of reviewText(target, r)) io.stdout(line);
    return 0;
  }
  if (values.apply) throw new CliError(`${target}: --apply takes one .eml file, not a folder`);
  return reviewFolder(target, policy, lang, Boolean(values.json), io);
}

async function reviewFolder(dir: string, policy: Policy, lang: Language, json: boolean, io: CliIO): Promise<number> {
  const files = (await emlFilesUnder(dir)).sort();
  const summary = emptySummary();
  let done = 0;
  for (const file of files) {
    const shown = path.relative(dir, file);
    try {
      const r = await reviewEml(await io.readFile(file), policy, lang);
      addToSummary(summary, r);
      if (json) io.stdout(JSON.stringify({ file: shown, ...JSON.parse(reviewJson(r)) }));
      else io.stdout(oneLine(shown, r, lang));
    } catch (err) {
      summary.broken.push(shown);
      io.stderr(SUMMARY_TEXTS[lang].skippedFile(shown, fileProblem(err)));
    }
    done++;
    if (files.length >= 50 && done % 50 === 0) io.stderr(SUMMARY_TEXTS[lang].progress(done, files.length));
  }
  if (!json) for (const line of summaryLines(summary, files.length, lang)) io.stdout(line);
  return 0;
}

function oneLine(file: string, r: Review, lang: Language): string {
  const t = SUMMARY_TEXTS[lang];
  const domains = [...new Set(r.external.map((e) => e.domain))];
  const parts = [`${padToWidth(t.verdict(r.verdict), lang === "ja" ? 8 : 7)} ${file}`];
  if (domains.length) parts.push(t.external(domains.join(", ")));
  const added = r.actions.filter((a) => a.kind === "add_recipient").map((a) => `${t.field(a.field)}:${a.address}`);
  if (added.length) parts.push(t.adds(added.join(", ")));
  if (r.findings.length) parts.push(t.findings(r.findings.length));
  const profile = attachmentProfileOf(r);
  if (profile) parts.push(t.profile(profile.profile, profile.decidedBy.join(", ")));
  return parts.join("  ");
}

/** Pads to a column width on a terminal, where a Japanese character takes two columns. */
function padToWidth(text: string, width: number): string {
  const used = [...text].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
  return text + " ".repeat(Math.max(0, width - used));
}

async function emlFilesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await emlFilesUnder(full)));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".eml")) out.push(full);
  }
  return out;
}
