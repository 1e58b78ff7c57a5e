/** The admin command line: check a policy, review .eml files, scan text for personal data. */
import { CliError, processIO, type CliIO } from "./io";
import { runPolicy } from "./policy-command";
import { runReview } from "./review-command";
import { runScan } from "./scan-command";

const USAGE = `outbound-guard — check Outbound Guard policies and messages

  outbound-guard policy check FILE
  outbound-guard policy schema            (prints policy.schema.json)
  outbound-guard review FILE.eml|DIR [--policy FILE] [--lang ja|en] [--json]
  outbound-guard scan FILE.txt [--json]
  outbound-guard scan --jsonl FILE

Exit status: 0 done, 2 bad input (each error on its own line).`;

type Command = (args: string[], io: CliIO) => Promise<number>;

const commands: Record<string, Command> = {
  policy: runPolicy,
  review: runReview,
  scan: runScan,
};

export function registerCommand(name: string, command: Command): void {
  commands[name] = command;
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`outbound-guard: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (err) {
    if (err instanceof CliError || (err as { code?: string })?.code?.startsWith?.("ERR_PARSE_ARGS")) {
      io.stderr(err instanceof Error ? err.message : String(err));
      return 2;
    }
    throw err;
  }
}
