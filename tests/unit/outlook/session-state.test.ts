import { createSimulatedMailbox, installSimulatedOffice } from "../../../src/playground/simulated-outlook";
import { loadState, saveState, SessionStateTooLargeError, SessionStateUnreadableError } from "../../../src/outlook/session-state";
import { confirmUnlessSeen } from "../../../src/core/review/check";

describe("the item's session state", () => {
  const mailbox = createSimulatedMailbox({});
  const installation = installSimulatedOffice(globalThis, mailbox);
  afterAll(() => installation.uninstall());
  const item = () => Office.context.mailbox.item as Office.MessageCompose;

  test("round-trips what the handler keeps", async () => {
    await saveState(item(), { confirmed: ["ext:a@b.jp"], steps: { x: { y: 1 } }, lastReview: { verdict: "confirm", message: "m", at: 5 } });
    expect(await loadState(item())).toEqual({ confirmed: ["ext:a@b.jp"], failedAt: undefined, steps: { x: { y: 1 } }, lastReview: { verdict: "confirm", message: "m", at: 5 } });
  });

  test("too many confirmed keys for Outlook's 50,000 characters: saved in short form, and still recognised as seen", async () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `zip:attachment-id-${i}:some-long-file-name-${i}.pdf`);
    expect(JSON.stringify(keys).length).toBeGreaterThan(50_000);
    await saveState(item(), { confirmed: keys, steps: { protectAttachments: { password: "kept" } } });
    const raw = mailbox.item.sessionData.get("outboundGuard.state") ?? "";
    expect(raw.length).toBeLessThanOrEqual(50_000);
    const loaded = await loadState(item());
    expect(loaded.steps).toEqual({ protectAttachments: { password: "kept" } });
    expect(confirmUnlessSeen(loaded, keys)).toBe("allow");
    expect(confirmUnlessSeen(loaded, [...keys, "zip:new:file.pdf"])).toBe("confirm");
  });

  test("far too many: the confirmed keys are dropped (everything asks again), never the steps' memory", async () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `zip:attachment-id-${i}:some-long-file-name-${i}.pdf`);
    await saveState(item(), { confirmed: keys, steps: { protectAttachments: { password: "kept" } } });
    const loaded = await loadState(item());
    expect(loaded.confirmed).toEqual([]);
    expect(loaded.steps).toEqual({ protectAttachments: { password: "kept" } });
  });

  test("a state whose steps alone exceed the limit is refused by name, before Outlook is asked, and the old one stays", async () => {
    await saveState(item(), { confirmed: ["ext:a@b.jp"] });
    const before = mailbox.calls.filter((c) => c.call === "sessionData.setAsync").length;
    const huge = { confirmed: [], steps: { x: "y".repeat(60_000) } };
    await expect(saveState(item(), huge)).rejects.toThrow(SessionStateTooLargeError);
    expect(mailbox.calls.filter((c) => c.call === "sessionData.setAsync").length).toBe(before);
    expect((await loadState(item())).confirmed).toEqual(["ext:a@b.jp"]);
  });

  test("a damaged or foreign value reads as no state rather than failing the Send", async () => {
    mailbox.item.sessionData.set("outboundGuard.state", "{not json");
    expect(await loadState(item())).toEqual({ confirmed: [] });
  });

  // The reference documents no error for a key never set (learn.microsoft.com/javascript/api/outlook/office.sessiondata):
  // an ordinary failure of getAsync is "no record" only when getAllAsync lists no such key.
  test("getAsync fails with an ordinary error and getAllAsync too: refused as unreadable, never read as an empty state", async () => {
    await saveState(item(), { confirmed: [], steps: { protectAttachments: { password: "kept" } } });
    mailbox.failNext("sessionData.getAsync", "InternalServerError");
    mailbox.failNext("sessionData.getAllAsync", "InternalServerError");
    await expect(loadState(item())).rejects.toThrow(SessionStateUnreadableError);
  });

  test("getAsync fails with an ordinary error, getAllAsync holds the key: the record is read from it", async () => {
    await saveState(item(), { confirmed: [], steps: { protectAttachments: { password: "kept" } } });
    mailbox.failNext("sessionData.getAsync", "InternalServerError");
    expect((await loadState(item())).steps).toEqual({ protectAttachments: { password: "kept" } });
  });

  test("KeyNotFound is no record yet, without asking getAllAsync", async () => {
    mailbox.item.sessionData.delete("outboundGuard.state");
    const before = mailbox.calls.filter((c) => c.call === "sessionData.getAllAsync").length;
    expect(await loadState(item())).toEqual({ confirmed: [] });
    expect(mailbox.calls.filter((c) => c.call === "sessionData.getAllAsync").length).toBe(before);
  });
});
