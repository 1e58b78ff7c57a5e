/**
 * The message as the core sees it: plain data read from Outlook (or an .eml file, or the
 * playground) once, so every check runs the same way everywhere.
 */

export type RecipientField = "to" | "cc" | "bcc";

export interface Mailbox {
  /** Display name as Outlook shows it; may be empty. */
  name: string;
  /** The SMTP address exactly as given (case preserved). */
  address: string;
}

export interface AttachmentInfo {
  /** Outlook's attachment id (or a stable id from the source), used to fetch or remove it. */
  id: string;
  name: string;
  /** Size in bytes as Outlook reports it. */
  size: number;
  /** "file" | "item" (an attached message) | "cloud" (a link). */
  kind: "file" | "item" | "cloud";
  isInline: boolean;
  contentType?: string;
}

export interface MessageDraft {
  from: Mailbox | null;
  to: Mailbox[];
  cc: Mailbox[];
  bcc: Mailbox[];
  subject: string;
  /** The body as plain text (HTML bodies are read as text by the adapter). */
  body: string;
  attachments: AttachmentInfo[];
}

export function allRecipients(draft: MessageDraft): Array<Mailbox & { field: RecipientField }> {
  return [
    ...draft.to.map((m) => ({ ...m, field: "to" as const })),
    ...draft.cc.map((m) => ({ ...m, field: "cc" as const })),
    ...draft.bcc.map((m) => ({ ...m, field: "bcc" as const })),
  ];
}

export function emptyDraft(): MessageDraft {
  return { from: null, to: [], cc: [], bcc: [], subject: "", body: "", attachments: [] };
}
