/**
 * `outbound-guard scan FILE [--json]` — the personal data found in one file (text, CSV,
 * .eml, docx/xlsx/pptx), for admins tuning a policy.
 * `outbound-guard scan --jsonl FILE` — one JSON object per input line
 * (`{"id","subject","body"}`) → one output line per input line
 * (`{"id","found":[{"type","text"}]}`), for scoring the detector on a labelled set.
 */
import { extractText } from "../core/pii/extract";
import { scanText } from "../core/pii/scanner";
import type { PiiMatch } from "../core/pii/types";
import { SCAN_OPTIONS } from "./cli-options";
import { usageOf } from "./help";
import { fileProblem } from "./io";

export interface ScanIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (p: string) => Promise<Uint8Array>;
}

const USAGE = `${usageOf("scan")}\n`;
const ACCEPTED = new Set(SCAN_OPTIONS.map((o) => `--${o.name}`));

/** Line and column (1-based) of each offset; offsets ascending, one pass over the text. */
function linesAndColumns(text: string, offsets: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let line = 1;
  let lineStart = 0;
  let i = text.indexOf("\n");
  for (const offset of offsets) {
    while (i !== -1 && i < offset) {
      line++;
      lineStart = i + 1;
      i = text.indexOf("\n", i + 1);
    }
    out.push([line, offset - lineStart + 1]);
  }
  return out;
}

async function scanJsonl(path: string, io: ScanIo): Promise<number> {
  const bytes = await io.readFile(path);
  const lines = new TextDecoder("utf-8").decode(bytes).split(/\r?\n/);
  let failed = 0;
  lines.forEach((line, n) => {
    if (line.trim() === "") return;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      failed++;
      io.stderr(`${path}:${n + 1}: not a JSON object\n`);
      io.stdout(`${JSON.stringify({ id: null, found: [], error: "invalid JSON" })}\n`);
      return;
    }
    const r = (rec ?? {}) as { id?: unknown; subject?: unknown; body?: unknown };
    const id = r.id === undefined ? null : r.id;
    const found: Array<{ type: string; text: string }> = [];
    for (const field of [r.subject, r.body]) {
      if (typeof field !== "string") continue;
      for (const m of scanText(field)) found.push({ type: m.type, text: m.text });
    }
    io.stdout(`${JSON.stringify({ id, found })}\n`);
  });
  return failed > 0 ? 1 : 0;
}

export async function runScan(argv: string[], io: ScanIo): Promise<number> {
  const args = argv[0] === "scan" ? argv.slice(1) : argv.slice();
  const flags = new Set(args.filter((a) => a.startsWith("--")));
  const files = args.filter((a) => !a.startsWith("--"));
  for (const f of flags) {
    if (!ACCEPTED.has(f)) {
      io.stderr(`unknown option ${f}\n${USAGE}`);
      return 2;
    }
  }
  if (files.length !== 1 || (flags.has("--json") && flags.has("--jsonl"))) {
    io.stderr(USAGE);
    return 2;
  }
  const path = files[0];
  try {
    if (flags.has("--jsonl")) return await scanJsonl(path, io);
    const bytes = await io.readFile(path);
    const extracted = await extractText(bytes, path.replace(/^.*[\\/]/, ""), { maxBytes: 512 * 1024 * 1024 });
    if ("unreadable" in extracted) {
      // A bad input (too large, corrupt, unknown type) is a usage problem: exit 2, as for review.
      io.stderr(`${path}: cannot read (${extracted.unreadable})\n`);
      return 2;
    }
    const matches: PiiMatch[] = scanText(extracted.text);
    if (flags.has("--json")) {
      io.stdout(`${JSON.stringify(matches.map((m) => ({ type: m.type, text: m.text, masked: m.masked, start: m.start, end: m.end })), null, 2)}\n`);
    } else if (matches.length === 0) {
      io.stdout("no personal data found\n");
    } else {
      const where = linesAndColumns(extracted.text, matches.map((m) => m.start));
      for (const [k, m] of matches.entries()) {
        const [line, col] = where[k];
        io.stdout(`${path}:${line}:${col}\t${m.type}\t${m.text}\n`);
      }
      io.stdout(`${matches.length} finding${matches.length === 1 ? "" : "s"}\n`);
    }
    return 0;
  } catch (e) {
    // A missing file, a folder, an unreadable one: one line and exit 2 (CliError's convention).
    io.stderr(`${path}: ${fileProblem(e)}\n`);
    return 2;
  }
}
