import { createSimulatedMailbox, sessionDataLength } from "../../../src/playground/simulated-outlook";
import { officeFor, result } from "./helpers";

describe("sessionData", () => {
  test("set, get, getAll, remove, clear", async () => {
    const mailbox = createSimulatedMailbox();
    const sd = officeFor(mailbox).context.mailbox.item.sessionData!;
    await result((cb) => sd.setAsync("k", "v1", cb));
    await result((cb) => sd.setAsync("j", "v2", cb));
    expect((await result<string>((cb) => sd.getAsync("k", cb))).value).toBe("v1");
    expect((await result<object>((cb) => sd.getAllAsync(cb))).value).toEqual({ k: "v1", j: "v2" });
    await result((cb) => sd.removeAsync("k", cb));
    const gone = await result<string>((cb) => sd.getAsync("k", cb));
    expect(gone.error).toMatchObject({ name: "KeyNotFound", code: 9050 });
    await result((cb) => sd.clearAsync(cb));
    expect(mailbox.item.sessionData.size).toBe(0);
  });

  test("the whole object is limited to 50,000 characters up to Mailbox 1.15", async () => {
    const mailbox = createSimulatedMailbox({ mailboxVersion: "1.15" });
    const sd = officeFor(mailbox).context.mailbox.item.sessionData!;
    const overhead = sessionDataLength(new Map([["state", ""]]));
    const fits = await result((cb) => sd.setAsync("state", "x".repeat(50_000 - overhead), cb));
    expect(fits.status).toBe("succeeded");
    const over = await result((cb) => sd.setAsync("state", "x".repeat(50_000 - overhead + 1), cb));
    expect(over.error).toEqual({
      name: "SessionObjectMaxLengthExceeded",
      code: 9051,
      message: "The 'sessionData' object surpassed its maximum length of '50000' characters.",
    });
    expect(mailbox.item.sessionData.get("state")).toHaveLength(50_000 - overhead);
  });

  test("Mailbox 1.16 raises the limit to 2,621,440 characters", async () => {
    const mailbox = createSimulatedMailbox({ mailboxVersion: "1.16" });
    const sd = officeFor(mailbox).context.mailbox.item.sessionData!;
    expect((await result((cb) => sd.setAsync("big", "x".repeat(60_000), cb))).status).toBe("succeeded");
    expect(mailbox.limits.sessionDataChars).toBe(2_621_440);
  });
});
