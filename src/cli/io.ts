/** What a command may touch, passed in so tests can run commands in-process too. */
import { promises as fs } from "node:fs";

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
}

export const processIO: CliIO = {
  stdout: (s) => void process.stdout.write(s.endsWith("\n") ? s : s + "\n"),
  stderr: (s) => void process.stderr.write(s.endsWith("\n") ? s : s + "\n"),
  readFile: async (p) => new Uint8Array(await fs.readFile(p)),
};

/** The language when no --lang is given: Japanese when LANG says so (ja_JP.UTF-8), else English. */
export function languageFromEnv(): "ja" | "en" {
  return (process.env.LANG ?? "").toLowerCase().startsWith("ja") ? "ja" : "en";
}

/** Usage errors and unreadable inputs: exit 2 with one clear line. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

export async function readText(io: CliIO, path: string): Promise<string> {
  try {
    return new TextDecoder("utf-8").decode(await io.readFile(path));
  } catch (err) {
    throw new CliError(`${path}: ${fileProblem(err)}`);
  }
}

export function fileProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a folder, not a file";
  if (code === "EACCES") return "permission denied";
  return err instanceof Error ? err.message : String(err);
}
