/**
 * The Send bundle has one ZIP engine: webpack.config.js replaces src/core/protect/reference-engine.ts
 * with reference-engine-absent.ts in launchevent.js (issue 11: archiver's stack out of the bundle).
 * Here the real handler runs on the simulated mailbox with that same replacement, and the fast
 * engine failing unexpectedly: the Send must fail closed — blocked with no "Send anyway", every
 * original still attached, no archive, the reason in the last review's detail for the task pane.
 */
import type { Harness } from "./send-harness";
import { assertNothingLost, bytesOf, fileAttachment, PROTECT_POLICY, startProtectHarness, type TestFile } from "./protect-harness";
import { pseudoRandomBytes, sameBytes } from "../../integration/protect/seven-zip";

// As in launchevent.js: no reference engine to fall back on.
jest.mock("../../../src/core/protect/reference-engine", () => jest.requireActual("../../../src/core/protect/reference-engine-absent"));
jest.mock("../../../src/core/protect/aes-zip-writer", () => ({
  ...jest.requireActual("../../../src/core/protect/aes-zip-writer"),
  writeAesZip: () => Promise.reject(new Error("simulated fast-engine fault")),
}));

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const FILES: TestFile[] = [
  { name: "見積書.pdf", bytes: pseudoRandomBytes(20_000, 4) },
  { name: "memo.txt", bytes: new TextEncoder().encode("持ち物リスト\n".repeat(200)) },
];
const QUIET_POLICY = { ...PROTECT_POLICY, personalData: { action: "off" }, supervisor: { when: "never" }, external: { confirm: false } };

test.each([
  ["AES-256", { protect: "external" }],
  ["ZipCrypto", { protect: "external", encryption: "zipcrypto", zipcryptoDomains: ["partner.co.jp"] }],
])("%s: the fast engine fails and no reference engine is bundled: Send blocked, originals kept, reason in the detail", async (_name, attachments) => {
  h = startProtectHarness(
    { to: ["suzuki@partner.co.jp"], subject: "お見積り", displayLanguage: "en-US", attachments: FILES.map((f) => fileAttachment(f)) },
    { ...QUIET_POLICY, attachments },
  );
  for (let i = 0; i < 2; i++) {
    const out = await h.send({ userChoice: "sendAnyway" });
    expect(out.allowed).toBe(false);
    expect(out.options?.sendModeOverride).toBeUndefined();
  }
  expect(h.mailbox.sent).toHaveLength(0);
  expect(h.mailbox.item.attachments.map((a) => a.name).sort()).toEqual(FILES.map((f) => f.name).sort());
  for (const f of FILES) expect(sameBytes(bytesOf(h.mailbox, f.name)[0], f.bytes)).toBe(true);
  expect(assertNothingLost(h.mailbox, FILES)).toEqual(["attached", "attached"]);
  const raw = h.mailbox.item.sessionData.get("outboundGuard.state") ?? "{}";
  const review = JSON.parse(raw).lastReview as { verdict: string; detail?: string };
  expect(review.verdict).toBe("block");
  expect(review.detail).toContain("zip: The encrypted ZIP could not be written (fast engine): simulated fast-engine fault");
});
