/**
 * Helpers for the attachment-protection tests on the simulated mailbox: files as attachments,
 * the stored protection memory (password, notice), faults on the k-th call of an Office API, and
 * the invariant "no file lost": every original is attached with its bytes, or is inside an
 * attached archive that real 7-Zip opens with the stored password.
 */
import {
  type AttachmentInit,
  type SimulatedMailbox,
  type SimulatedMailboxOptions,
  type ApiCallName,
  type OutlookErrorName,
} from "../../../src/playground/simulated-outlook";
import { startHarness, type Harness } from "./send-harness";
import type { ProtectMemory } from "../../../src/core/protect-check/memory";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractWith7z, sameBytes, tempDir } from "../../integration/protect/seven-zip";

export interface TestFile {
  name: string;
  bytes: Uint8Array;
}

export const PROTECT_POLICY = {
  internalDomains: ["example.co.jp", "*.example.co.jp"],
  supervisor: { address: "compliance@example.co.jp", field: "bcc", when: "external" },
  attachments: { protect: "external" },
  passwordNotice: { delayMinutes: 10, to: "recipients" },
};

/** The real handler on the simulated mailbox (send-harness), with the attachment-protection policy. */
export function startProtectHarness(options: SimulatedMailboxOptions, policy: object = PROTECT_POLICY): Harness {
  return startHarness(options, policy);
}

export function fileAttachment(f: TestFile, extra: Partial<AttachmentInit> = {}): AttachmentInit {
  return { name: f.name, contentBase64: Buffer.from(f.bytes).toString("base64"), ...extra };
}

export function bytesOf(mailbox: SimulatedMailbox, name: string): Uint8Array[] {
  return mailbox.item.attachments.filter((a) => a.name === name && a.attachmentType === "file").map((a) => new Uint8Array(Buffer.from(a.contentBase64 ?? "", "base64")));
}

export function memoryOf(mailbox: SimulatedMailbox): ProtectMemory | undefined {
  const raw = mailbox.item.sessionData.get("outboundGuard.state");
  if (!raw) return undefined;
  return (JSON.parse(raw) as { steps?: Record<string, ProtectMemory> }).steps?.protectAttachments;
}

/** Makes the k-th call (1-based, counted from now) of `call` fail, through the mailbox's own failNext. */
export function failOnCall(mailbox: SimulatedMailbox, method: keyof Office.MessageCompose, call: ApiCallName, k: number, error: OutlookErrorName = "InternalServerError"): void {
  const item = (globalThis as unknown as { Office: typeof Office }).Office.context.mailbox.item as unknown as Record<string, (...a: unknown[]) => unknown>;
  const original = item[method as string];
  let n = 0;
  item[method as string] = function (this: unknown, ...args: unknown[]) {
    n += 1;
    if (n === k) mailbox.failNext(call, error);
    return original.apply(this, args);
  };
}

/**
 * Zero lost attachments: each original is attached with the same bytes, or is inside one of the
 * attached archives of our memory, which 7zz opens with the stored password.
 * Returns how each file survived ("attached" | "archived").
 */
export function assertNothingLost(mailbox: SimulatedMailbox, originals: readonly TestFile[]): Array<"attached" | "archived"> {
  const memory = memoryOf(mailbox);
  const archivedBytes: Uint8Array[] = [];
  for (const record of memory?.archives ?? []) {
    for (const zip of bytesOf(mailbox, record.name)) {
      const out = extractWith7z(zip, memory!.password);
      if (out.ok) archivedBytes.push(...out.files.values());
    }
  }
  return originals.map((f) => {
    if (bytesOf(mailbox, f.name).some((b) => sameBytes(b, f.bytes))) return "attached";
    if (archivedBytes.some((b) => sameBytes(b, f.bytes))) return "archived";
    throw new Error(`LOST: ${f.name} is neither attached nor in an archive that opens`);
  });
}

/** An AES-256 ZIP written by real 7-Zip (someone else's encrypted archive). */
export function zipWith7z(name: string, text: string, password: string): Uint8Array {
  const { dir, cleanup } = tempDir("og-7z-");
  try {
    writeFileSync(join(dir, name), text);
    const r = spawnSync("7zz", ["a", "-tzip", `-p${password}`, "-mem=AES256", "-bd", join(dir, "out.zip"), join(dir, name)], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`7zz a failed: ${r.stdout}${r.stderr}`);
    return new Uint8Array(readFileSync(join(dir, "out.zip")));
  } finally {
    cleanup();
  }
}
