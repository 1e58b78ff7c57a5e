import { addresses, COMPANY_POLICY, startHarness, type Harness } from "./send-harness";

let h: Harness | undefined;
afterEach(() => h?.uninstall());

describe("OnMessageSend on the simulated mailbox", () => {
  test("external recipient: stops with a Japanese alert by domain, adds the supervisor to BCC, offers Send anyway", async () => {
    h = startHarness({ to: ['"Suzuki" <suzuki@partner.co.jp>', "b@partner.co.jp"], cc: ["hanako@example.co.jp"], displayLanguage: "ja-JP" });
    const out = await h.send();
    expect(out.allowed).toBe(false);
    expect(out.options?.errorMessage).toContain("社外の宛先");
    expect(out.options?.errorMessage).toContain("partner.co.jp: suzuki@partner.co.jp, b@partner.co.jp");
    expect(out.options?.errorMessage).toContain("compliance@example.co.jp");
    expect(out.options?.sendModeOverride).toBe("promptUser");
    expect(out.options?.errorMessageMarkdown).toBeDefined();
    expect(addresses(h.mailbox.item.bcc)).toEqual(["compliance@example.co.jp"]);
    expect(h.policyRequests).toEqual(["https://localhost:3000/policy.json"]);
  });

  test("Send again with the same recipients goes through, and the supervisor is not added twice", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], displayLanguage: "en-US" });
    expect((await h.send()).allowed).toBe(false);
    const second = await h.send();
    expect(second.allowed).toBe(true);
    expect(second.sentMessage && addresses(second.sentMessage.bcc)).toEqual(["compliance@example.co.jp"]);
  });

  test("the task pane's 'this message' is kept: the last verdict and the alert as shown", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], displayLanguage: "en-US" });
    const out = await h.send();
    const stored = JSON.parse(h.mailbox.item.sessionData.get("outboundGuard.state") ?? "{}");
    expect(stored.lastReview.verdict).toBe("confirm");
    expect(stored.lastReview.message).toBe(out.options?.errorMessage);
    await h.send();
    expect(JSON.parse(h.mailbox.item.sessionData.get("outboundGuard.state") ?? "{}").lastReview).toMatchObject({ verdict: "allow", message: "" });
  });

  test("changing the recipients asks again", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], displayLanguage: "en-US" });
    await h.send();
    h.mailbox.item.to.push({ emailAddress: "new@other.com", displayName: "", recipientType: "other" } as Office.EmailAddressDetails);
    const again = await h.send();
    expect(again.allowed).toBe(false);
    expect(again.options?.errorMessage).toContain("new@other.com");
  });

  test("internal-only mail goes through with no alert and no change", async () => {
    h = startHarness({ to: ["hanako@example.co.jp", "team@osaka.example.co.jp"] });
    const out = await h.send();
    expect(out.allowed).toBe(true);
    expect(out.options).toEqual({ allowEvent: true });
    expect(h.mailbox.item.bcc).toEqual([]);
  });

  test("Mailbox 1.12: only allowEvent and errorMessage are passed", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], mailboxVersion: "1.12", displayLanguage: "en-US" });
    const out = await h.send();
    expect(out.allowed).toBe(false);
    expect(Object.keys(out.options ?? {}).sort()).toEqual(["allowEvent", "errorMessage"]);
    expect(out.ignoredOptions).toEqual([]);
  });

  test("Mailbox 1.14: sendModeOverride and cancelLabel, but no Markdown", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], mailboxVersion: "1.14", displayLanguage: "en-US" });
    const out = await h.send({ userChoice: "sendAnyway" });
    expect(out.options?.errorMessageMarkdown).toBeUndefined();
    expect(out.options?.sendModeOverride).toBe("promptUser");
    expect(out.ignoredOptions).toEqual([]);
    expect(out.allowed).toBe(true);
  });

  test("a supervisor already in CC in another case is not added", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], cc: ["Compliance@Example.CO.JP"] });
    await h.send();
    expect(h.mailbox.item.bcc).toEqual([]);
    expect(h.mailbox.calls.some((c) => c.call === "bcc.addAsync")).toBe(false);
  });
});

/** The technical detail the handler left for the task pane's last review. */
function lastReviewDetail(harness: Harness): string {
  const raw = harness.mailbox.item.sessionData.get("outboundGuard.state") ?? "{}";
  return (JSON.parse(raw).lastReview?.detail as string | undefined) ?? "";
}

describe("every failure still completes the event with an explanation", () => {
  test.each(["to.getAsync", "bcc.getAsync", "body.getAsync", "bcc.addAsync", "sessionData.setAsync"] as const)(
    "%s keeps failing: the first Send stops and says why, the second goes through",
    async (call) => {
      h = startHarness({ to: ["suzuki@partner.co.jp"], displayLanguage: "en-US" });
      for (let i = 0; i < 6; i++) h.mailbox.failNext(call, "InternalServerError");
      const first = await h.send();
      expect(first.allowed).toBe(false);
      // One plain sentence for the user (issue 10); the Office error goes to the task pane's last review.
      // The supervisor's add is named as itself (failed-step-line.test.ts), the rest as the check.
      expect(first.options?.errorMessage).toContain(
        call === "bcc.addAsync" ? "Your supervisor compliance@example.co.jp could not be added to BCC." : "Outbound Guard could not check this message. Press Send again",
      );
      expect(first.options?.errorMessage).not.toContain("InternalServerError");
      // Where the failing call is the state's own save, nothing can be kept for the task pane.
      if (call !== "sessionData.setAsync") expect(lastReviewDetail(h!)).toContain("InternalServerError");
      expect(first.options?.sendModeOverride).toBe("promptUser");
      const second = await h.send();
      expect(second.allowed).toBe(true);
    },
  );

  test("getAttachmentsAsync keeps failing while the policy protects external mail: the files may be on it, so every Send is blocked, never waved through (issue 10)", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], displayLanguage: "en-US" });
    for (let i = 0; i < 12; i++) h.mailbox.failNext("getAttachmentsAsync", "InternalServerError");
    for (let i = 0; i < 2; i++) {
      const out = await h.send({ userChoice: "sendAnyway" });
      expect(out.allowed).toBe(false);
      expect(out.options?.sendModeOverride).toBeUndefined();
      expect(out.options?.errorMessage).toContain("could not be encrypted");
    }
    expect(h.mailbox.sent).toHaveLength(0);
  });

  test("getAttachmentsAsync keeps failing under a policy that protects nothing: the second Send goes through, nobody is stuck", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], displayLanguage: "en-US" }, { ...COMPANY_POLICY, attachments: { protect: "never" } });
    for (let i = 0; i < 6; i++) h.mailbox.failNext("getAttachmentsAsync", "InternalServerError");
    const first = await h.send();
    expect(first.allowed).toBe(false);
    expect(first.options?.sendModeOverride).toBe("promptUser");
    expect((await h.send()).allowed).toBe(true);
  });

  test("a failure that passes: the next Send is checked normally, not waved through", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], displayLanguage: "en-US" });
    h.mailbox.failNext("to.getAsync", "NetworkError");
    const first = await h.send();
    expect(first.options?.errorMessage).toMatch(/could not check this message/);
    const second = await h.send();
    expect(second.allowed).toBe(false);
    expect(second.options?.errorMessage).toContain("External recipients");
    expect(addresses(h.mailbox.item.bcc)).toEqual(["compliance@example.co.jp"]);
  });

  test("the policy cannot be fetched: the defaults apply and the alert says so", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], displayLanguage: "en-US" }, "unreachable");
    const out = await h.send();
    expect(out.allowed).toBe(false);
    expect(out.options?.errorMessage).toContain("built-in defaults");
    // Defaults: the sender's own domain is internal; no supervisor is configured.
    expect(out.options?.errorMessage).toContain("partner.co.jp");
    expect(h.mailbox.item.bcc).toEqual([]);
  });

  test("an invalid policy is refused: the defaults apply and the alert says so, naming the field", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], displayLanguage: "en-US" }, { status: 200, body: '{"supervisor": {"field": "to"}}' });
    const out = await h.send();
    // Its own sentence: the policy has an error (not "could not be loaded"), and IT should hear of it.
    expect(out.options?.errorMessage).toContain("The company policy has an error, so the built-in defaults were used. Please tell your IT department.");
    expect(out.options?.errorMessage).not.toContain("could not be loaded");
    expect(out.options?.errorMessage).not.toContain("supervisor.field");
    expect(lastReviewDetail(h)).toContain('invalid: supervisor.field: must be "cc" or "bcc", got "to"');
  });

  test("a policy that once loaded is kept when the host is down later", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], displayLanguage: "en-US" });
    await h.send();
    h.setPolicy("unreachable");
    h.mailbox.item.bcc.length = 0;
    h.mailbox.item.sessionData.clear();
    const out = await h.send();
    expect(out.options?.errorMessage).not.toContain("built-in defaults");
    expect(out.options?.errorMessage).toContain("The company policy could not be loaded, so the last good copy on this device was used.");
    expect(lastReviewDetail(h)).toContain("Failed to fetch");
    expect(addresses(h.mailbox.item.bcc)).toEqual(["compliance@example.co.jp"]);
  });

  test("a policy host that never answers: after the timeout the defaults apply", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], displayLanguage: "en-US" }, "hang");
    const out = await h.send();
    expect(out.allowed).toBe(false);
    expect(out.options?.errorMessage).toContain("built-in defaults");
  });
});

describe("the alert's buttons and odd clients", () => {
  test("the alert's extra button opens the manifest's task-pane button (an unknown commandId would only cancel)", async () => {
    const { readFileSync } = await import("node:fs");
    const manifest = readFileSync(require.resolve("../../../manifest.xml"), "utf8");
    const paneButton = /<Control xsi:type="Button" id="([^"]+)">[\s\S]*?<Action xsi:type="ShowTaskpane">/.exec(manifest);
    h = startHarness({ to: ["suzuki@partner.co.jp"], displayLanguage: "en-US" });
    const out = await h.send();
    expect(paneButton?.[1]).toBeDefined();
    expect(out.options?.commandId).toBe(paneButton?.[1]);
  });

  test("no compose item at all: every Send still completes, the second one lets the message go (policy protects no attachments)", async () => {
    h = startHarness({ to: ["suzuki@partner.co.jp"], displayLanguage: "en-US" }, { ...COMPANY_POLICY, attachments: { protect: "never" } });
    const office = (globalThis as unknown as { Office: { context: { mailbox: { item?: unknown } } } }).Office;
    office.context.mailbox.item = undefined;
    const first = await h.send();
    expect(first.allowed).toBe(false);
    expect(first.options?.errorMessage).toMatch(/could not check this message/);
    const second = await h.send();
    expect(second.allowed).toBe(true);
  });

  test("a long alert: the stop reasons come first; personal data the 500-character cut dropped asks again next Send, after the hold", async () => {
    const policy = { ...COMPANY_POLICY, attachments: { protect: "never" }, misdirection: { holdMinutes: 3 } };
    const body = "マイナンバー 1234 5678 9018、携帯 090-1234-5678、080-2222-3333。メール taro.yamada@example.com。〒100-0001 東京都千代田区千代田1-1。";
    const to = ["a@alpha-trading.co.jp", "b@beta-holdings.com", "c@gamma-partners.jp", "d@delta.example.net"];
    h = startHarness({ to, displayLanguage: "en-US", body }, policy);
    const first = await h.send();
    const text = first.options?.errorMessage ?? "";
    expect(first.allowed).toBe(false);
    expect(text).toContain("alpha-trading.co.jp: a@alpha-trading.co.jp");
    expect(text).toContain("Look-alike domain: delta.example.net");
    expect(text).not.toContain("My Number");
    expect(text.length).toBeLessThanOrEqual(500);
    expect((first.options?.errorMessageMarkdown ?? "").length).toBeLessThanOrEqual(500);

    const second = await h.send();
    const again = second.options?.errorMessage ?? "";
    expect(second.allowed).toBe(false);
    expect(again).toContain("My Number 1234 **** **18 (body)");
    expect(again).not.toContain("Look-alike");
    expect(again).not.toContain("alpha-trading.co.jp");
    expect(again.indexOf("delivery is held until")).toBeGreaterThan(0);
    expect(again.indexOf("delivery is held until")).toBeLessThan(again.indexOf("My Number"));

    expect((await h.send()).allowed).toBe(true);
  });
});

describe("a look-alike of an internal or partner domain (sendModeOverride, Mailbox 1.14: https://learn.microsoft.com/javascript/api/outlook/office.mailboxenums.sendmodeoverride)", () => {
  const policy = { ...COMPANY_POLICY, misdirection: { partners: { 株式会社ミナトテック: ["minatotech.co.jp"] } } };
  test("offers no Send anyway by default; Send again after looking still sends", async () => {
    h = startHarness({ to: ["yamada@minatotec.co.jp"], displayLanguage: "en-US" }, policy);
    const first = await h.send();
    expect(first.allowed).toBe(false);
    expect(first.options?.errorMessage).toContain("Look-alike domain: minatotec.co.jp");
    expect(first.options?.sendModeOverride).toBeUndefined();
    expect((await h.send()).allowed).toBe(true);
  });

  test("the policy can relax it", async () => {
    h = startHarness({ to: ["yamada@minatotec.co.jp"], displayLanguage: "en-US" }, { ...policy, misdirection: { ...policy.misdirection, lookalikeSendAnyway: true } });
    expect((await h.send()).options?.sendModeOverride).toBe("promptUser");
  });
});
