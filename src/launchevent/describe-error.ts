/** A short, safe reason for an alert: the error's own words, never the message's content, cut to fit. */
export function describeError(err: unknown): string {
  const text = err instanceof Error ? err.message : typeof err === "string" ? err : "unknown error";
  return text.replace(/\s+/g, " ").slice(0, 200);
}
