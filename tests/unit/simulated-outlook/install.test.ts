import * as vm from "node:vm";
import { createSimulatedMailbox, installSimulatedOffice, pressSend } from "../../../src/playground/simulated-outlook";

/** A tiny DOM-less "bundle": registers at top level and uses only Office.* and callbacks. */
const BUNDLE = `
  function onMessageSendHandler(event) {
    var item = Office.context.mailbox.item;
    item.to.getAsync(function (r) {
      if (r.status !== Office.AsyncResultStatus.Succeeded) { event.completed({ allowEvent: false, errorMessage: r.error.name }); return; }
      var external = r.value.filter(function (x) { return !/@example\\.co\\.jp$/i.test(x.emailAddress); });
      if (external.length === 0) { event.completed({ allowEvent: true }); return; }
      item.bcc.addAsync(["boss@example.co.jp"], function () {
        var opts = { allowEvent: false, errorMessage: Office.context.displayLanguage + ": " + external[0].emailAddress };
        if (Office.context.requirements.isSetSupported("Mailbox", "1.14")) opts.sendModeOverride = Office.MailboxEnums.SendModeOverride.PromptUser;
        event.completed(opts);
      });
    });
  }
  Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
`;

describe("installSimulatedOffice", () => {
  test("an unmodified bundle runs in a vm context with no DOM and is driven by pressSend", async () => {
    const mailbox = createSimulatedMailbox({ to: ["a@example.co.jp", "x@partner.com"], displayLanguage: "en-US", mailboxVersion: "1.14" });
    const context = vm.createContext({});
    installSimulatedOffice(context, mailbox);
    vm.runInContext(BUNDLE, context);
    expect(vm.runInContext("typeof window + typeof document", context)).toBe("undefinedundefined");
    const out = await pressSend(mailbox);
    expect(out.dialog?.message).toBe("en-US: x@partner.com");
    expect(out.options?.sendModeOverride).toBe("promptUser");
    expect(mailbox.item.bcc.map((r) => r.emailAddress)).toEqual(["boss@example.co.jp"]);
  });

  test("OfficeRuntime.storage keeps strings and answers with promises; uninstall removes the globals", async () => {
    const mailbox = createSimulatedMailbox();
    const target: Record<string, unknown> = {};
    const installation = installSimulatedOffice(target, mailbox);
    const storage = installation.OfficeRuntime.storage;
    expect(await storage.getItem("k")).toBeNull();
    await storage.setItem("k", "v");
    expect(await storage.getItem("k")).toBe("v");
    expect(mailbox.runtimeStorage.get("k")).toBe("v");
    await storage.removeItem("k");
    expect(await storage.getItem("k")).toBeNull();
    expect(target.Office).toBe(installation.Office);
    installation.uninstall();
    expect(target.Office).toBeUndefined();
    expect(target.OfficeRuntime).toBeUndefined();
  });

  test("Office.onReady resolves with the host", async () => {
    const office = installSimulatedOffice({}, createSimulatedMailbox()).Office;
    await expect(office.onReady()).resolves.toEqual({ host: "Outlook", platform: "OfficeOnline" });
  });
});
