/**
 * The simulator's test-only faults (mailbox.ts): a success without effect, a read-back that
 * differs, a silent runtime end, and a hang. Each is honest about what happened at the host.
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
  // The ended runtime stays dead: a call it makes later (a timer firing in this one JS process) neither acts nor answers.
  let oldAnswered = false;
  item.to.addAsync(["four@example.com"], () => (oldAnswered = true));
  await new Promise((r) => setTimeout(r, 20));
  expect(oldAnswered).toBe(false);
  expect(mailbox.item.to).toHaveLength(2);
  expect(mailbox.calls[mailbox.calls.length - 1].outcome).toBe("runtime ended");
  // A fresh installation is the new runtime: it answers.
  const fresh = officeFor(mailbox).context.mailbox.item;
  const again = await result<Office.EmailAddressDetails[]>((cb) => fresh.to.getAsync(cb));
  expect(again.value).toHaveLength(2);
});

test("hangNext: the call reaches the host and acts, its callback never comes; whenIdle does not wait for it; the next call answers", async () => {
  const mailbox = createSimulatedMailbox();
  const item = officeFor(mailbox).context.mailbox.item;
  mailbox.hangNext("to.addAsync");
  expect(mailbox.pendingHangs()).toEqual([{ call: "to.addAsync", acts: true }]);
  let answered = false;
  item.to.addAsync(["one@example.com"], () => (answered = true));
  await mailbox.whenIdle();
  await new Promise((r) => setTimeout(r, 20));
  expect(answered).toBe(false);
  expect(mailbox.item.to.map((r) => r.emailAddress)).toEqual(["one@example.com"]);
  expect(mailbox.calls[0].outcome).toBe("ok (no callback: hang)");
  expect(mailbox.concurrency.inFlight).toBe(0);
  expect(mailbox.pendingHangs()).toEqual([]);
  const next = await result<void>((cb) => item.to.addAsync(["two@example.com"], cb));
  expect(next.status).toBe("succeeded");
});

test("hangNext with acts: false: nothing happens at the host and nothing answers", async () => {
  const mailbox = createSimulatedMailbox({ attachments: [{ id: "a", name: "a.txt", contentBase64: "aGVsbG8=" }] });
  const item = officeFor(mailbox).context.mailbox.item;
  mailbox.hangNext("removeAttachmentAsync", { acts: false });
  let answered = false;
  item.removeAttachmentAsync("a", () => (answered = true));
  await mailbox.whenIdle();
  await new Promise((r) => setTimeout(r, 20));
  expect(answered).toBe(false);
  expect(mailbox.item.attachments.map((a) => a.id)).toEqual(["a"]);
  expect(mailbox.calls[0].outcome).toBe("hang: no effect, no callback");
  expect(() => mailbox.hangNext("nope" as never)).toThrow(/unknown call name/);
});
