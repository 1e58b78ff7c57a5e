import { createSimulatedMailbox } from "../../../src/playground/simulated-outlook";
import { addresses, officeFor, result } from "./helpers";

describe("recipients", () => {
  test("getAsync returns EmailAddressDetails; strings with display names are resolved", async () => {
    const mailbox = createSimulatedMailbox({ to: ['"Yamada, Taro" <t.yamada@Example.CO.JP>', "b@partner.com"] });
    const item = officeFor(mailbox).context.mailbox.item;
    const r = await result<Office.EmailAddressDetails[]>((cb) => item.to.getAsync(cb));
    expect(r.value).toEqual([
      { displayName: "Yamada, Taro", emailAddress: "t.yamada@Example.CO.JP", recipientType: "other", appointmentResponse: "none" },
      { displayName: "b@partner.com", emailAddress: "b@partner.com", recipientType: "other", appointmentResponse: "none" },
    ]);
  });

  test("addAsync appends strings and EmailAddressDetails; setAsync replaces", async () => {
    const mailbox = createSimulatedMailbox({ cc: ["a@example.co.jp"] });
    const item = officeFor(mailbox).context.mailbox.item;
    await result((cb) => item.cc.addAsync(["b@example.co.jp", { emailAddress: "c@example.co.jp", displayName: "C" }], cb));
    expect(mailbox.item.cc.map((r) => r.emailAddress)).toEqual(["a@example.co.jp", "b@example.co.jp", "c@example.co.jp"]);
    await result((cb) => item.cc.setAsync(["z@example.co.jp"], cb));
    expect(mailbox.item.cc.map((r) => r.emailAddress)).toEqual(["z@example.co.jp"]);
  });

  test("100 recipients in one call are accepted", async () => {
    const mailbox = createSimulatedMailbox();
    const item = officeFor(mailbox).context.mailbox.item;
    const r = await result((cb) => item.bcc.addAsync(addresses(100), cb));
    expect(r.status).toBe("succeeded");
    expect(mailbox.item.bcc).toHaveLength(100);
  });

  test("101 in one call: Office.js throws Sys.ArgumentOutOfRangeException and nothing changes", () => {
    const mailbox = createSimulatedMailbox();
    const item = officeFor(mailbox).context.mailbox.item;
    const callback = jest.fn();
    expect(() => item.to.setAsync(addresses(101), callback)).toThrow(/Sys.ArgumentOutOfRangeException[\s\S]*Parameter name: recipients[\s\S]*Actual value was 101/);
    expect(callback).not.toHaveBeenCalled();
    expect(mailbox.item.to).toEqual([]);
  });

  test("101 in one call, documented style: NumberOfRecipientsExceeded (9012) in the AsyncResult", async () => {
    const mailbox = createSimulatedMailbox({ argumentErrors: "async" });
    const item = officeFor(mailbox).context.mailbox.item;
    const r = await result((cb) => item.cc.addAsync(addresses(101), cb));
    expect(r.status).toBe("failed");
    expect(r.error.name).toBe("NumberOfRecipientsExceeded");
    expect(r.error.code).toBe(9012);
    expect(mailbox.item.cc).toEqual([]);
  });

  test("a field holds at most 500: the sixth batch of 100 fails with NumberOfRecipientsExceeded", async () => {
    const mailbox = createSimulatedMailbox();
    const item = officeFor(mailbox).context.mailbox.item;
    for (let batch = 0; batch < 5; batch += 1) {
      const ok = await result((cb) => item.to.addAsync(addresses(100, `d${batch}.example.com`), cb));
      expect(ok.status).toBe("succeeded");
    }
    const over = await result((cb) => item.to.addAsync(["one.more@example.com"], cb));
    expect(over.error).toEqual({ name: "NumberOfRecipientsExceeded", code: 9012, message: "The total number of recipients in the field can't exceed 500." });
    expect(mailbox.item.to).toHaveLength(500);
  });

  test("from.getAsync gives the sender", async () => {
    const mailbox = createSimulatedMailbox({ from: "Taro <taro@example.co.jp>" });
    const item = officeFor(mailbox).context.mailbox.item;
    const r = await result<Office.EmailAddressDetails>((cb) => item.from!.getAsync(cb));
    expect(r.value.emailAddress).toBe("taro@example.co.jp");
    expect(r.value.displayName).toBe("Taro");
  });
});
