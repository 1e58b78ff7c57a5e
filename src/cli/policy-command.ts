/** `outbound-guard policy check FILE`: exit 0 and a summary, or exit 2 and one line per error. */
import { parsePolicy, type Policy } from "../core";
import { CliError, languageFromEnv, readText, type CliIO } from "./io";
import { policyWarnings } from "../core/policy/warnings";
import { runSchema } from "./schema-command";
import { policyFingerprint } from "../core/policy/fingerprint";

export async function runPolicy(args: string[], io: CliIO): Promise<number> {
  const [sub, file, ...rest] = args;
  if (sub === "schema") return runSchema(args.slice(1), io);
  if (sub !== "check" || !file || rest.length > 0) throw new CliError("usage: outbound-guard policy check FILE | outbound-guard policy schema");
  const parsed = parsePolicy(await readText(io, file));
  if (!parsed.ok) {
    for (const e of parsed.errors) io.stderr(`${file}: ${e}`);
    return 2;
  }
  io.stdout(`${file}: valid policy`);
  // Valid but misleading settings: one line each on stderr, still exit 0.
  for (const w of policyWarnings(parsed.policy, languageFromEnv())) io.stderr(`${file}: warning: ${w}`);
  for (const line of summarize(parsed.policy)) io.stdout(`  ${line}`);
  return 0;
}

function summarize(p: Policy): string[] {
  const who = p.supervisor.address ?? "(none)";
  const perUser = Object.keys(p.supervisor.byUser).length;
  return [
    `internal domains: ${p.internalDomains.length ? p.internalDomains.join(", ") : "(none: the sender's own domain)"}`,
    `external recipients: ${p.external.confirm ? "confirm on first Send" : "no confirmation"}`,
    `supervisor: ${p.supervisor.when === "never" ? "never added" : `${who} in ${p.supervisor.field.toUpperCase()} (${p.supervisor.when}), ${perUser} per-user override${perUser === 1 ? "" : "s"}`}`,
    `personal data: ${p.personalData.action}, types ${p.personalData.types ? p.personalData.types.join(", ") : "all"}, attachments ${p.personalData.scanAttachments ? "scanned" : "not scanned"}`,
    `attachments: protect ${p.attachments.protect}, ${p.attachments.encryption}, archive ${p.attachments.archiveName}, password ${p.attachments.password.length} characters`,
    `password notice: ${p.passwordNotice.delivery}, to ${p.passwordNotice.to}, after ${p.passwordNotice.delayMinutes} min`,
    `fingerprint: ${policyFingerprint(p)} (the policy= part of the X-Outbound-Guard header)`,
  ];
}
