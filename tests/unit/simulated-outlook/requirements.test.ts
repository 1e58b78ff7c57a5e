import { createSimulatedMailbox } from "../../../src/playground/simulated-outlook";
import { officeFor, result } from "./helpers";

describe("requirement sets", () => {
  test("isSetSupported answers from the configured Mailbox version", () => {
    const office = officeFor(createSimulatedMailbox({ mailboxVersion: "1.13" }));
    const { isSetSupported } = office.context.requirements;
    expect(isSetSupported("Mailbox", "1.12")).toBe(true);
    expect(isSetSupported("mailbox", "1.13")).toBe(true);
    expect(isSetSupported("Mailbox", "1.14")).toBe(false);
    expect(isSetSupported("Mailbox", "1.3")).toBe(true);
    expect(isSetSupported("Mailbox")).toBe(true);
    expect(isSetSupported("IdentityAPI", "1.3")).toBe(false);
  });

  test("calls newer than the client are absent, like on an old client", () => {
    const at112 = officeFor(createSimulatedMailbox({ mailboxVersion: "1.12" })).context.mailbox.item;
    expect(at112.delayDeliveryTime).toBeUndefined();
    expect(at112.sessionData).toBeDefined();
    const at113 = officeFor(createSimulatedMailbox({ mailboxVersion: "1.13" })).context.mailbox.item;
    expect(typeof at113.delayDeliveryTime?.setAsync).toBe("function");
    const at110 = officeFor(createSimulatedMailbox({ mailboxVersion: "1.10" })).context.mailbox.item;
    expect(at110.sessionData).toBeUndefined();
    const at17 = officeFor(createSimulatedMailbox({ mailboxVersion: "1.7" })).context.mailbox.item;
    expect(at17.getAttachmentsAsync).toBeUndefined();
    expect(at17.internetHeaders).toBeUndefined();
    expect(typeof at17.from?.getAsync).toBe("function");
  });

  test("delayDeliveryTime reads 0 until set, then the date", async () => {
    const mailbox = createSimulatedMailbox({ mailboxVersion: "1.13" });
    const ddt = officeFor(mailbox).context.mailbox.item.delayDeliveryTime!;
    expect((await result<Date | number>((cb) => ddt.getAsync(cb))).value).toBe(0);
    const when = new Date("2030-01-02T03:04:05Z");
    await result((cb) => ddt.setAsync(when, cb));
    expect(((await result<Date | number>((cb) => ddt.getAsync(cb))).value as Date).toISOString()).toBe(when.toISOString());
  });

  test("settings reach Office.context", () => {
    const office = officeFor(
      createSimulatedMailbox({ displayLanguage: "en-US", from: "Hanako <hanako@example.co.jp>", mailboxVersion: "1.14" }),
    );
    expect(office.context.displayLanguage).toBe("en-US");
    expect(office.context.mailbox.userProfile.emailAddress).toBe("hanako@example.co.jp");
    expect(office.context.mailbox.userProfile.displayName).toBe("Hanako");
    expect(office.AsyncResultStatus.Succeeded).toBe("succeeded");
    expect(office.MailboxEnums.SendModeOverride.PromptUser).toBe("promptUser");
    expect(office.context.mailbox.item.itemType).toBe("message");
  });
});
