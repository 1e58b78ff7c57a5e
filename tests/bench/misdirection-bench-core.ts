/**
 * The time the misdirection checks add to one review of a long thread: 200 KB of quoted text
 * (an Outlook reply chain with header blocks), 50 recipients, against the review without them.
 * Prints medians in ms. `--quick` runs fewer rounds.
 */
import { defaultChecks, emptyDraft, review, validatePolicy, type MessageDraft } from "../../src/core";
import { misdirectionChecks } from "../../src/core/misdirection";

const quick = process.argv.includes("--quick");
const ROUNDS = quick ? 15 : 60;

function longThread(bytes: number): string {
  let out = "株式会社ミナトテック 山田様\n\nいつもお世話になっております。資料を添付いたします。\n";
  let i = 0;
  while (Buffer.byteLength(out, "utf8") < bytes) {
    out += `\n________________________________\n差出人: 担当${i} <p${i}@org${i % 20}.co.jp>\n送信日時: 2024年5月1日 10:00\n宛先: taro@example.co.jp; q${i}@org${(i + 1) % 20}.co.jp\nCC: r${i}@minatotech.co.jp\n件名: RE: 打合せ\n\n`;
    out += "先日の打合せの件、承知しました。ご確認のほどよろしくお願いいたします。\n".repeat(12);
    i++;
  }
  return out;
}

const body = longThread(200 * 1024);
const to = Array.from({ length: 30 }, (_, i) => ({ name: `Person ${i}`, address: `p${i}@org${i % 20}.co.jp` }));
const cc = Array.from({ length: 20 }, (_, i) => ({ name: "", address: i % 2 ? `c${i}@example.co.jp` : `c${i}@minatotech.co.jp` }));
const draft: MessageDraft = { ...emptyDraft(), from: { name: "Taro", address: "taro@example.co.jp" }, to, cc, subject: "RE: 打合せ", body };
const parsed = validatePolicy({
  internalDomains: ["example.co.jp"],
  personalData: { action: "off" },
  misdirection: { knownDomains: ["northbridge.com"], partners: { 株式会社ミナトテック: ["minatotech.co.jp"] }, holdMinutes: 3 },
});
if (!parsed.ok) throw new Error(parsed.errors.join("; "));
const policy = parsed.policy;
const without = defaultChecks.filter((c) => !misdirectionChecks.includes(c));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(checks: typeof defaultChecks): number {
  const t = process.hrtime.bigint();
  review({ draft, policy, state: { confirmed: [] }, lang: "ja" }, checks);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

for (let i = 0; i < 3; i++) time(defaultChecks), time(without); // warm up
const withAll: number[] = [];
const base: number[] = [];
const only: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  base.push(time(without));
  withAll.push(time(defaultChecks));
  only.push(time(misdirectionChecks));
}
const r = review({ draft, policy, state: { confirmed: [] }, lang: "ja" });
console.log(`thread: ${(Buffer.byteLength(body, "utf8") / 1024).toFixed(0)} KB body, ${to.length + cc.length} recipients, ${ROUNDS} rounds (Node ${process.version})`);
console.log(`review without misdirection checks: median ${median(base).toFixed(2)} ms`);
console.log(`review with misdirection checks:    median ${median(withAll).toFixed(2)} ms`);
console.log(`misdirection checks alone:          median ${median(only).toFixed(2)} ms`);
console.log(`findings: ${r.review.findings.map((f) => f.kind).join(", ") || "none"}`);
