/** The user's Outlook display language ("ja-JP", "en-US"…), or undefined where Office does not say. */
export function displayLanguage(): string | undefined {
  const value = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return typeof value === "string" && value !== "" ? value : undefined;
}
