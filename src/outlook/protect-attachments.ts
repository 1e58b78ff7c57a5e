/**
 * The replacement flow: the message's file attachments → one password-protected ZIP, on the real
 * Office.js calls, ordered so that a failure at ANY step leaves the message with all its original
 * files, or with the complete archive:
 *
 *   1. read every file (getAttachmentContentAsync; bytes already read this Send are reused); a read
 *      that "succeeds" empty or short (office-js#6098) leaves that file attached, never zipped;
 *   2. build the ZIP in memory and check Outlook's 25 MB limit;
 *   3. save the password and the archive's record in the item's session state (write-ahead: an
 *      archive that reaches the message always has its password kept);
 *   4. add the archive (addFileAttachmentFromBase64Async);
 *   5. confirm it is attached (getAttachmentsAsync: its id and name, or its name and size);
 *   6. only then remove the originals, one by one. A failed removal leaves that original attached
 *      beside the archive (nothing lost; it is retried on the next Send, never zipped again).
 *
 * Steps 1–4 failing change nothing on the message. Step 4 or 5 failing after Outlook did attach
 * the archive leaves archive + originals; the next Send finds the archive by its record and
 * finishes step 6.
 *
 * Attachments added after the first Send go into a further archive with the same password (see
 * the launchevent step for why not a rebuilt one).
 */
import {
  createProtectedZip,
  isEncryptedZip,
  type ArchiveEngine,
  type ArchiveEncryption,
} from "../core/protect";
import type { AttachmentInfo } from "../core";
import { encodeBase64 } from "../core/bytes/base64";
import { fitsOutlookLimit } from "../core/protect-check/limits";
import { sha256Hex } from "../core/protect-check/digest";
import type { ArchivedMember, ArchiveRecord, ProtectMemory } from "../core/protect-check/memory";
import type { CarriedFindings } from "../core/protect-check/carried-findings";
import type { ProtectionPlan } from "../core/protect-check/plan";
import { AttachmentIncompleteError, readAttachmentBytes } from "./attachment-content";
import { addFileFromBase64, removeAttachment } from "./attachment-calls";
import type { ComposeItem } from "./compose-item";
import { OfficeCallError } from "./office-call";
import { readAttachments } from "./read-draft";

export type ProtectFailureKind = "read" | "zip" | "too_large" | "save" | "add" | "confirm";

export interface ProtectFailure {
  kind: ProtectFailureKind;
  /** Why, for the alert: an Office error name and code, or the archiver's message. Never the password. */
  reason: string;
  archive: string;
  /** The archive's size, when it was built. */
  size?: number;
}

export interface ProtectFlowInput {
  item: ComposeItem;
  plan: ProtectionPlan;
  memory: ProtectMemory | undefined;
  /** Called when no earlier archive of this message has set the password. */
  newPassword: () => string;
  /** Bytes already read this Send, by attachment id; filled with what this flow reads. */
  bytes: Map<string, Uint8Array>;
  /** Writes the memory to the item's session state; must reject when it could not. */
  persist: (memory: ProtectMemory) => Promise<void>;
  engine?: ArchiveEngine;
  /**
   * Attach time only: scans the chosen files before they are zipped; its result is kept in the
   * archive's record (written ahead with the password), for the Send that will not read them.
   * Rejecting, or returning undefined (too much to keep), leaves every file attached for the Send.
   */
  scan?: (files: ReadonlyArray<{ name: string; bytes: Uint8Array }>) => Promise<CarriedFindings | undefined>;
}

export interface ProtectFlowResult {
  /** What to remember for the next Send (undefined: nothing of ours is on the message). */
  memory: ProtectMemory | undefined;
  /** The archive attached by this run and the original names in it. */
  archived?: { name: string; files: string[]; encryption: ArchiveEncryption };
  /** Originals inside an attached archive that could not be removed (still attached, unencrypted). */
  stillAttached: string[];
  /** Already-encrypted ZIPs, left as they are. */
  encryptedLeft: string[];
  /** Files Outlook could not hand over, left attached. */
  unreadable: string[];
  /** Files Outlook handed over empty or cut short (office-js#6098), left attached: never zipped as they read. */
  incomplete: string[];
  /** Technical reasons (Office error names, byte counts) for the task pane, never for the alert. */
  details: string[];
  failure?: ProtectFailure;
}

/** Short enough for a 500-character alert: the Office call and its error name, or the first words. */
function reasonOf(err: unknown): string {
  if (err instanceof OfficeCallError) return `${err.call}: ${err.officeName}${err.code !== undefined ? ` (${err.code})` : ""}`;
  const text = err instanceof Error ? err.message : String(err);
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

/** Removes each attachment; returns the names of those that stayed. */
async function removeAll(item: ComposeItem, attachments: readonly AttachmentInfo[]): Promise<string[]> {
  const stayed: string[] = [];
  for (const a of attachments) {
    try {
      await removeAttachment(item, a.id);
    } catch {
      stayed.push(a.name);
    }
  }
  return stayed;
}

export async function protectAttachments(input: ProtectFlowInput): Promise<ProtectFlowResult> {
  const { item, plan } = input;
  // Our archives still attached stay ours; a pending one found attached is confirmed now; any
  // record not on the message any more (the user removed it, or its add failed) is forgotten.
  const archives: ArchiveRecord[] = plan.present.map((p) => ({ ...p.record, id: p.attachment.id, confirmed: true }));
  const password = input.memory?.password;
  const result: ProtectFlowResult = {
    memory: archives.length > 0 && password ? { ...input.memory!, archives } : undefined,
    stillAttached: [],
    encryptedLeft: [],
    unreadable: [],
    incomplete: [],
    details: [],
  };

  // Originals of an attached archive still on the message (a removal failed last time): remove them.
  const leftovers = [...plan.leftovers];
  if (!plan.applies || plan.files.length === 0) {
    result.stillAttached = await removeAll(item, leftovers);
    return result;
  }

  // 1. Read. A file Outlook cannot hand over stays attached and is named.
  const members = new Map<string, ArchivedMember>();
  for (const p of plan.present) for (const m of p.record.members) members.set(`${m.name}\u0000${m.size}\u0000${m.sha256}`, m);
  const chosen: Array<{ info: AttachmentInfo; bytes: Uint8Array; sha256: string }> = [];
  for (const a of plan.files) {
    let bytes = input.bytes.get(a.id);
    if (!bytes) {
      try {
        bytes = await readAttachmentBytes(item, a);
        input.bytes.set(a.id, bytes);
      } catch (err) {
        (err instanceof AttachmentIncompleteError ? result.incomplete : result.unreadable).push(a.name);
        result.details.push(reasonOf(err));
        continue;
      }
    }
    if (isEncryptedZip(bytes)) {
      result.encryptedLeft.push(a.name);
      continue;
    }
    const sha256 = await sha256Hex(bytes);
    // Already inside an attached archive under another id (Outlook renumbered it): never zip it twice.
    if (members.has(`${a.name}\u0000${bytes.length}\u0000${sha256}`)) leftovers.push(a);
    else chosen.push({ info: a, bytes, sha256 });
  }
  if (chosen.length === 0) {
    result.stillAttached = await removeAll(item, leftovers);
    return result;
  }

  // 1b. Attach time: the scan the Send will not repeat. No result, no archive: the Send scans them.
  const archiveName = plan.archiveName;
  let carried: CarriedFindings | undefined;
  if (input.scan) {
    try {
      carried = await input.scan(chosen.map((c) => ({ name: c.info.name, bytes: c.bytes })));
    } catch (err) {
      result.details.push(reasonOf(err));
    }
    if (!carried) {
      result.failure = { kind: "read", reason: "personal-data scan not kept", archive: archiveName };
      result.stillAttached = await removeAll(item, leftovers);
      return result;
    }
  }

  // 2. Build the archive in memory.
  let zipBytes: Uint8Array;
  let pass: string;
  try {
    pass = password ?? input.newPassword();
    const zip = await createProtectedZip(
      chosen.map((c) => ({ name: c.info.name, bytes: c.bytes })),
      { password: pass, encryption: plan.encryption, engine: input.engine },
    );
    zipBytes = zip.bytes;
  } catch (err) {
    result.failure = { kind: "zip", reason: reasonOf(err), archive: archiveName };
    result.stillAttached = await removeAll(item, leftovers);
    return result;
  }
  if (!fitsOutlookLimit(zipBytes.length)) {
    result.failure = { kind: "too_large", reason: "AttachmentSizeExceeded", archive: archiveName, size: zipBytes.length };
    result.stillAttached = await removeAll(item, leftovers);
    return result;
  }

  // 3. Write ahead: the password and the record are saved before the archive can reach the message.
  const record: ArchiveRecord = {
    name: archiveName,
    size: zipBytes.length,
    encryption: plan.encryption,
    members: chosen.map((c) => ({ id: c.info.id, name: c.info.name, size: c.bytes.length, sha256: c.sha256 })),
    confirmed: false,
    ...(carried ? { attachTime: { findings: carried } } : {}),
  };
  const pending: ProtectMemory = { ...(input.memory ?? {}), password: pass, archives: [...archives, record] };
  try {
    await input.persist(pending);
  } catch (err) {
    result.failure = { kind: "save", reason: reasonOf(err), archive: archiveName, size: zipBytes.length };
    result.stillAttached = await removeAll(item, leftovers);
    return result;
  }
  result.memory = pending;

  // 4. Attach it.
  let newId: string | undefined;
  try {
    newId = await addFileFromBase64(item, archiveName, encodeBase64(zipBytes));
  } catch (err) {
    result.failure = { kind: "add", reason: reasonOf(err), archive: archiveName, size: zipBytes.length };
    result.stillAttached = await removeAll(item, leftovers);
    return result;
  }

  // 5. Confirm it is there before anything is removed.
  let confirmedId: string | undefined;
  try {
    const now = await readAttachments(item);
    const found =
      now.find((a) => a.id === newId && a.name === archiveName) ?? now.find((a) => a.name === archiveName && a.size === zipBytes.length);
    confirmedId = found?.id;
    if (!found) throw new Error(`${archiveName} is not among the attachments`);
  } catch (err) {
    result.failure = { kind: "confirm", reason: reasonOf(err), archive: archiveName, size: zipBytes.length };
    return result;
  }
  record.id = confirmedId;
  record.confirmed = true;
  result.archived = { name: archiveName, files: chosen.map((c) => c.info.name), encryption: plan.encryption };

  // 6. Only now remove the originals.
  result.stillAttached = await removeAll(item, [...chosen.map((c) => c.info), ...leftovers]);
  return result;
}
