/**
 * The Smart Alert's two texts. The Markdown follows Microsoft's documented subset for
 * errorMessageMarkdown (Mailbox 1.15), "Limitations to formatting the dialog message using Markdown":
 * https://learn.microsoft.com/office/dev/add-ins/outlook/onmessagesend-onappointmentsend-events#limitations-to-formatting-the-dialog-message-using-markdown
 * and "The formatted error message must be 500 characters or less" (SmartAlertsEventCompletedOptions).
 */
import { ALERT_MAX_CHARS, composeAlert, escapeMarkdown, type AlertBlock } from "../../../src/core/alert/compose-alert";
import { confirmedAfterAlert, review } from "../../../src/core/review/review";
import { emptyDraft } from "../../../src/core/message/draft";
import { validatePolicy } from "../../../src/core/policy";
import type { Check } from "../../../src/core/review/check";

/** The list items of a Markdown alert: each `- …\r` as documented. */
function items(markdown: string): string[] {
  const list = markdown.slice(markdown.lastIndexOf("\n\n") + 2);
  return list.split("\r").filter((s) => s !== "");
}

/** True when the text ends inside an escape: an odd run of backslashes at its end. */
function endsMidEscape(s: string): boolean {
  const run = /\\*$/.exec(s)?.[0].length ?? 0;
  return run % 2 === 1;
}

describe("errorMessageMarkdown: escape every value (doc tip: a backslash before the character)", () => {
  test("a masked number keeps its asterisks and a file name with underscores does not turn italic", () => {
    const a = composeAlert("ja", "confirm", [{ section: "finding", lines: ["マイナンバー 1234 **** **18 (本文)", "添付 見積_5月_案.xlsx"] }]);
    expect(a.markdown).toContain("マイナンバー 1234 \\*\\*\\*\\* \\*\\*18 \\(本文\\)");
    expect(a.markdown).toContain("見積\\_5月\\_案.xlsx");
  });

  test("links, code, strike-through, headings, quotes, tables and list starts are escaped", () => {
    expect(escapeMarkdown("[x](https://evil.example)")).toBe("\\[x\\]\\(https://evil.example\\)");
    expect(escapeMarkdown("`code` ~~gone~~ a|b <https://x>")).toBe("\\`code\\` \\~\\~gone\\~\\~ a\\|b \\<https://x\\>");
    expect(escapeMarkdown("# title")).toBe("\\# title");
    expect(escapeMarkdown("- item")).toBe("\\- item");
    expect(escapeMarkdown("+ item")).toBe("\\+ item");
    expect(escapeMarkdown("> quote")).toBe("\\> quote");
    expect(escapeMarkdown("12. not a list")).toBe("12\\. not a list");
    expect(escapeMarkdown("a\\b")).toBe("a\\\\b");
    // Mid-line dashes and dots mean nothing: not escaped, so they cost no characters.
    expect(escapeMarkdown("090-****-5678 v1.2")).toBe("090-\\*\\*\\*\\*-5678 v1.2");
  });

  test("a line break inside a value cannot break the layout", () => {
    expect(escapeMarkdown("a\r\nb\nc")).toBe("a b c");
  });
});

describe("errorMessageMarkdown: lines as the doc's bulleted list, new lines as \\n\\n", () => {
  test("bold header, \\n\\n, footer, \\n\\n, then one `- item\\r` per line", () => {
    const a = composeAlert("en", "confirm", [{ section: "stop", lines: ["one", "two"] }]);
    expect(a.markdown).toBe("**Please check before sending.**\n\nIf everything is right, press Send again.\n\n- one\r- two\r");
    expect(a.text).toBe("Please check before sending.\none\ntwo\nIf everything is right, press Send again.");
  });

  test("a line written as \"- item\" in the plain text is one item in the Markdown, not an item holding a dash", () => {
    const a = composeAlert("en", "confirm", [{ section: "stop", lines: ["External recipients (1 in 1 domain):", "- partner.com: a@partner.com"] }]);
    expect(a.markdown).toContain("\r- partner.com: a@partner.com\r");
    expect(a.text).toContain("\n- partner.com: a@partner.com\n");
  });

  test("a Japanese domain line written \"・domain\" is one item in the Markdown, not a bullet holding a second bullet", () => {
    const a = composeAlert("ja", "confirm", [{ section: "stop", lines: ["社外の宛先 (1 ドメイン、1 件):", "・partner.co.jp: suzuki@partner.co.jp"] }]);
    expect(a.markdown).toContain("\r- partner.co.jp: suzuki@partner.co.jp\r");
    expect(a.markdown).not.toContain("- ・");
    expect(a.text).toContain("\n・partner.co.jp: suzuki@partner.co.jp\n");
  });

  test("the block footer stands above the list in the Markdown, so it does not point at \"the items above\"", () => {
    for (const lang of ["en", "ja"] as const) {
      const a = composeAlert(lang, "block", [{ section: "stop", lines: ["x"] }]);
      const footer = a.text.split("\n").pop()!;
      expect(a.markdown.indexOf(escapeMarkdown(footer))).toBeLessThan(a.markdown.indexOf("- x\r"));
      expect(footer).not.toMatch(/above|below|上記|下記/);
    }
  });

  test("no single \\n: every new line is the documented \\n\\n", () => {
    const a = composeAlert("ja", "block", [{ section: "stop", lines: ["a", "b"] }]);
    expect(a.markdown.replace(/\n\n/g, "")).not.toContain("\n");
  });
});

describe("500 characters, counted on the Markdown as sent", () => {
  test("lines full of Markdown punctuation: both texts fit, and the cut is between lines, never mid-escape", () => {
    const lines = Array.from({ length: 20 }, (_, i) => `${i}. ${"*_[]()".repeat(12)}`);
    const a = composeAlert("en", "confirm", [{ section: "finding", lines }]);
    expect(a.markdown.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
    expect(a.text.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
    for (const item of items(a.markdown)) {
      expect(item.startsWith("- ")).toBe(true);
      expect(endsMidEscape(item)).toBe(false);
    }
    expect(a.text).toMatch(/and \d+ more/);
  });

  test("a line too long for the whole alert is shortened with … (and counts as shown), not dropped", () => {
    const long = "Look-alike domain: " + "x".repeat(900);
    const a = composeAlert("en", "block", [{ section: "stop", lines: [long] }]);
    expect(a.markdown.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
    expect(a.text).toContain("Look-alike domain: xxx");
    expect(a.text).toContain("…");
    expect(a.shown).toEqual([1]);
  });

  test("a long Japanese alert with emoji file names is never cut inside a surrogate pair", () => {
    const long = "添付 " + "📎_資料".repeat(200);
    const a = composeAlert("ja", "confirm", [{ section: "finding", lines: [long] }]);
    expect(a.markdown.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
    expect(a.markdown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe("order: what stops the Send, then what was done, then findings, then notes", () => {
  const findings: AlertBlock = { section: "finding", lines: Array.from({ length: 12 }, (_, i) => `Phone number 090-****-${1000 + i} (attachment: customers-${i}.csv)`) };
  const action: AlertBlock = { section: "action", lines: ["Added your supervisor boss@example.co.jp to BCC."] };
  const stop: AlertBlock = { section: "stop", lines: ["Look-alike domain: examp1e.co.jp ← example.co.jp? (look-alike letters)"] };
  const note: AlertBlock = { section: "note", lines: ["The built-in policy was used."] };

  test("findings given first still come after the stop reason and the action; the findings are what the cut drops", () => {
    const a = composeAlert("en", "confirm", [findings, action, stop, note]);
    const text = a.text;
    expect(text.indexOf("Look-alike")).toBeGreaterThan(0);
    expect(text.indexOf("Look-alike")).toBeLessThan(text.indexOf("supervisor"));
    expect(text.indexOf("supervisor")).toBeLessThan(text.indexOf("Phone number"));
    expect(a.shown[1]).toBe(1);
    expect(a.shown[2]).toBe(1);
    expect(a.shown[0]).toBeGreaterThan(0);
    expect(a.shown[0]).toBeLessThan(12);
    expect(a.shown[3]).toBe(0);
    expect(a.markdown.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
  });

  test("within one section, the order given is kept", () => {
    const a = composeAlert("en", "confirm", [{ section: "stop", lines: ["first"] }, { section: "stop", lines: ["second"] }]);
    expect(a.text.indexOf("first")).toBeLessThan(a.text.indexOf("second"));
  });
});

describe("a long alert: only the parts it really showed count as seen", () => {
  const policy = (() => {
    const r = validatePolicy({ internalDomains: ["example.co.jp"] });
    if (!r.ok) throw new Error(r.errors.join("\n"));
    return r.policy;
  })();
  const check =
    (key: string, lines: string[]): Check =>
    (ctx) => ({
      verdict: ctx.state.confirmed.includes(key) ? "allow" : "confirm",
      findings: [],
      actions: [],
      lines: ctx.state.confirmed.includes(key) ? [] : lines,
      confirmKeys: [key],
    });
  const withSection = (section: "stop" | "action" | "finding", c: Check): Check => (ctx) => ({ ...c(ctx), section });
  const many = Array.from({ length: 15 }, (_, i) => `Phone number: ${1000 + i} (customers-${i}.csv, a long file name to fill the alert)`);
  const checks = [
    withSection("finding", check("pii", many)),
    withSection("finding", check("late-finding", ["A forgotten attachment?"])),
    withSection("stop", check("lookalike", ["Look-alike domain: examp1e.co.jp ← example.co.jp?"])),
    withSection("action", check("zip", ["Into the encrypted ZIP files.zip (AES-256): a.xlsx"])),
  ];
  const input = (confirmed: string[]) => ({ draft: emptyDraft(), policy, state: { confirmed }, lang: "en" as const });

  test("the stop reason and the action are shown and seen; the finding cut entirely asks again, alone", () => {
    const first = review(input([]), checks);
    expect(first.review.message).toContain("Look-alike domain");
    expect(first.review.message).toContain("encrypted ZIP");
    expect(first.review.message).not.toContain("forgotten attachment");
    expect(first.state.confirmed.sort()).toEqual(["lookalike", "pii", "zip"]);
    const second = review(input(first.state.confirmed), checks);
    expect(second.review.verdict).toBe("confirm");
    expect(second.review.message).toContain("A forgotten attachment?");
    expect(second.review.message).not.toContain("Look-alike");
  });

  test("confirmedAfterAlert follows composeAlert's per-part counts", () => {
    const parts = [
      { section: "finding" as const, lines: many, confirmKeys: ["pii"] },
      { section: "stop" as const, lines: ["stop"], confirmKeys: ["s"] },
    ];
    const a = composeAlert("en", "confirm", parts);
    expect(a.shown[1]).toBe(1);
    expect(confirmedAfterAlert([], parts, a.shown).sort()).toEqual(["pii", "s"]);
  });
});
