/**
 * A Send from a shared mailbox (or a delegated folder) where Outlook refuses APIs with
 * APINotSupportedForSharedFolders (9055, Office.js's own error table). Microsoft documents the
 * scenario (https://learn.microsoft.com/office/dev/add-ins/outlook/delegate-access) but not which
 * APIs refuse; here sessionData (the per-message memory) and internetHeaders (the audit header)
 * do. The check still runs and completes; the alert names, in the user's language, each check
 * that could not run, never Outlook's generic failure.
 */
import { AUDIT_HEADER_NAME } from "../../../src/core/audit/audit-header";
import type { ApiCallName } from "../../../src/playground/simulated-outlook";
import { COMPANY_POLICY, startHarness, type Harness } from "./send-harness";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

const SESSION_AND_HEADERS: ApiCallName[] = [
  "sessionData.getAsync",
  "sessionData.setAsync",
  "sessionData.getAllAsync",
  "sessionData.removeAsync",
  "sessionData.clearAsync",
  "internetHeaders.getAsync",
  "internetHeaders.setAsync",
  "internetHeaders.removeAsync",
];

describe("shared mailbox: sessionData and internetHeaders refused with 9055", () => {
  test("Japanese: the external-recipient check still stops the Send, and says which two checks could not run", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], displayLanguage: "ja-JP", mailboxVersion: "1.14", sharedFolder: { refuses: SESSION_AND_HEADERS } });
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const out = await h.send({ userChoice: "sendAnyway" });
    warn.mockRestore();
    expect(out.handlerError).toBeUndefined();
    const text = out.options?.errorMessage ?? "";
    expect(text).toContain("suzuki@partner.co.jp"); // the check itself ran
    expect(text).toContain("共有メールボックスのため、Outlook がこのメールの記録を拒否しました。確認は送信のたびにたずねられ");
    expect(text).toContain("共有メールボックスのため、Outlook が監査ヘッダーを拒否しました。");
    expect(text).not.toMatch(/確認できませんでした|APINotSupported|9055|sessionData|internetHeaders/);
    // Still the user's choice: Send anyway (Mailbox 1.14), and it leaves, without the header.
    expect(out.options?.sendModeOverride).toBe("promptUser");
    expect(out.allowed).toBe(true);
    expect(out.sentMessage?.internetHeaders[AUDIT_HEADER_NAME]).toBeUndefined();
    // Refused on reading (this message's state, then the thread's people), the memory is not written at all.
    const refused = h.mailbox.calls.filter((c) => c.outcome === "APINotSupportedForSharedFolders").map((c) => c.call);
    expect(refused).toEqual(["sessionData.getAsync", "sessionData.getAsync", "internetHeaders.setAsync"]);
    expect(h.mailbox.calls.some((c) => c.call === "sessionData.setAsync")).toBe(false);
  });

  test("English: the supervisor is still added to BCC and the lines are in English", async () => {
    h = startHarness({ to: ["buyer@globex.com"], displayLanguage: "en-US", sharedFolder: { refuses: SESSION_AND_HEADERS } }, COMPANY_POLICY);
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const out = await h.send();
    warn.mockRestore();
    const text = out.options?.errorMessage ?? "";
    expect(h.mailbox.item.bcc.map((r) => r.emailAddress)).toEqual(["compliance@example.co.jp"]);
    expect(text).toContain("Shared mailbox: Outlook refused this message's memory, so confirmations are asked again at each Send");
    expect(text).toContain("Shared mailbox: Outlook refused the audit header;");
    expect(text).not.toMatch(/could not check this message/);
  });

  test("an internal message with nothing to confirm is sent, not stopped by the refusals", async () => {
    h = startHarness({ to: ["hanako@example.co.jp"], sharedFolder: { refuses: SESSION_AND_HEADERS } });
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const out = await h.send();
    warn.mockRestore();
    expect(out.allowed).toBe(true);
    expect(out.options?.allowEvent).toBe(true);
  });

  test("only the headers refused: the memory works, one line names the audit header", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], displayLanguage: "en-US", sharedFolder: { refuses: ["internetHeaders.setAsync"] } });
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const out = await h.send();
    warn.mockRestore();
    const text = out.options?.errorMessage ?? "";
    expect(text).toContain("Shared mailbox: Outlook refused the audit header;");
    expect(text).not.toContain("message's memory");
    expect(h.mailbox.item.sessionData.has("outboundGuard.state")).toBe(true);
  });
});
