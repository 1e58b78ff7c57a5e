import { parseMailbox } from "../../../src/core/recipients/address";
import { emptyDraft, type MessageDraft } from "../../../src/core/message/draft";
import { validatePolicy, type PolicyInput } from "../../../src/core/policy";
import { confirmedAfterAlert, initialState, review } from "../../../src/core/review/review";
import type { ReviewState } from "../../../src/core/review/check";
import { messages } from "../../../src/core/i18n/messages";
import { ALERT_MAX_CHARS } from "../../../src/core/alert/compose-alert";

function policy(input: PolicyInput = {}) {
  const r = validatePolicy({ internalDomains: ["example.co.jp", "*.example.co.jp"], supervisor: { address: "boss@example.co.jp" }, ...input });
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.policy;
}

function draft(to: string[], cc: string[] = [], bcc: string[] = [], from = "taro@example.co.jp"): MessageDraft {
  return { ...emptyDraft(), from: parseMailbox(from), to: to.map(parseMailbox), cc: cc.map(parseMailbox), bcc: bcc.map(parseMailbox) };
}

function run(d: MessageDraft, p = policy(), state: ReviewState = initialState(), lang: "ja" | "en" = "en") {
  return review({ draft: d, policy: p, state, lang });
}

describe("review", () => {
  test("internal-only mail goes through with nothing to say", () => {
    const r = run(draft(["hanako@example.co.jp"], ["jiro@osaka.example.co.jp"]));
    expect(r.review).toEqual({ verdict: "allow", external: [], findings: [], actions: [], message: "" });
  });

  test("external recipients stop the first Send, listed by domain, and the supervisor is added", () => {
    const r = run(draft(["a@partner.com", "b@partner.com", "c@other.jp"]));
    expect(r.review.verdict).toBe("confirm");
    expect(r.review.external.map((e) => e.domain)).toEqual(["partner.com", "partner.com", "other.jp"]);
    expect(r.review.actions).toEqual([{ kind: "add_recipient", field: "bcc", address: "boss@example.co.jp" }]);
    expect(r.review.message).toContain("partner.com: a@partner.com, b@partner.com");
    expect(r.review.message).toContain("other.jp: c@other.jp");
    expect(r.review.message).toContain("boss@example.co.jp");
  });

  test("sending again with the same recipients goes through; a new external recipient asks again", () => {
    const first = run(draft(["a@partner.com"]));
    const withSupervisor = draft(["a@partner.com"], [], ["boss@example.co.jp"]);
    const second = run(withSupervisor, policy(), first.state);
    expect(second.review.verdict).toBe("allow");
    expect(second.review.actions).toEqual([]);
    const third = run(draft(["a@partner.com", "new@else.com"], [], ["boss@example.co.jp"]), policy(), second.state);
    expect(third.review.verdict).toBe("confirm");
    expect(third.review.message).toContain("new@else.com");
  });

  test("a supervisor already in any field, in any case, is not added again", () => {
    for (const d of [draft(["a@partner.com", "BOSS@example.co.jp"]), draft(["a@partner.com"], ["Boss@Example.co.jp"])]) {
      expect(run(d).review.actions).toEqual([]);
    }
  });

  test("byUser wins over address, matching the sender case-insensitively, and field cc is honoured", () => {
    const p = policy({ supervisor: { address: "boss@example.co.jp", byUser: { "taro@example.co.jp": "hanako@example.co.jp" }, field: "cc" } });
    const r = run(draft(["a@partner.com"], [], [], "Taro@Example.co.jp"), p);
    expect(r.review.actions).toEqual([{ kind: "add_recipient", field: "cc", address: "hanako@example.co.jp" }]);
  });

  test("when: external adds nobody to internal mail; when: always does, without stopping Send", () => {
    expect(run(draft(["hanako@example.co.jp"])).review.actions).toEqual([]);
    const r = run(draft(["hanako@example.co.jp"]), policy({ supervisor: { address: "boss@example.co.jp", when: "always" } }));
    expect(r.review.verdict).toBe("allow");
    expect(r.review.actions).toEqual([{ kind: "add_recipient", field: "bcc", address: "boss@example.co.jp" }]);
  });

  test("when: never and external.confirm: false let external mail through untouched", () => {
    const p = policy({ supervisor: { address: "boss@example.co.jp", when: "never" }, external: { confirm: false } });
    const r = run(draft(["a@partner.com"]), p);
    expect(r.review.verdict).toBe("allow");
    expect(r.review.actions).toEqual([]);
    expect(r.review.external).toHaveLength(1);
  });

  test("the alert is in Japanese for a Japanese user", () => {
    const r = run(draft(["a@partner.com"]), policy(), initialState(), "ja");
    expect(r.review.message).toContain("社外の宛先");
    expect(r.review.message).toContain("上長 boss@example.co.jp を BCC に追加しました");
  });

  test("a hundred external recipients still fit Outlook's 500-character alert", () => {
    const many = Array.from({ length: 100 }, (_, i) => `person${i}@domain${i}.example.com`);
    const r = run(draft(many));
    expect(r.review.message.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
    expect(r.markdown.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
    expect(r.review.message).toMatch(/more/);
  });

  test("thousands of phone numbers and a supervisor: the numbers fold to one line, the supervisor line is not cut", () => {
    const rows = Array.from({ length: 2376 }, (_, i) => `山田${i},090-${1000 + (i % 9000)}-${String(1000 + i).padStart(4, "0")}`);
    const contents = [{ name: "customers.csv", text: "氏名,電話\n" + rows.join("\n") }];
    const r = review({ draft: draft(["a@partner.com"]), policy: policy(), state: initialState(), lang: "en", contents });
    expect(r.review.message).toContain("Phone number: 2,376 (customers.csv)");
    expect(r.review.message).toContain("boss@example.co.jp");
    // Stop reason (external recipients), then the action (supervisor), then the finding.
    expect(r.review.message.indexOf("partner.com")).toBeLessThan(r.review.message.indexOf("boss@example.co.jp"));
    expect(r.review.message.indexOf("boss@example.co.jp")).toBeLessThan(r.review.message.indexOf("Phone number"));
    expect(r.markdown.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
  });

  // errorMessageMarkdown: "To escape characters in your message, such as an asterisk, add a backslash"
  // and "Use \n\n to create a new line" (learn.microsoft.com … onmessagesend-onappointmentsend-events
  // #limitations-to-formatting-the-dialog-message-using-markdown).
  test("a full alert keeps its Markdown escapes (no fallback to raw text) and uses only \\n\\n new lines", () => {
    const many = Array.from({ length: 40 }, (_, i) => `taro_yamada_${i}@sales_dept${i}.example.com`);
    const r = run(draft(many));
    expect(r.markdown.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
    // The look-alike lines (sales_dept0.example.com ← example.co.jp?) now come first (issue 12).
    expect(r.markdown).toContain("sales\\_dept0.example.com");
    expect(r.markdown).not.toMatch(/(^|[^\\])_/);
    expect(r.markdown.replace(/\n\n/g, "")).not.toContain("\n");
  });

  test("Japanese and English have the same sentences", () => {
    expect(Object.keys(messages.ja).sort()).toEqual(Object.keys(messages.en).sort());
  });
});

describe("what an alert shows is what counts as seen", () => {
  const base = { confirmed: ["old"] };
  const parts = [
    { section: "finding" as const, lines: ["a1", "a2", "a3"], confirmKeys: ["A"] },
    { section: "finding" as const, lines: ["b1"], confirmKeys: ["B"] },
    { section: "finding" as const, lines: ["c1", "c2"], confirmKeys: ["C"] },
  ];

  test("every part shown: all confirmed, the old keys kept", () => {
    expect(confirmedAfterAlert(base.confirmed, parts, [3, 1, 2]).sort()).toEqual(["A", "B", "C", "old"]);
  });

  test("a part cut before its first line is not confirmed; a part cut in its middle is", () => {
    expect(confirmedAfterAlert(base.confirmed, parts, [2, 0, 0]).sort()).toEqual(["A", "old"]);
    expect(confirmedAfterAlert(base.confirmed, parts, [3, 1, 0]).sort()).toEqual(["A", "B", "old"]);
    expect(confirmedAfterAlert(base.confirmed, parts, [3, 1, 1]).sort()).toEqual(["A", "B", "C", "old"]);
  });

  test("a part with no lines (nothing to show) counts as seen", () => {
    expect(confirmedAfterAlert([], [{ section: "finding", lines: [], confirmKeys: ["Z"] }], [0])).toEqual(["Z"]);
  });

  test("a look-alike warning in a crowded alert comes first (issue 12), so it is never the part the cut drops", () => {
    const p = policy({ personalData: { action: "off" } });
    const many = Array.from({ length: 30 }, (_, i) => `person${i}@trading${i}.net`);
    const d = draft(many, [], ["x@examp1e.co.jp"]);
    const first = run(d, p);
    expect(first.review.message).toContain("examp1e.co.jp ←");
    expect(first.review.message.indexOf("examp1e.co.jp ←")).toBeLessThan(first.review.message.indexOf("External recipients"));
    expect(first.state.confirmed).toContain("lookalike:examp1e.co.jp");
  });
});
