/**
 * `outbound-guard review FILE.eml|DIR [--policy P] [--lang ja|en] [--json]`: the review the add-in
 * would make on the first Send of each message. A folder is walked for .eml files; a broken one
 * is reported and skipped, never the end of the run.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { defaultChecks, initialState, review, type Language, type Policy, type Review, type ReviewResult } from "../core";
import { draftFromEml, type EmlLimitNote, type ParsedEml } from "../core/message/eml-draft";
import { emlLimitCheck } from "../core/message/eml-limit-check";
import { MAX_EML_BYTES } from "../core/message/eml-limits";
import { attachmentContent, wantsAttachmentContents } from "../core/pii";
import { REVIEW_OPTIONS, parseArgsOptions } from "./cli-options";
import { usageOf } from "./help";
import { CliError, fileProblem, languageFromEnv, type CliIO } from "./io";
import { policyFromFile } from "./policy-file";
import { attachmentProfileOf, reviewJson, reviewText } from "./review-format";
import { emptySummary, addToSummary, summaryLines } from "./review-summary";
import { SUMMARY_TEXTS } from "./review-summary-texts";
import { runApply } from "./apply-command";

/** The review, plus (additively, in --json) what was not read or scanned because of a limit. */
export type CliReview = Review & { limits?: EmlLimitNote[] };

export interface EmlReview {
  review: CliReview;
  result: ReviewResult;
  parsed: ParsedEml;
}

/** Parses the .eml once and reviews it; a message checked only in part asks for confirmation. */
export async function reviewParsedEml(bytes: Uint8Array, policy: Policy, lang: Language): Promise<EmlReview> {
  const parsed = await draftFromEml(bytes);
  const { draft, files, limits } = parsed;
  const contents = wantsAttachmentContents(policy)
    ? await Promise.all(files.filter((f) => !f.info.isInline).map((f) => attachmentContent(f.info.name, f.bytes)))
    : [];
  const checks = limits.length > 0 ? [...defaultChecks, emlLimitCheck(limits)] : defaultChecks;
  const result = review({ draft, policy, state: initialState(), lang, contents }, checks);
  return { review: limits.length > 0 ? { ...result.review, limits } : result.review, result, parsed };
}

export async function reviewEml(bytes: Uint8Array, policy: Policy, lang: Language): Promise<CliReview> {
  return (await reviewParsedEml(bytes, policy, lang)).review;
}

/** Refused before reading: larger than any message Exchange Online accepts (eml-limits.ts). */
function checkSize(file: string, size: number): void {
  if (size > MAX_EML_BYTES) throw new CliError(`${file}: too large: ${size} bytes, over the ${MAX_EML_BYTES / 1024 / 1024} MB Exchange Online accepts`);
}

/** Any failure on a bad input: one line naming the file and the reason (exit 2), never a stack trace. */
function asCliError(file: string): (err: unknown) => never {
  return (err) => {
    if (err instanceof CliError) throw err;
    throw new CliError(`${file}: ${fileProblem(err)}`);
  };
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
    checkSize(target, stat.size);
    const bytes = await io.readFile(target).catch(asCliError(target));
    if (values.apply) {
      const outDir = requireOut(stringOption(values.out));
      return runApply({ file: target, bytes, policy, lang, outDir, json: Boolean(values.json) }, io).catch(asCliError(target));
    }
    const r = await reviewEml(bytes, policy, lang).catch(asCliError(target));
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
      checkSize(shown, (await fs.stat(file)).size);
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
