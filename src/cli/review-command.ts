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
import { reviewJson, reviewText } from "./review-format";
import { emptySummary, addToSummary, summaryLines } from "./review-summary";
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
      else io.stdout(oneLine(shown, r));
    } catch (err) {
      summary.broken.push(shown);
      io.stderr(`${shown}: skipped: ${fileProblem(err)}`);
    }
    done++;
    if (files.length >= 50 && done % 50 === 0) io.stderr(`reviewed ${done}/${files.length}`);
  }
  if (!json) for (const line of summaryLines(summary, files.length)) io.stdout(line);
  return 0;
}

function oneLine(file: string, r: Review): string {
  const domains = [...new Set(r.external.map((e) => e.domain))];
  const parts = [`${r.verdict.padEnd(7)} ${file}`];
  if (domains.length) parts.push(`external: ${domains.join(", ")}`);
  const added = r.actions.filter((a) => a.kind === "add_recipient").map((a) => `${a.field}:${a.address}`);
  if (added.length) parts.push(`adds ${added.join(", ")}`);
  if (r.findings.length) parts.push(`${r.findings.length} finding${r.findings.length === 1 ? "" : "s"}`);
  return parts.join("  ");
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
