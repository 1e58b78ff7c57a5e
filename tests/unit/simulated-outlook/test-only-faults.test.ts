/**
 * The simulator's test-only faults (mailbox.ts): a success without effect, a read-back that
 * differs, and a silent runtime end. Each is honest about what happened at the host.
 */
import { createSimulatedMailbox, pressSend } from "../../../src/playground/simulated-outlook";
import { officeFor, result } from "./helpers";

test("succeedWithoutEffectNext: the add answers Succeeded with an id, yet nothing is attached; the next add attaches", async () => {
  const mailbox = createSimulatedMailbox();
  const item = officeFor(mailbox).context.mailbox.item;
  mailbox.succeedWithoutEffectNext("addFileAttachmentFromBase64Async");
  const first = await result<string>((cb) => item.addFileAttachmentFromBase64Async!("aGVsbG8=", "a.zip", cb));
  expect(first.status).toBe("succeeded");
  expect(first.value).toMatch(/^sim-attachment-/);
  expect(mailbox.item.attachments).toHaveLength(0);
  const second = await result<string>((cb) => item.addFileAttachmentFromBase64Async!("aGVsbG8=", "a.zip", cb));
  expect(mailbox.item.attachments.map((a) => a.id)).toEqual([second.value]);
});

test("succeedWithoutEffectNext on bcc.addAsync: Succeeded, BCC unchanged", async () => {
  const mailbox = createSimulatedMailbox({ bcc: ["x@example.com"] });
  const item = officeFor(mailbox).context.mailbox.item;
  mailbox.succeedWithoutEffectNext("bcc.addAsync");
  const r = await result<void>((cb) => item.bcc.addAsync(["y@example.com"], cb));
  expect(r.status).toBe("succeeded");
  expect(mailbox.item.bcc.map((b) => b.emailAddress)).toEqual(["x@example.com"]);
});

test("misreportNext: one listing shows the last attachment with another name, size and id; the next is true", async () => {
  const mailbox = createSimulatedMailbox({ attachments: [{ id: "a", name: "a.txt", contentBase64: "aGVsbG8=" }, { id: "b", name: "b.zip", contentBase64: "aGVsbG8=" }] });
  const item = officeFor(mailbox).context.mailbox.item;
  mailbox.misreportNext({ name: "b (1).zip", sizeDelta: 7, id: "other" });
  const list = () => result<Office.AttachmentDetailsCompose[]>((cb) => item.getAttachmentsAsync!(cb));
  expect((await list()).value.map((a) => [a.id, a.name, a.size])).toEqual([["a", "a.txt", 5], ["other", "b (1).zip", 12]]);
  expect((await list()).value.map((a) => [a.id, a.name, a.size])).toEqual([["a", "a.txt", 5], ["b", "b.zip", 5]]);
});

test("haltAfterCalls: calls up to the n-th act but never call back, later calls neither act nor answer; pressSend reports halted; restartRuntime answers again", async () => {
  const mailbox = createSimulatedMailbox();
  const item = officeFor(mailbox).context.mailbox.item;
  mailbox.haltAfterCalls(2);
  const answered: string[] = [];
  item.to.addAsync(["one@example.com"], () => answered.push("one"));
  item.to.addAsync(["two@example.com"], () => answered.push("two"));
  item.to.addAsync(["three@example.com"], () => answered.push("three"));
  await mailbox.whenHalted();
  await new Promise((r) => setTimeout(r, 20));
  expect(mailbox.halted).toBe(true);
  // The runtime ended right after issuing call 2: even call 1's answer finds nobody.
  expect(answered).toEqual([]);
  expect(mailbox.item.to.map((r) => r.emailAddress)).toEqual(["one@example.com", "two@example.com"]);
  expect(mailbox.calls.map((c) => c.outcome)).toEqual(["ok (no callback: runtime ended)", "ok (no callback: runtime ended)", "runtime ended"]);

  mailbox.actions.set("onMessageSendHandler", () => item.subject.getAsync(() => undefined));
  const out = await pressSend(mailbox);
  expect(out).toMatchObject({ allowed: false, halted: true });
  expect(mailbox.sent).toHaveLength(0);

  mailbox.restartRuntime();
  const again = await result<Office.EmailAddressDetails[]>((cb) => item.to.getAsync(cb));
  expect(again.value).toHaveLength(2);
});
