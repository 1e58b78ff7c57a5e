import { emptyDraft } from "../../../src/core/message/draft";
import { parsePolicy } from "../../../src/core/policy";
import type { CheckContext } from "../../../src/core/review/check";
import { personalDataCheck, fnv1a } from "../../../src/core/pii";
import { formatCount } from "../../../src/core/pii/finding-lines";

/** `count` different mobile numbers, one per CSV row. */
function phoneCsv(count: number, first = 1000): string {
  const rows = Array.from({ length: count }, (_, i) => `山田${i},090-${String(1000 + (i % 9000))}-${String(first + i).padStart(4, "0")}`);
  return "氏名,電話\n" + rows.join("\n");
}

function ctx(over: Partial<CheckContext> & { policyInput?: unknown } = {}): CheckContext {
  const parsed = parsePolicy(JSON.stringify(over.policyInput ?? {}));
  if (!parsed.ok) throw new Error("bad test policy");
  const draft = { ...emptyDraft(), body: "本人のマイナンバーは 1234 5678 9018 です。", subject: "書類", ...(over.draft ?? {}) };
  return { draft, policy: parsed.policy, state: over.state ?? { confirmed: [] }, lang: over.lang ?? "ja", contents: over.contents, external: [] };
}

describe("personalDataCheck", () => {
  test("warn (the default): confirm once, lines masked, keys hashed", () => {
    const out = personalDataCheck(ctx());
    expect(out.verdict).toBe("confirm");
    expect(out.findings).toEqual([{ kind: "personal_data", type: "my_number", text: "1234 5678 9018", where: "body", masked: "1234 **** **18" }]);
    expect(out.lines).toEqual(["マイナンバー 1234 **** **18 (本文)"]);
    expect(out.confirmKeys.join(" ")).not.toContain("9018");
    expect(out.confirmKeys).toEqual([expect.stringMatching(/^pii:my_number:[0-9a-f]{8}:[0-9a-f]{16}$/)]);
    const again = personalDataCheck(ctx({ state: { confirmed: out.confirmKeys } }));
    expect(again.verdict).toBe("allow");
    expect(again.findings).toHaveLength(1);
  });

  test("block, English lines, attachments by name and content, unreadable files named", () => {
    const out = personalDataCheck(
      ctx({
        policyInput: { personalData: { action: "block" } },
        lang: "en",
        contents: [
          { name: "顧客一覧.csv", text: "氏名,電話\n山田,090-1234-5678\n" },
          { name: "secret.zip", unreadable: "encrypted" },
        ],
      }),
    );
    expect(out.verdict).toBe("block");
    expect(out.lines).toEqual([
      "My Number 1234 **** **18 (body)",
      "Phone number 090-****-5678 (attachment: 顧客一覧.csv)",
      "Could not check the contents of attachment secret.zip (encrypted)",
    ]);
    expect(out.findings.map((f) => (f.kind === "personal_data" ? f.where : f.kind))).toEqual(["body", "attachment:顧客一覧.csv"]);
  });

  test("Japanese attachment line", () => {
    const out = personalDataCheck(ctx({ draft: { ...emptyDraft(), body: "" }, contents: [{ name: "顧客一覧.csv", text: "携帯 090-1234-5678" }] }));
    expect(out.lines).toEqual(["電話番号 090-****-5678 (添付: 顧客一覧.csv)"]);
  });

  test("types limit the scan; scanAttachments false skips contents; off does nothing", () => {
    const only = personalDataCheck(ctx({ policyInput: { personalData: { types: ["phone"] } } }));
    expect(only.findings).toEqual([]);
    expect(only.verdict).toBe("allow");
    const noAtt = personalDataCheck(
      ctx({ policyInput: { personalData: { scanAttachments: false } }, draft: { ...emptyDraft(), body: "" }, contents: [{ name: "a.csv", text: "携帯 090-1234-5678" }] }),
    );
    expect(noAtt.findings).toEqual([]);
    expect(noAtt.verdict).toBe("allow");
    const off = personalDataCheck(ctx({ policyInput: { personalData: { action: "off" } } }));
    expect(off).toEqual({ verdict: "allow", findings: [], actions: [], lines: [], confirmKeys: [] });
  });

  test("an unreadable attachment alone asks once in warn mode", () => {
    const c = ctx({ draft: { ...emptyDraft(), body: "" }, contents: [{ name: "x.pdf", unreadable: "unknown_type" }] });
    const out = personalDataCheck(c);
    expect(out.verdict).toBe("confirm");
    expect(out.lines).toEqual(["添付 x.pdf の内容は確認できませんでした（読み取れない種類のファイルです）"]);
    expect(personalDataCheck({ ...c, state: { confirmed: out.confirmKeys } }).verdict).toBe("allow");
  });

  test("attachment names are scanned too", () => {
    const out = personalDataCheck(
      ctx({ draft: { ...emptyDraft(), body: "", attachments: [{ id: "1", name: "連絡先_090-1234-5678.txt", size: 1, kind: "file", isInline: false }] } }),
    );
    expect(out.findings.map((f) => (f.kind === "personal_data" ? [f.type, f.where] : [f.kind]))).toEqual([["phone", "attachment:連絡先_090-1234-5678.txt"]]);
    expect(out.lines[0]).toBe("電話番号 090-****-5678 (添付ファイル名: 連絡先_090-1234-5678.txt)");
  });
});

describe("personal-data lines fold per type, with a count per source", () => {
  test("2,376 phone numbers in one file are one line, thousands separated (ja and en)", () => {
    const contents = [{ name: "顧客リスト.csv", text: phoneCsv(2376) }];
    const ja = personalDataCheck(ctx({ draft: { ...emptyDraft(), body: "" }, contents }));
    expect(ja.findings).toHaveLength(2376);
    expect(ja.lines).toEqual(["電話番号 2,376 件 (顧客リスト.csv)"]);
    const en = personalDataCheck(ctx({ lang: "en", draft: { ...emptyDraft(), body: "" }, contents: [{ name: "customers.csv", text: phoneCsv(2376) }] }));
    expect(en.lines).toEqual(["Phone number: 2,376 (customers.csv)"]);
  });

  test("several sources: the largest first, each with its count; sources named 件名/本文/file name", () => {
    const body = "連絡先 090-1111-2222、090-3333-4444、090-5555-6666";
    const out = personalDataCheck(
      ctx({
        draft: { ...emptyDraft(), subject: "携帯 080-1234-5678", body, attachments: [{ id: "1", name: "連絡先_070-1234-5678.txt", size: 1, kind: "file", isInline: false }] },
        contents: [{ name: "a.csv", text: phoneCsv(1200) }],
      }),
    );
    expect(out.lines).toEqual(["電話番号 1,205 件 (a.csv 1,200 件, 本文 3 件, 件名 1 件, ほか 1 か所)"]);
    const en = personalDataCheck(
      ctx({ lang: "en", draft: { ...emptyDraft(), body, attachments: [{ id: "1", name: "連絡先_070-1234-5678.txt", size: 1, kind: "file", isInline: false }] } }),
    );
    expect(en.lines).toEqual(["Phone number: 4 (body 3, file name 連絡先_070-1234-5678.txt 1)"]);
  });

  test("one or two findings of a type still show their masked values, on one line", () => {
    const out = personalDataCheck(ctx({ draft: { ...emptyDraft(), body: "携帯 090-1234-5678" }, contents: [{ name: "x.csv", text: "携帯 080-2222-3333" }] }));
    expect(out.lines).toEqual(["電話番号 090-****-5678 (本文), 080-****-3333 (添付: x.csv)"]);
  });

  test("each type keeps its own line, in the order first found", () => {
    const out = personalDataCheck(ctx({ draft: { ...emptyDraft(), body: "本人のマイナンバーは 1234 5678 9018 です。" }, contents: [{ name: "c.csv", text: phoneCsv(5) }] }));
    expect(out.lines).toEqual(["マイナンバー 1234 **** **18 (本文)", "電話番号 5 件 (c.csv)"]);
  });

  test("formatCount puts a comma every three digits", () => {
    expect([0, 999, 1000, 2376, 1234567].map(formatCount)).toEqual(["0", "999", "1,000", "2,376", "1,234,567"]);
  });
});

describe("personal-data confirm keys stay bounded (issue 10: a 20,000-row customer list overflowed the session state)", () => {
  const rows = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => `顧客${from + i},090-${String(1000 + ((from + i) % 9000)).padStart(4, "0")}-${String((from + i) % 10000).padStart(4, "0")},user${from + i}@mail.example.com`).join("\n");

  test("20,000 rows of phones and e-mails: one key per type and place, not one per row", () => {
    const out = personalDataCheck(ctx({ contents: [{ name: "customers.csv", text: rows(20_000) }] }));
    expect(out.findings.length).toBeGreaterThan(20_000);
    expect(out.confirmKeys.length).toBeLessThanOrEqual(4);
    expect(out.confirmKeys.join("").length).toBeLessThan(400);
  });

  test("anything new still asks again: one more row changes the key; the same rows in another order do not", () => {
    const first = personalDataCheck(ctx({ contents: [{ name: "customers.csv", text: rows(500) }] }));
    const seen = { confirmed: first.confirmKeys };
    const reordered = rows(500).split("\n").reverse().join("\n");
    expect(personalDataCheck(ctx({ state: seen, contents: [{ name: "customers.csv", text: reordered }] })).verdict).toBe("allow");
    const more = personalDataCheck(ctx({ state: seen, contents: [{ name: "customers.csv", text: `${rows(500)}\n${rows(1, 9_999)}` }] }));
    expect(more.verdict).toBe("confirm");
    const elsewhere = personalDataCheck(ctx({ state: seen, contents: [{ name: "other.csv", text: rows(500) }] }));
    expect(elsewhere.verdict).toBe("confirm");
  });
});
