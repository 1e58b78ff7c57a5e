/**
 * planProtection: from the draft, the policy and what earlier Sends remembered, which attachments
 * go into a new archive, which are ours already, and which are left alone. Pure; the check shows
 * the plan, the launchevent step and the CLI carry it out with the same function, so the three
 * can never disagree.
 *
 * Not decided here, because it needs the bytes: whether a `.zip` is already encrypted (left as
 * it is), and whether a file is a member of an earlier archive that Outlook renumbered (matched by
 * SHA-256). The apply side settles both and says so in the alert.
 */
import { allRecipients, type AttachmentInfo, type MessageDraft } from "../message/draft";
import type { Policy } from "../policy/schema";
import type { ArchiveEncryption } from "../protect/types";
import { addressKey, domainOf } from "../recipients/address";
import { matchesDomainPattern } from "../recipients/domain-match";
import { isAlreadyCompressedType } from "../protect/compression-choice";
import { fitsOutlookLimit } from "./limits";
import type { ExternalRecipient } from "../review/types";
import type { ArchiveRecord, ProtectMemory } from "./memory";
import { resolveDeliveryProfile, type DeliveryProfile } from "./partner-profile";

export interface PresentArchive {
  record: ArchiveRecord;
  attachment: AttachmentInfo;
}

export interface ProtectionPlan {
  /**
   * The policy wants this message's attachments protected (always, or external recipients) and
   * the delivery profile is an encryption (not `none` or `block`, which make no archive).
   */
  applies: boolean;
  encryption: ArchiveEncryption;
  /** attachments.partners' say for these recipients (partner-profile.ts): profile, password length, delay. */
  profile: DeliveryProfile;
  /** Name for a new archive: distinct from every attachment on the message. */
  archiveName: string;
  /** An archive of ours is already attached: the new one is a further archive, same password. */
  additional: boolean;
  /** File attachments to put into the new archive, in the message's order. */
  files: AttachmentInfo[];
  /** Our archives found attached (pending ones included once seen). */
  present: PresentArchive[];
  /** Originals already inside a present archive but still attached (a removal failed): remove, never zip again. */
  leftovers: AttachmentInfo[];
  /** Left alone and reported: cloud links, attached messages. Inline images are left alone silently. */
  cloud: AttachmentInfo[];
  items: AttachmentInfo[];
  /** Password-notice recipients per passwordNotice.to: visible ones, and those who get it in BCC. */
  noticeTo: string[];
  noticeBcc: string[];
  /**
   * The archive cannot fit Outlook's 25 MB limit whatever happens: its already-compressed files
   * alone (stored as they are) exceed it. Nothing is zipped; the files stay attached.
   */
  tooLarge: boolean;
  /** The least the archive can weigh (already-compressed files are stored, not shrunk). */
  minimumSize: number;
}

export function protectionApplies(policy: Policy, external: readonly ExternalRecipient[]): boolean {
  const when = policy.attachments.protect;
  return when === "always" || (when === "external" && external.length > 0);
}

/** ZipCrypto only when the policy asks for it and EVERY external recipient's domain is listed. */
export function chooseEncryption(policy: Policy, external: readonly ExternalRecipient[]): ArchiveEncryption {
  const { encryption, zipcryptoDomains } = policy.attachments;
  if (encryption !== "zipcrypto" || external.length === 0 || zipcryptoDomains.length === 0) return "aes256";
  const allListed = external.every((r) => zipcryptoDomains.some((p) => matchesDomainPattern(r.domain, p)));
  return allListed ? "zipcrypto" : "aes256";
}

/** Who gets the password notice, and how: `bcc` recipients must not see each other on it. */
export interface NoticeAddressees {
  to: string[];
  bcc: string[];
}

/**
 * Who gets the password. "sender": the sender. "recipients": the external recipients in To, CC and
 * BCC (every recipient when the policy protects internal mail and there is no external one). Those
 * in BCC — or being moved there by the BCC-omission fix (`movedToBcc`) — get it in BCC too, so the
 * notice never shows them to each other; when nobody is left in To, the sender is (as in the fix).
 */
export function noticeAddressees(
  draft: MessageDraft,
  policy: Policy,
  external: readonly ExternalRecipient[],
  movedToBcc: readonly string[] = [],
): NoticeAddressees {
  const sender = draft.from?.address ? [draft.from.address] : [];
  if (policy.passwordNotice.to === "sender") return { to: sender, bcc: [] };
  const moved = new Set(movedToBcc.map(addressKey));
  const externalKeys = new Set(external.map((r) => addressKey(r.address)));
  const all = allRecipients(draft).filter((r) => r.address && domainOf(r.address));
  const chosen = externalKeys.size > 0 ? all.filter((r) => externalKeys.has(addressKey(r.address))) : all;
  const hidden = (r: { field: string; address: string }) => r.field === "bcc" || moved.has(addressKey(r.address));
  const seen = new Set<string>();
  const to: string[] = [];
  const bcc: string[] = [];
  // Visible first: an address both in To/CC and in BCC is already seen by the others.
  for (const r of [...chosen.filter((x) => !hidden(x)), ...chosen.filter(hidden)]) {
    const key = addressKey(r.address);
    if (seen.has(key)) continue;
    seen.add(key);
    (hidden(r) ? bcc : to).push(r.address);
  }
  return { to: to.length > 0 ? to : sender, bcc };
}

/** The notice's visible recipients (noticeAddressees' `to`). */
export function noticeRecipients(draft: MessageDraft, policy: Policy, external: readonly ExternalRecipient[]): string[] {
  return noticeAddressees(draft, policy, external).to;
}

function isFile(a: AttachmentInfo): boolean {
  return a.kind === "file" && !a.isInline;
}

/** Is this attachment the archive `record` (by Outlook's id and name, or by name and size)? */
export function isRecordedArchive(a: AttachmentInfo, record: ArchiveRecord): boolean {
  if (!isFile(a) || a.name !== record.name) return false;
  return (record.id !== undefined && a.id === record.id) || a.size === record.size;
}

export function findPresentArchives(draft: MessageDraft, memory: ProtectMemory | undefined): PresentArchive[] {
  const out: PresentArchive[] = [];
  const used = new Set<string>();
  for (const record of memory?.archives ?? []) {
    const attachment = draft.attachments.find((a) => !used.has(a.id) && isRecordedArchive(a, record));
    if (attachment) {
      used.add(attachment.id);
      out.push({ record, attachment });
    }
  }
  return out;
}

/** `attachments.zip` → `attachments-2.zip`, `-3`… until no attachment on the message has that name. */
export function distinctArchiveName(base: string, taken: readonly string[], startAt = 1): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  const dot = base.toLowerCase().endsWith(".zip") ? base.length - 4 : base.length;
  for (let n = startAt; ; n++) {
    const name = n === 1 ? base : `${base.slice(0, dot)}-${n}${base.slice(dot)}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

function noticeFields(a: NoticeAddressees): Pick<ProtectionPlan, "noticeTo" | "noticeBcc"> {
  return { noticeTo: a.to, noticeBcc: a.bcc };
}

export function planProtection(
  draft: MessageDraft,
  policy: Policy,
  external: readonly ExternalRecipient[],
  memory: ProtectMemory | undefined,
): ProtectionPlan {
  const present = findPresentArchives(draft, memory);
  const presentIds = new Set(present.map((p) => p.attachment.id));
  // An original already inside an attached archive (its removal failed last time) is known by id,
  // name and size; anything less certain goes through the flow, which compares SHA-256 before
  // treating it as archived — so a reused id never gets a different file removed unzipped.
  const members = new Map<string, { name: string; size: number }>();
  for (const p of present) for (const m of p.record.members) members.set(m.id, { name: m.name, size: m.size });

  const files: AttachmentInfo[] = [];
  const leftovers: AttachmentInfo[] = [];
  const cloud: AttachmentInfo[] = [];
  const items: AttachmentInfo[] = [];
  for (const a of draft.attachments) {
    if (a.isInline || presentIds.has(a.id)) continue;
    if (a.kind === "cloud") cloud.push(a);
    else if (a.kind === "item") items.push(a);
    else if (members.get(a.id)?.name === a.name && members.get(a.id)?.size === a.size) leftovers.push(a);
    else files.push(a);
  }
  const archiveName = distinctArchiveName(
    policy.attachments.archiveName,
    draft.attachments.map((a) => a.name),
    present.length > 0 ? 2 : 1,
  );
  const minimumSize = files.reduce((n, f) => n + (isAlreadyCompressedType(f.name) ? f.size : 0), 0);
  const profile = resolveDeliveryProfile(policy, external);
  const encrypts = profile.profile === "aes256" || profile.profile === "zipcrypto";
  return {
    applies: protectionApplies(policy, external) && encrypts,
    encryption: profile.profile === "aes256" || profile.profile === "zipcrypto" ? profile.profile : chooseEncryption(policy, external),
    profile,
    archiveName,
    additional: present.length > 0,
    files,
    present,
    leftovers,
    cloud,
    items,
    ...noticeFields(noticeAddressees(draft, policy, external)),
    tooLarge: !fitsOutlookLimit(minimumSize),
    minimumSize,
  };
}
