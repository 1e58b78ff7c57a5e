/**
 * The walking skeleton in a real browser: press Send in the playground (the real launchevent.js
 * against the simulated Outlook) with external recipients, in Japanese and in English.
 */
import { answerAlert, fillCompose, openPlayground, recipientsAfter, send, usePlayground } from "./playground-driver";

const harness = usePlayground();

const MIXED = '"Ichiro Tanaka" <ichiro.tanaka@minatotech.co.jp>; yamamoto@example.co.jp, hana@Partner.example.com';

describe("Send with external recipients", () => {
  test("ja-JP: the alert lists the external recipients by domain, the supervisor is added to BCC, Send again sends", async () => {
    const page = await openPlayground(harness(), { lang: "ja-JP" });
    await fillCompose(page, { to: MIXED, cc: "j.sato@minatotech.co.jp", bcc: "" });
    const first = await send(page);

    expect(first.state).toBe("not-sent");
    // As rendered: the Markdown escapes every value (a backslash before "(", per the Smart Alerts doc).
    expect(first.shown).toContain("送信前に確認してください。");
    expect(first.shown).toContain("社外の宛先 (2 ドメイン、3 件)");
    expect(first.alert).toContain("社外の宛先 \\(2 ドメイン、3 件\\)");
    expect(first.shown).toContain("\nminatotech.co.jp: ichiro.tanaka@minatotech.co.jp, j.sato@minatotech.co.jp");
    expect(first.shown).toContain("\npartner.example.com: hana@Partner.example.com");
    // Markdown alert (Mailbox 1.15): the list item carries its own bullet, no "・" inside it (uxreview 13a39b2).
    expect(first.alert).not.toContain("- ・");
    expect(first.shown).not.toContain("yamamoto@example.co.jp");
    expect(first.shown).toContain("上長 compliance@example.co.jp を BCC に追加しました。");
    // Mailbox 1.15 by default: Markdown, "Send anyway", "Don't send", and the add-in's own button.
    expect(first.completed).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser", cancelLabel: "戻って確認" });
    expect(typeof first.completed?.errorMessageMarkdown).toBe("string");
    expect(await page.getAttribute("#smart-alert-message", "data-format")).toBe("markdown");
    expect(first.alert).toContain("**送信前に確認してください。**");
    // Rendered: the header in bold, no Markdown marks left.
    expect(await page.innerText("#smart-alert-message strong")).toBe("送信前に確認してください。");
    expect(first.shown).not.toContain("**");
    // Rendered: each domain is its own list item (the bullet comes from the list, not from the text).
    expect(await page.locator("#smart-alert-message li").allInnerTexts()).toContain("minatotech.co.jp: ichiro.tanaka@minatotech.co.jp, j.sato@minatotech.co.jp");
    expect(first.buttons).toEqual(["alert-send-anyway", "alert-dont-send", "alert-take-action"]);
    expect(await page.innerText("[data-testid=alert-dont-send]")).toBe("送信しない");

    expect(await answerAlert(page, "alert-dont-send")).toBe("not-sent");
    expect(await recipientsAfter(page, "bcc")).toEqual([{ address: "compliance@example.co.jp", added: true }]);
    expect(await page.inputValue("#bcc")).toBe("compliance@example.co.jp");
    expect(await page.innerText("[data-testid=outcome-alert]")).toContain("ichiro.tanaka@minatotech.co.jp");

    const second = await send(page);
    expect(second.state).toBe("sent");
    expect(second.alert).toBeNull();
    expect(second.completed).toEqual({ allowEvent: true });
    const sent = await page.evaluate(() => window.outboundGuardPlayground!.session.mailbox.sent.map((m) => m.bcc.map((r) => r.emailAddress)));
    expect(sent).toEqual([["compliance@example.co.jp"]]);
    await page.close();
  });

  test("en-US: the same in English; changing the recipients asks again; Send anyway sends", async () => {
    const page = await openPlayground(harness(), { lang: "en-US" });
    expect(await page.innerText("#send")).toBe("Send");
    await fillCompose(page, { to: MIXED });
    const first = await send(page);
    expect(first.shown).toContain("Please check before sending.");
    expect(first.shown).toContain("External recipients (2 in 2 domains):");
    // Each line is a documented list item ("- …\r"); the plain line's own "- " is its bullet.
    expect(first.alert).toContain("\r- minatotech.co.jp: ichiro.tanaka@minatotech.co.jp");
    expect(await page.innerText("#smart-alert-message li >> nth=3")).toMatch(/^minatotech.co.jp: ichiro.tanaka@minatotech.co.jp/);
    expect(first.shown).toContain("partner.example.com: hana@Partner.example.com");
    // Every line is one list item, in section order: who receives it (under its headline, issue 12),
    // what stops the Send, then what was done.
    expect(await page.$$eval("#smart-alert-message li", (lis) => lis.map((li) => li.textContent))).toEqual([
      "Look-alike domain: partner.example.com ← example.co.jp? (a different ending)",
      "Possible missing BCC: 2 external addresses of 2 organisations are in To/CC and would see each other (minatotech.co.jp, example.com)",
      "External recipients (2 in 2 domains):",
      "minatotech.co.jp: ichiro.tanaka@minatotech.co.jp",
      "partner.example.com: hana@Partner.example.com",
      // The headline's 31 characters leave no room for the action under Outlook's 500: the least useful line is what the cut drops.
      "…and 1 more",
    ]);
    expect(first.shown).toContain("Check who receives this");
    expect(await page.innerText("[data-testid=alert-send-anyway]")).toBe("Send anyway");
    await answerAlert(page, "alert-dont-send");

    // A new external recipient: the handler asks again, naming only what is new to the list.
    await page.fill("#to", (await page.inputValue("#to")) + "; newcomer@another.example.org");
    const again = await send(page);
    expect(again.state).toBe("not-sent");
    // Its domain looks like ours (another.example.org ← example.co.jp?): named first, under the headline (issue 12).
    expect(again.alert).toContain("Look-alike domain: another.example.org");
    expect(again.alert).not.toContain("Added your supervisor"); // already in BCC from the first Send
    expect(await recipientsAfter(page, "bcc")).toEqual([{ address: "compliance@example.co.jp", added: false }]);

    expect(await answerAlert(page, "alert-send-anyway")).toBe("sent-anyway");
    const sentTo = await page.evaluate(() => window.outboundGuardPlayground!.session.mailbox.sent.map((m) => m.to.map((r) => r.emailAddress)));
    expect(sentTo).toEqual([["ichiro.tanaka@minatotech.co.jp", "yamamoto@example.co.jp", "hana@Partner.example.com", "newcomer@another.example.org"]]);
    await page.close();
  });

  test("internal recipients only (any case, subdomains, quoted names): sent at once with no alert and no supervisor", async () => {
    const page = await openPlayground(harness(), { lang: "en-US" });
    await fillCompose(page, { to: '"Yamada, Taro" <t.yamada@Example.CO.JP>; kato@osaka.example.co.jp', cc: "", bcc: "" });
    const result = await send(page);
    expect(result.state).toBe("sent");
    expect(result.alert).toBeNull();
    expect(await page.isVisible("[data-testid=outcome-alert-none]")).toBe(true);
    expect(await recipientsAfter(page, "to")).toEqual([
      { address: "t.yamada@Example.CO.JP", added: false },
      { address: "kato@osaka.example.co.jp", added: false },
    ]);
    expect(await recipientsAfter(page, "bcc")).toEqual([]);
    await page.close();
  });
});
