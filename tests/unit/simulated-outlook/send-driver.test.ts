import { createSimulatedMailbox, pressSend, SendDriverError, type SimulatedMailbox } from "../../../src/playground/simulated-outlook";
import { officeFor } from "./helpers";

type Handler = (event: { completed(options?: Office.SmartAlertsEventCompletedOptions): void }) => void;

function withHandler(mailbox: SimulatedMailbox, handler: Handler, name = "onMessageSendHandler") {
  officeFor(mailbox).actions.associate(name, handler as (arg?: unknown) => void);
  return mailbox;
}

describe("pressSend", () => {
  test("allowEvent true sends, with no dialog, and records what left", async () => {
    const mailbox = withHandler(createSimulatedMailbox({ to: ["a@example.co.jp"] }), (e) => setTimeout(() => e.completed({ allowEvent: true }), 1));
    const out = await pressSend(mailbox);
    expect(out.allowed).toBe(true);
    expect(out.dialog).toBeUndefined();
    expect(mailbox.sent).toHaveLength(1);
    expect(mailbox.sent[0].to[0].emailAddress).toBe("a@example.co.jp");
  });

  test("allowEvent false under SoftBlock: the dialog shows the message and offers no Send Anyway", async () => {
    const mailbox = withHandler(createSimulatedMailbox(), (e) => e.completed({ allowEvent: false, errorMessage: "外部宛先があります" }));
    const out = await pressSend(mailbox, { userChoice: "sendAnyway" });
    expect(out.allowed).toBe(false);
    expect(out.dialog).toEqual({ sendMode: "softBlock", message: "外部宛先があります", markdown: false, buttons: ["Don't Send"] });
    expect(mailbox.sent).toHaveLength(0);
  });

  test("sendModeOverride promptUser on 1.14: the user may Send Anyway", async () => {
    const handler: Handler = (e) => e.completed({ allowEvent: false, errorMessage: "confirm", sendModeOverride: "promptUser" });
    const sent = await pressSend(withHandler(createSimulatedMailbox({ mailboxVersion: "1.14" }), handler), { userChoice: "sendAnyway" });
    expect(sent.dialog?.sendMode).toBe("promptUser");
    expect(sent.dialog?.buttons).toContain("Send Anyway");
    expect(sent.allowed).toBe(true);
    const kept = await pressSend(withHandler(createSimulatedMailbox({ mailboxVersion: "1.14" }), handler), { userChoice: "dontSend" });
    expect(kept.allowed).toBe(false);
  });

  test("on 1.12, 1.14/1.15 options are ignored but recorded as passed", async () => {
    const mailbox = withHandler(createSimulatedMailbox({ mailboxVersion: "1.12" }), (e) =>
      e.completed({ allowEvent: false, errorMessage: "plain", errorMessageMarkdown: "**md**", sendModeOverride: "promptUser", cancelLabel: "Fix" }),
    );
    const out = await pressSend(mailbox, { userChoice: "sendAnyway" });
    expect(out.ignoredOptions.sort()).toEqual(["cancelLabel", "errorMessageMarkdown", "sendModeOverride"]);
    expect(out.options?.sendModeOverride).toBe("promptUser");
    expect(out.dialog?.sendMode).toBe("softBlock");
    expect(out.dialog?.message).toBe("plain");
    expect(out.allowed).toBe(false);
  });

  test("on 1.15 the Markdown message is the one shown", async () => {
    const mailbox = withHandler(createSimulatedMailbox({ mailboxVersion: "1.15" }), (e) =>
      e.completed({ allowEvent: false, errorMessage: "plain", errorMessageMarkdown: "**md**" }),
    );
    const out = await pressSend(mailbox);
    expect(out.dialog).toMatchObject({ message: "**md**", markdown: true });
    expect(out.ignoredOptions).toEqual([]);
  });

  test("errorMessage over 500 characters and cancelLabel over 20 are refused", async () => {
    const long = withHandler(createSimulatedMailbox(), (e) => e.completed({ allowEvent: false, errorMessage: "x".repeat(501) }));
    await expect(pressSend(long)).rejects.toThrow(/InvalidCompletedOptions: errorMessage is 501 characters/);
    const exact = withHandler(createSimulatedMailbox(), (e) => e.completed({ allowEvent: false, errorMessage: "x".repeat(500) }));
    await expect(pressSend(exact)).resolves.toMatchObject({ allowed: false });
    const label = withHandler(createSimulatedMailbox({ mailboxVersion: "1.14" }), (e) =>
      e.completed({ allowEvent: false, cancelLabel: "This label is far too long" }),
    );
    await expect(pressSend(label)).rejects.toThrow(/cancelLabel must be a string of at most 20/);
  });

  test("completing twice fails clearly", async () => {
    const mailbox = withHandler(createSimulatedMailbox(), (e) => {
      e.completed({ allowEvent: true });
      setTimeout(() => e.completed({ allowEvent: false }), 5);
    });
    const error = await pressSend(mailbox).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SendDriverError);
    expect((error as SendDriverError).kind).toBe("CompletedTwice");
    expect(mailbox.sent).toHaveLength(0);
  });

  test("a handler that never completes times out, naming its own error", async () => {
    const mailbox = withHandler(createSimulatedMailbox(), () => {
      throw new Error("boom");
    });
    const error = (await pressSend(mailbox, { timeoutMs: 80 }).catch((e: unknown) => e)) as SendDriverError;
    expect(error.kind).toBe("Timeout");
    expect(error.message).toMatch(/within 80 ms.*boom/);
  });

  test("the handler name is configurable; a missing one fails clearly; below 1.12 there is no Smart Alerts", async () => {
    const mailbox = withHandler(createSimulatedMailbox(), (e) => e.completed({ allowEvent: true }), "myHandler");
    await expect(pressSend(mailbox)).rejects.toThrow(/NoHandler.*onMessageSendHandler.*myHandler/);
    await expect(pressSend(mailbox, { handlerName: "myHandler" })).resolves.toMatchObject({ allowed: true });
    const old = withHandler(createSimulatedMailbox({ mailboxVersion: "1.11" }), (e) => e.completed({ allowEvent: true }));
    await expect(pressSend(old)).rejects.toThrow(/Unsupported: OnMessageSend needs Mailbox 1.12/);
  });
});
