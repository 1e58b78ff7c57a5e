/** Which Mailbox requirement sets this client supports; options beyond 1.12 are used only where present. */

export function supportsMailbox(version: string): boolean {
  try {
    return Boolean(Office.context.requirements?.isSetSupported("Mailbox", version));
  } catch {
    return false;
  }
}
