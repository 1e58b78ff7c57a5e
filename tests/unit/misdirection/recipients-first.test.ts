/**
 * Findings about who receives the mail come first, under their own headline, and a look-alike of
 * an internal or partner domain offers no "Send anyway" unless the policy allows it.
 * (sendModeOverride PromptUser is what shows "Send anyway", Mailbox 1.14:
 * https://learn.microsoft.com/javascript/api/outlook/office.mailboxenums.sendmodeoverride)
 */
import { ALERT_MAX_CHARS, composeAlert } from "../../../src/core/alert/compose-alert";
import { run } from "./helpers";

describe("the recipients headline", () => {
  test("misdirection lines come first, under the headline, before routine lines", () => {
    const r = run({ to: "yamada@minatotec.co.jp", body: "資料を添付しました。" }, {}, { lang: "ja" });
    const text = r.review.message;
    expect(text).toContain("【宛先の誤りの恐れ】");
    expect(text.indexOf("【宛先の誤りの恐れ】")).toBeLessThan(text.indexOf("似たドメイン"));
    expect(text.indexOf("似たドメイン")).toBeLessThan(text.indexOf("添付ファイルがありません"));
    expect(r.markdown).toContain("**宛先の誤りの恐れ**");
  });

  test("routine stop lines come after the misdirection lines", () => {
    const a = composeAlert("en", "confirm", [
      { section: "stop", lines: ["External recipients (1 in 1 domain):"] },
      { section: "recipients", lines: ["Look-alike domain: examp1e.co.jp ← example.co.jp? (look-alike letters)"] },
    ]);
    expect(a.text.split("\n").slice(1, 5)).toEqual(["[Check who receives this]", "Look-alike domain: examp1e.co.jp ← example.co.jp? (look-alike letters)", "", "External recipients (1 in 1 domain):"]);
    // Two documented lists, split by the documented new line \n\n: the headline heads the first only.
    expect(a.markdown).toContain("**Check who receives this**\n\n- Look-alike domain: examp1e.co.jp ← example.co.jp? \\(look-alike letters\\)\r\n\n- External recipients \\(1 in 1 domain\\):\r");
    expect(a.shown).toEqual([1, 1]);
  });

  test("no headline without misdirection lines", () => {
    expect(composeAlert("en", "confirm", [{ section: "stop", lines: ["x"] }]).text).not.toContain("Check who receives this");
  });

  test("the headline counts in the 500-character fit", () => {
    const many = Array.from({ length: 30 }, (_, i) => `Look-alike domain: examp${i}e.co.jp ← example.co.jp? (one letter differs)`);
    const a = composeAlert("en", "confirm", [{ section: "recipients", lines: many }, { section: "finding", lines: ["x"] }]);
    expect(a.markdown.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
    expect(a.text.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
    expect(a.markdown).toContain("**Check who receives this**");
  });
});

describe("Send anyway for a look-alike", () => {
  test("a look-alike of an internal or partner domain forbids Send anyway by default", () => {
    expect(run({ to: "a@examp1e.co.jp" }).noSendAnyway).toBe(true);
    expect(run({ to: "yamada@minatotec.co.jp" }).noSendAnyway).toBe(true);
  });

  test("policy lookalikeSendAnyway: true relaxes it", () => {
    expect(run({ to: "yamada@minatotec.co.jp" }, { lookalikeSendAnyway: true }).noSendAnyway).toBe(false);
  });

  test("the same name under another ending (example.com ← example.co.jp) keeps Send anyway: often the same firm, and no spelling trick", () => {
    const r = run({ to: "a@example.com" });
    expect(r.review.findings).toContainEqual(expect.objectContaining({ kind: "lookalike_domain", reason: "suffix" }));
    expect(r.noSendAnyway).toBe(false);
  });

  test("a look-alike of a merely known domain, and other misdirection, keep Send anyway", () => {
    expect(run({ to: "john@northbrigde.com" }).noSendAnyway).toBe(false);
    expect(run({ to: "a@alpha.co.jp, b@beta.co.jp" }).noSendAnyway).toBe(false);
  });

  test("once seen, the look-alike no longer stops the Send, and nothing forbids anything", () => {
    const first = run({ to: "yamada@minatotec.co.jp" });
    const second = run({ to: "yamada@minatotec.co.jp" }, {}, { confirmed: first.state.confirmed });
    expect(second.review.verdict).toBe("allow");
    expect(second.noSendAnyway).toBe(false);
  });
});
