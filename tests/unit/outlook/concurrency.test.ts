/**
 * At most 3 Office.js asynchronous calls in flight at once: "Limits for activation and JavaScript
 * API for Outlook add-ins", row "Asynchronous calls — 3 calls … For Outlook on the web and on
 * mobile devices, and new Outlook on Windows: limit of the number of simultaneous asynchronous
 * calls at any one time"
 * (https://learn.microsoft.com/office/dev/add-ins/outlook/limits-for-activation-and-javascript-api-for-outlook-add-ins).
 * The simulator counts the calls whose callback has not come back yet (mailbox.concurrency).
 */
import { createSimulatedMailbox, installSimulatedOffice } from "../../../src/playground/simulated-outlook";
import type { Harness } from "./send-harness";
import { fileAttachment, memoryOf, PROTECT_POLICY, startProtectHarness } from "./protect-harness";
import { pseudoRandomBytes } from "../../integration/protect/seven-zip";
import { AUDIT_HEADER_NAME, AUDIT_HEADER_PATTERN } from "../../../src/core/audit/audit-header";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

test("the simulator records a call started while 3 are already in flight", async () => {
  const mailbox = createSimulatedMailbox({ to: ["a@example.co.jp"], latencyMs: 5 });
  const installation = installSimulatedOffice(globalThis, mailbox);
  try {
    const item = Office.context.mailbox.item as Office.MessageCompose;
    for (let i = 0; i < 4; i++) item.to.getAsync(() => undefined);
    expect(mailbox.concurrency.inFlight).toBe(4);
    await mailbox.whenIdle();
    expect(mailbox.concurrency).toEqual({ inFlight: 0, maxInFlight: 4, overLimit: [{ call: "to.getAsync", inFlight: 3 }] });
  } finally {
    installation.uninstall();
  }
});

test("a whole Send (recipients, supervisor in BCC, attachments zipped, audit header) never has more than 3 Office calls in flight", async () => {
  const files = [1, 2, 3, 4].map((n) => ({ name: `report-${n}.pdf`, bytes: pseudoRandomBytes(20_000 + n, n) }));
  const policy = { ...PROTECT_POLICY, supervisor: { address: "compliance@example.co.jp", field: "bcc", when: "external" }, personalData: { action: "off" } };
  h = startProtectHarness(
    {
      to: ["suzuki@partner.co.jp", "kato@example.co.jp"],
      cc: ["sato@client.example.net"],
      subject: "お見積り",
      displayLanguage: "ja-JP",
      // Different answer times per call, so calls that could overlap do.
      latencyMs: (call) => (call.startsWith("getAttachmentContent") ? 7 : call.includes("Attachment") ? 4 : 2),
      attachments: files.map((f) => fileAttachment(f)),
    },
    policy,
  );
  const first = await h.send();
  expect(first.allowed).toBe(false);
  expect(memoryOf(h.mailbox)?.password).toMatch(/^[A-Za-z0-9]{16}$/);
  expect(h.mailbox.item.attachments.map((a) => a.name)).toEqual(["attachments.zip"]);
  expect(h.mailbox.item.bcc.map((r) => r.emailAddress)).toEqual(["compliance@example.co.jp"]);
  expect(h.mailbox.item.internetHeaders.get(AUDIT_HEADER_NAME)).toMatch(AUDIT_HEADER_PATTERN);
  const second = await h.send();
  expect(second.allowed).toBe(true);

  expect(h.mailbox.calls.length).toBeGreaterThan(20);
  expect(h.mailbox.concurrency.overLimit).toEqual([]);
  expect(h.mailbox.concurrency.maxInFlight).toBeLessThanOrEqual(3);
  // The limit is used, not avoided by running everything one at a time.
  expect(h.mailbox.concurrency.maxInFlight).toBe(3);
});
