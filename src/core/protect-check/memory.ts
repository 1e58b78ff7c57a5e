/**
 * What attachment protection remembers about one message between two Sends, in the item's
 * session state under `state.steps.protectAttachments`: the password (one per message, reused for
 * every archive of it), the archives made and what went into each, and the composed password
 * notice. This is the only place the password is kept besides the notice queue; it is never
 * written into the mail, an alert or a log.
 */
import type { PasswordNotice } from "../notice/password-notice";
import type { ArchiveEncryption } from "../protect/types";
import type { ReviewState } from "../review/check";
import type { CarriedFindings } from "./carried-findings";

/** The key in `state.steps`; the launchevent step of the same name reads and writes it. */
export const PROTECT_STEP = "protectAttachments";

export interface ArchivedMember {
  /** Outlook's id of the original attachment (removed once the archive was confirmed). */
  id: string;
  name: string;
  size: number;
  /** SHA-256 of the original's bytes (hex): recognises the same file if Outlook renumbers it. */
  sha256: string;
}

export interface ArchiveRecord {
  name: string;
  /** Outlook's id for it, as addFileAttachmentFromBase64Async returned it (clients may renumber). */
  id?: string;
  /** Bytes of the archive as attached: with the name, how it is recognised on the next Send. */
  size: number;
  encryption: ArchiveEncryption;
  members: ArchivedMember[];
  /**
   * false: written ahead of attaching it (so the password is never lost), not yet seen on the
   * message. It becomes ours when a later Send finds it attached, else it is forgotten.
   */
  confirmed: boolean;
  /**
   * Made when the files were attached (OnMessageAttachmentsChanged), not at Send: what their scan
   * found, for the Send that will not read them again (carried-findings.ts).
   */
  attachTime?: { findings: CarriedFindings };
}

export interface ProtectMemory {
  password: string;
  archives: ArchiveRecord[];
  notice?: PasswordNotice;
}

type WithSteps = ReviewState & { steps?: Record<string, unknown> };

/** The memory in a (stored) review state, or undefined when absent or not well-formed. */
export function readProtectMemory(state: ReviewState | undefined): ProtectMemory | undefined {
  const raw = (state as WithSteps | undefined)?.steps?.[PROTECT_STEP];
  if (!raw || typeof raw !== "object") return undefined;
  const m = raw as Partial<ProtectMemory>;
  if (typeof m.password !== "string" || m.password === "" || !Array.isArray(m.archives)) return undefined;
  const archives = m.archives.filter(isArchiveRecord);
  return { password: m.password, archives, notice: m.notice && typeof m.notice === "object" ? m.notice : undefined };
}

/** The state with this memory put in (or removed, for undefined); other steps' memory untouched. */
export function withProtectMemory<S extends WithSteps>(state: S, memory: ProtectMemory | undefined): S {
  const steps = { ...(state.steps ?? {}) };
  if (memory) steps[PROTECT_STEP] = memory;
  else delete steps[PROTECT_STEP];
  return { ...state, steps };
}

/**
 * For the notices queue: the password notice of this message, when its archive is attached.
 * Read it when the Send is allowed; it holds the password.
 */
export function storedPasswordNotice(state: ReviewState | undefined): PasswordNotice | undefined {
  return readProtectMemory(state)?.notice;
}

function isArchiveRecord(x: unknown): x is ArchiveRecord {
  const r = x as ArchiveRecord;
  return (
    !!r &&
    typeof r.name === "string" &&
    typeof r.size === "number" &&
    (r.encryption === "aes256" || r.encryption === "zipcrypto") &&
    Array.isArray(r.members) &&
    typeof r.confirmed === "boolean"
  );
}
