/**
 * `outbound-guard policy schema`: prints policy.schema.json (the JSON Schema of policy.json) so an
 * admin can keep it beside their policy and write `"$schema": "./policy.schema.json"` for
 * completion and checks in their editor. The build writes the same text to dist/.
 */
import { policySchemaText } from "../core/policy/json-schema";
import { CliError, type CliIO } from "./io";

export async function runSchema(args: string[], io: CliIO): Promise<number> {
  if (args.length > 0) throw new CliError("usage: outbound-guard policy schema  (prints policy.schema.json; redirect it to a file)");
  io.stdout(policySchemaText());
  return 0;
}
