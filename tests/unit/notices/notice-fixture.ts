/** A PasswordNotice as attachment protection composes it, with a real random password. */
import { randomBytes } from "node:crypto";
import type { PasswordNotice } from "../../../src/core/notice/password-notice";

export const T0 = Date.UTC(2025, 3, 1, 0, 0, 0);

export function makeNotice(overrides: Partial<PasswordNotice> = {}, now = T0): PasswordNotice {
  const password = randomBytes(12).toString("base64url");
  return {
    id: randomBytes(8).toString("hex"),
    createdAt: new Date(now).toISOString(),
    sendAt: new Date(now + 10 * 60_000).toISOString(),
    expiresAt: new Date(now + 7 * 24 * 3600_000).toISOString(),
    to: ["suzuki@partner.co.jp", "b@partner.co.jp"],
    lang: "ja",
    originalSubject: "見積書の送付",
    archiveName: "attachments.zip",
    password,
    subject: "[パスワード] 見積書の送付",
    body: `先ほどお送りした「見積書の送付」の添付ファイル attachments.zip のパスワードです。\n\nパスワード: ${password}\n`,
    ...overrides,
  };
}

/** A clock the tests move by hand; sleeping advances it at once and is recorded. */
export function fakeClock(start = T0) {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance: (ms: number) => void (now += ms),
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}
