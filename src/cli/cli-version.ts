/**
 * The version the CLI stamps in the audit header: package.json's MAJOR.MINOR.PATCH. The add-in
 * stamps its manifest version (the same three parts and a build number the CLI cannot know);
 * the mail-flow rule matches both (AUDIT_HEADER_PATTERN).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";

export function cliVersion(): string {
  try {
    // Compiled to lib/cli/, run from src/cli/ by jest: the package root is two folders up either way.
    return String(JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")).version);
  } catch {
    return "unknown";
  }
}
