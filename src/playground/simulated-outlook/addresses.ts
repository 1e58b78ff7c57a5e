/** Turning what the add-in passes as a recipient into Outlook's EmailAddressDetails. */
import type { RecipientInput } from "./types";

/**
 * A string is resolved like Outlook's recipient well: `Name <addr@domain>` gives both parts, a
 * bare address is used as both display name and address (as Office.js does for string input).
 */
export function toEmailAddressDetails(input: RecipientInput, defaultType = "other"): Office.EmailAddressDetails {
  if (typeof input === "string") {
    const text = input.trim();
    const angle = /^(.*)<([^<>]+)>\s*$/.exec(text);
    if (angle) {
      const name = angle[1].trim().replace(/^"(.*)"$/, "$1").trim();
      const address = angle[2].trim();
      return details(name || address, address, defaultType);
    }
    return details(text, text, defaultType);
  }
  const address = input.emailAddress;
  return details(input.displayName || address, address, input.recipientType ?? defaultType, input.appointmentResponse);
}

function details(displayName: string, emailAddress: string, recipientType: string, appointmentResponse = "none") {
  return { displayName, emailAddress, recipientType, appointmentResponse } as Office.EmailAddressDetails;
}

export function isUsableRecipient(input: unknown): input is RecipientInput {
  if (typeof input === "string") return input.trim() !== "";
  if (input === null || typeof input !== "object") return false;
  const candidate = input as { emailAddress?: unknown; displayName?: unknown };
  return typeof candidate.emailAddress === "string" || typeof candidate.displayName === "string";
}
