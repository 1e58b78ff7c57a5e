/** The admin command line: check a policy, review .eml files, scan text for personal data. */
import { helpLanguage, helpText, wantsHelp } from "./help";
import { CliError, processIO, type CliIO } from "./io";
import { installNodeDeflater } from "./node-deflater";
import { runPolicy } from "./policy-command";
import { runReview } from "./review-command";
import { runScan } from "./scan-command";

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
  if (!name || wantsHelp(argv)) {
    io.stdout(helpText(helpLanguage(argv)));
    return name ? 0 : 2;
  }
  installNodeDeflater(); // large archive entries: zlib at the add-in's fast level (node-deflater.ts)
  const command = commands[name];
  if (!command) {
    io.stderr(`outbound-guard: unknown command "${name}"\n\n${helpText(helpLanguage(argv))}`);
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
