/** Reads a policy file for a command: the built-in defaults when none is named. */
import { defaultPolicy, parsePolicy, type Policy } from "../core";
import { CliError, readText, type CliIO } from "./io";

export async function policyFromFile(io: CliIO, path: string | undefined): Promise<Policy> {
  if (!path) return defaultPolicy();
  const parsed = parsePolicy(await readText(io, path));
  if (!parsed.ok) throw new CliError(parsed.errors.map((e) => `${path}: ${e}`).join("\n"));
  return parsed.policy;
}
