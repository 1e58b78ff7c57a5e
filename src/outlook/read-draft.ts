/** Reads the compose item into a MessageDraft, with the independent calls in parallel. */
import type { AttachmentInfo, Mailbox, MessageDraft } from "../core";
import type { ComposeItem } from "./compose-item";
import { officeCall } from "./office-call";

function toMailbox(d: Office.EmailAddressDetails): Mailbox {
  return { name: d.displayName ?? "", address: d.emailAddress ?? "" };
}

function recipients(item: ComposeItem, field: "to" | "cc" | "bcc"): Promise<Mailbox[]> {
  return officeCall<Office.EmailAddressDetails[]>(`${field}.getAsync`, (cb) => item[field].getAsync(cb)).then((list) =>
    list.map(toMailbox),
  );
}

async function sender(item: ComposeItem): Promise<Mailbox | null> {
  // item.from is Mailbox 1.7 in compose; the user profile is the fallback for a plain mailbox.
  if (item.from && typeof item.from.getAsync === "function") {
    try {
      return toMailbox(await officeCall<Office.EmailAddressDetails>("from.getAsync", (cb) => item.from.getAsync(cb)));
    } catch {
      /* fall through to the profile */
    }
  }
  const profile = Office.context.mailbox.userProfile;
  return profile?.emailAddress ? { name: profile.displayName ?? "", address: profile.emailAddress } : null;
}

function attachmentKind(type: string): AttachmentInfo["kind"] {
  if (type === "item") return "item";
  if (type === "cloud") return "cloud";
  return "file";
}

export async function readAttachments(item: ComposeItem): Promise<AttachmentInfo[]> {
  const list = await officeCall<Office.AttachmentDetailsCompose[]>("getAttachmentsAsync", (cb) => item.getAttachmentsAsync(cb));
  return list.map((a) => ({
    id: a.id,
    name: a.name,
    size: a.size,
    kind: attachmentKind(String(a.attachmentType)),
    isInline: Boolean(a.isInline),
  }));
}

export async function readDraft(item: ComposeItem): Promise<MessageDraft> {
  const [from, to, cc, bcc, subject, body, attachments] = await Promise.all([
    sender(item),
    recipients(item, "to"),
    recipients(item, "cc"),
    recipients(item, "bcc"),
    officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb)),
    officeCall<string>("body.getAsync", (cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
    readAttachments(item),
  ]);
  return { from, to, cc, bcc, subject: subject ?? "", body: body ?? "", attachments };
}

/** Sender and recipients only (no body): what decides whether a message is external. */
export async function readRecipients(item: ComposeItem): Promise<Pick<MessageDraft, "from" | "to" | "cc" | "bcc">> {
  const [from, to, cc, bcc] = await Promise.all([sender(item), recipients(item, "to"), recipients(item, "cc"), recipients(item, "bcc")]);
  return { from, to, cc, bcc };
}
