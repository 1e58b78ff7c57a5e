/**
 * Address groups ("Team: a@x, b@y;") flattened to a plain address list, however deep.
 * RFC 5322 3.4 forbids nested groups, and postal-mime's parser stops at 50 levels and returns
 * nothing below that: a hostile header could hide its recipients from the review (issue 13).
 * We scan once, iteratively (no recursion, so 5,000 levels cost nothing), skipping quoted
 * strings, comments and <angle-addr> (whose obsolete routes contain ':'), drop each group's
 * display name and turn its ':' and ';' into commas; the result is parsed as a plain list.
 */

export interface GroupScan {
  /** Deepest group nesting seen (0: no group, 1: ordinary groups). */
  depth: number;
  /** The header value with every group dissolved into its members. */
  flat: string;
}

export function scanGroups(value: string): GroupScan {
  let out = "";
  let itemStart = 0; // where the current list item begins in `out` (a group name is dropped back to it)
  let depth = 0;
  let maxDepth = 0;
  let quoted = false;
  let comment = 0;
  let angle = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted || comment > 0) {
      out += c;
      if (c === "\\" && i + 1 < value.length) out += value[++i];
      else if (quoted && c === '"') quoted = false;
      else if (comment > 0 && c === "(") comment++;
      else if (comment > 0 && c === ")") comment--;
      continue;
    }
    if (angle) {
      out += c;
      if (c === ">") angle = false;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === "(") comment = 1;
    else if (c === "<") angle = true;
    else if (c === ":") {
      depth++;
      maxDepth = Math.max(maxDepth, depth);
      out = out.slice(0, itemStart) + ",";
      itemStart = out.length;
      continue;
    } else if (c === ";" || c === ",") {
      if (c === ";" && depth > 0) depth--;
      out += ",";
      itemStart = out.length;
      continue;
    }
    out += c;
  }
  return { depth: maxDepth, flat: out };
}
