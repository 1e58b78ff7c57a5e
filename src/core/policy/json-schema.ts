/**
 * policy.schema.json: the JSON Schema admins point "$schema" at for completion and checks in their
 * editor. Generated from the same zod schema as the validator (schema.ts), so the two cannot drift;
 * a test feeds good and broken policies to both and expects the same answers.
 */
import * as z from "zod/mini";
import { policySchema } from "./schema";

/** The file name beside policy.json on the add-in's host. */
export const POLICY_SCHEMA_FILE = "policy.schema.json";

/** Each ASCII letter as `[xX]`, for patterns that must match regardless of case without a flag. */
function caseless(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

/** The policy's JSON Schema (draft-07: the draft editors complete best) as a plain object. */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(policySchema, {
    // What an admin writes: fields with defaults are optional.
    io: "input",
    target: "draft-7",
    override(ctx) {
      const def = ctx.zodSchema._zod.def as { type: string; checks?: Array<{ _zod: { def: { pattern?: RegExp } } }>; protocol?: RegExp; hostname?: RegExp };
      for (const check of def.checks ?? []) {
        const pattern = check._zod.def.pattern;
        // A flag (`i`, `s`, `u`…) has no JSON Schema form; the schema would then refuse what the
        // validator accepts. Write the cases out in schema.ts instead.
        if (pattern && pattern.flags) throw new Error(`policy schema: regex ${String(pattern)} has flags; JSON Schema patterns cannot carry them`);
      }
      // z.url({ protocol }) checks the scheme, which JSON Schema's "uri" format does not.
      if (def.type === "string" && def.protocol) {
        if (def.hostname) throw new Error("policy schema: z.url({ hostname }) has no JSON Schema form");
        const scheme = def.protocol.source.replace(/^\^/, "").replace(/\$$/, "");
        if (!/^[a-z|]+$/i.test(scheme)) throw new Error(`policy schema: cannot express the URL protocol ${String(def.protocol)}`);
        ctx.jsonSchema.pattern = `^(?:${caseless(scheme)}):`;
      }
    },
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: "Outbound Guard policy (policy.json)",
    description: "Served beside the add-in as policy.json and loaded at every Send. Every field is optional; what is left out takes its default.",
    ...schema,
  };
}

/** The text of policy.schema.json as written to dist/ and printed by `outbound-guard policy schema`. */
export function policySchemaText(): string {
  return JSON.stringify(policyJsonSchema(), null, 2) + "\n";
}
