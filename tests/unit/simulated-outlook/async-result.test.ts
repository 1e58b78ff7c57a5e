import { createSimulatedMailbox, outlookError } from "../../../src/playground/simulated-outlook";
import { officeFor, result } from "./helpers";

describe("asynchronous AsyncResult delivery", () => {
  test("the callback runs after the call has returned, never inside it", async () => {
    const mailbox = createSimulatedMailbox({ subject: "Hello" });
    const item = officeFor(mailbox).context.mailbox.item;
    const order: string[] = [];
    const done = new Promise<void>((resolve) =>
      item.subject.getAsync(() => {
        order.push("callback");
        resolve();
      }),
    );
    order.push("returned");
    await done;
    expect(order).toEqual(["returned", "callback"]);
  });

  test("success has status 'succeeded' and the value, no error; asyncContext only when given", async () => {
    const mailbox = createSimulatedMailbox({ subject: "件名" });
    const item = officeFor(mailbox).context.mailbox.item;
    const plain = await result<string>((cb) => item.subject.getAsync(cb));
    expect(plain.status).toBe("succeeded");
    expect(plain.value).toBe("件名");
    expect("error" in plain).toBe(false);
    expect("asyncContext" in plain).toBe(false);
    const withContext = await result<string>((cb) => item.subject.getAsync({ asyncContext: { n: 1 } }, cb));
    expect(withContext.asyncContext).toEqual({ n: 1 });
  });

  test("failNext makes exactly the next call of that API fail with the real error shape", async () => {
    const mailbox = createSimulatedMailbox({ to: ["a@example.co.jp"] });
    const item = officeFor(mailbox).context.mailbox.item;
    mailbox.failNext("to.getAsync", "NetworkError");
    const first = await result<Office.EmailAddressDetails[]>((cb) => item.to.getAsync(cb));
    expect(first.status).toBe("failed");
    expect(first.value).toBeUndefined();
    expect(first.error).toEqual({
      name: "NetworkError",
      code: 9041,
      message: "The user is no longer connected to the network. Please check your network connection and try again.",
    });
    const cc = await result((cb) => item.cc.getAsync(cb));
    expect(cc.status).toBe("succeeded");
    const second = await result<Office.EmailAddressDetails[]>((cb) => item.to.getAsync(cb));
    expect(second.status).toBe("succeeded");
    expect(second.value.map((r) => r.emailAddress)).toEqual(["a@example.co.jp"]);
  });

  test("an injected failure of a setter leaves the state unchanged", async () => {
    const mailbox = createSimulatedMailbox();
    const item = officeFor(mailbox).context.mailbox.item;
    mailbox.failNext("bcc.addAsync", outlookError("InternalServerError"));
    const r = await result((cb) => item.bcc.addAsync(["boss@example.co.jp"], cb));
    expect(r.error.code).toBe(9042);
    expect(mailbox.item.bcc).toEqual([]);
  });

  test("failNext refuses an unknown call or error name", () => {
    const mailbox = createSimulatedMailbox();
    expect(() => mailbox.failNext("to.sendAsync" as never, "NetworkError")).toThrow(/unknown call name/);
    expect(() => mailbox.failNext("to.getAsync", "NoSuchError" as never)).toThrow(/unknown Outlook error/);
  });

  test("latency delays the callback by the configured time", async () => {
    const mailbox = createSimulatedMailbox({ latencyMs: (call) => (call === "body.getAsync" ? 60 : 0) });
    const item = officeFor(mailbox).context.mailbox.item;
    const started = Date.now();
    await result((cb) => item.body.getAsync!("text", cb));
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  test("a getter without a callback throws like Office.js; calls are logged", () => {
    const mailbox = createSimulatedMailbox();
    const item = officeFor(mailbox).context.mailbox.item;
    expect(() => (item.to.getAsync as unknown as () => void)()).toThrow(/Sys.ArgumentNullException/);
    expect(mailbox.calls.at(-1)).toMatchObject({ call: "to.getAsync", outcome: "threw: Sys.ArgumentNullException" });
  });

  test("an exception in the add-in's callback is recorded, not lost", async () => {
    const mailbox = createSimulatedMailbox();
    const item = officeFor(mailbox).context.mailbox.item;
    item.subject.getAsync(() => {
      throw new Error("bug in add-in");
    });
    await mailbox.whenIdle();
    expect(mailbox.callbackErrors).toHaveLength(1);
    expect(String(mailbox.callbackErrors[0])).toContain("bug in add-in");
  });
});
