import { createSimulatedMailbox, installSimulatedOffice } from "../../../src/playground/simulated-outlook";
import { loadState, saveState, SessionStateTooLargeError } from "../../../src/outlook/session-state";

describe("the item's session state", () => {
  const mailbox = createSimulatedMailbox({});
  const installation = installSimulatedOffice(globalThis, mailbox);
  afterAll(() => installation.uninstall());
  const item = () => Office.context.mailbox.item as Office.MessageCompose;

  test("round-trips what the handler keeps", async () => {
    await saveState(item(), { confirmed: ["ext:a@b.jp"], steps: { x: { y: 1 } }, lastReview: { verdict: "confirm", message: "m", at: 5 } });
    expect(await loadState(item())).toEqual({ confirmed: ["ext:a@b.jp"], failedAt: undefined, steps: { x: { y: 1 } }, lastReview: { verdict: "confirm", message: "m", at: 5 } });
  });

  test("a state over Outlook's 50,000 characters is refused by name, before Outlook is asked, and the old one stays", async () => {
    const before = mailbox.calls.filter((c) => c.call === "sessionData.setAsync").length;
    const huge = { confirmed: Array.from({ length: 3000 }, (_, i) => `zip:attachment-id-${i}:some-long-file-name-${i}.pdf`) };
    await expect(saveState(item(), huge)).rejects.toThrow(SessionStateTooLargeError);
    await expect(saveState(item(), huge)).rejects.toThrow(/too large for Outlook \(\d+ of 50000 characters/);
    expect(mailbox.calls.filter((c) => c.call === "sessionData.setAsync").length).toBe(before);
    expect((await loadState(item())).confirmed).toEqual(["ext:a@b.jp"]);
  });

  test("a damaged or foreign value reads as no state rather than failing the Send", async () => {
    mailbox.item.sessionData.set("outboundGuard.state", "{not json");
    expect(await loadState(item())).toEqual({ confirmed: [] });
  });
});
