/**
 * carryFindings keeps, per type and file, what the Send's personal-data check would show and the
 * same confirm key it would make (findingKeys over the distinct values) — for small texts and for a
 * customer list of many thousand rows (grouped by appending; copying per finding was quadratic).
 */
import { defaultPolicy } from "../../../src/core/policy/parse-policy";
import { scanText } from "../../../src/core/pii/scanner";
import { findingKeys } from "../../../src/core/pii/personal-data-check";
import { carryFindings, fitsCarry } from "../../../src/core/protect-check/carried-findings";
import type { PersonalDataFinding } from "../../../src/core/review/types";
import { customerCsv } from "../../tools/customer-csv";

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

/** What the personal-data check would find in this file: distinct values per type, in text order. */
function expectedGroups(name: string, text: string) {
  const where = `attachment:${name}` as const;
  const byType = new Map<string, PersonalDataFinding[]>();
  const seen = new Set<string>();
  for (const m of scanText(text, { types: defaultPolicy().personalData.types })) {
    if (seen.has(`${m.type}\u0000${m.text}`)) continue;
    seen.add(`${m.type}\u0000${m.text}`);
    const list = byType.get(m.type) ?? [];
    list.push({ kind: "personal_data", type: m.type, text: m.text, where, masked: m.masked });
    byType.set(m.type, list);
  }
  return [...byType].map(([type, list]) => ({ type, file: name, count: list.length, masked: list.slice(0, 2).map((f) => f.masked), key: findingKeys(list)[0] }));
}

test("a repeated value counts once; two masked previews per type and file; the check's own key", () => {
  const text = "連絡先: taro@example.com, taro@example.com, hanako@example.com, jiro@example.com\n電話 090-1234-5678\n";
  const carried = carryFindings([{ name: "memo.txt", text }], defaultPolicy());
  const emails = carried.groups.find((g) => g.type === "email_address");
  expect(emails?.count).toBe(3);
  expect(emails?.masked).toHaveLength(2);
  expect(emails?.masked.join(" ")).not.toContain("taro@example.com");
  expect(carried.groups).toEqual(expectedGroups("memo.txt", text));
  expect(carried.unreadable).toEqual([]);
});

test("a 5,000-row customer list: one group per type with every distinct row counted, small enough to carry", () => {
  const text = decode(customerCsv(5_000));
  const carried = carryFindings([{ name: "customers.csv", text }, { name: "scan.pdf", unreadable: "no_text" }], defaultPolicy());
  expect(carried.groups).toEqual(expectedGroups("customers.csv", text));
  expect(carried.groups.find((g) => g.type === "email_address")?.count).toBe(5_000);
  expect(carried.unreadable).toEqual([{ file: "scan.pdf", reason: "no_text" }]);
  expect(fitsCarry(carried)).toBe(true);
});
