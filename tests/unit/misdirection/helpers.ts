/** Builds a review of a small draft under a policy, the way the add-in and the CLI run it. */
import { emptyDraft, review, validatePolicy, type Mailbox, type MessageDraft, type ReviewResult } from "../../../src/core";
import type { MisdirectionInput } from "../../../src/core/misdirection";

export const BASE_POLICY = {
  internalDomains: ["example.co.jp", "*.example.co.jp"],
  external: { confirm: false },
  personalData: { action: "off" },
  attachments: { protect: "never" },
  misdirection: {
    knownDomains: ["northbridge.com"],
    partners: { 株式会社ミナトテック: ["minatotech.co.jp", "minatotech.com"], 北浜商事株式会社: ["kitahama.co.jp"] },
  },
};

export function mb(list: string): Mailbox[] {
  return list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((address) => ({ name: "", address }));
}

export interface Draft {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  attachments?: string[];
  inline?: string[];
  from?: string;
}

export function draftOf(d: Draft): MessageDraft {
  return {
    ...emptyDraft(),
    from: { name: "", address: d.from ?? "taro@example.co.jp" },
    to: mb(d.to ?? ""),
    cc: mb(d.cc ?? ""),
    bcc: mb(d.bcc ?? ""),
    subject: d.subject ?? "",
    body: d.body ?? "",
    attachments: [
      ...(d.attachments ?? []).map((name, i) => ({ id: `a${i}`, name, size: 10, kind: "file" as const, isInline: false })),
      ...(d.inline ?? []).map((name, i) => ({ id: `i${i}`, name, size: 10, kind: "file" as const, isInline: true })),
    ],
  };
}

export function policyOf(misdirection: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  const r = validatePolicy({ ...BASE_POLICY, ...extra, misdirection: { ...BASE_POLICY.misdirection, ...misdirection } });
  if (!r.ok) throw new Error(r.errors.join("; "));
  return r.policy;
}

export function run(d: Draft, misdirection: Record<string, unknown> = {}, opts: { lang?: "ja" | "en"; confirmed?: string[]; input?: MisdirectionInput } = {}): ReviewResult {
  return review({
    draft: draftOf(d),
    policy: policyOf(misdirection),
    state: { confirmed: opts.confirmed ?? [] },
    lang: opts.lang ?? "en",
    misdirection: opts.input,
  });
}

export function kinds(r: ReviewResult): string[] {
  return r.review.findings.map((f) => f.kind);
}
