import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// A value is often named in the sentence before it, on the line above, or by a column of a
// table typed with "|" — not by a label right beside it.
describe("values named in the sentence before, or by a '|' table's header", () => {
  test("a dotted My Number on the line under the sentence that calls it one", () => {
    expect(found("念のためマイナンバーをお知らせします。控えておいてください。\n4821.3067.5916")).toEqual([]);
    const valid = "念のためマイナンバーをお知らせします。控えておいてください。\n" + dotted("482130675918");
    expect(found(valid).map(([t]) => t)).toEqual(["my_number"]);
    // dotted groups with no such sentence stay a version or a code
    expect(found("Build\n" + dotted("482130675918"))).toEqual([]);
  });

  test("a dotted card number after 'my card is' / 'new card:'", () => {
    expect(found("Please charge my other card, it is 4539.1488.0343.6467 thanks")).toEqual([["credit_card", "4539.1488.0343.6467"]]);
    // a gift or point card is not a payment card
    expect(found("Your gift card is 4539.1488.0343.6467.")).toEqual([]);
  });

  test("a debit card (Maestro range) wrapped over two lines under a card-number sentence", () => {
    const text = "前回のメールでカード番号が切れていましたので、もう一度送ります。\n5610 5910 8101\n8250";
    expect(found(text)).toEqual([["credit_card", "5610 5910 8101\n8250"]]);
    expect(found("Order ref 5610 5910 8101 8250")).toEqual([]);
  });

  test("an 'individual_no' column header (a data export) names My Numbers", () => {
    const tsv = "id\tname\tindividual_no\nA12\tRiko Hara\t" + "482130675918";
    expect(found(tsv)).toEqual([["my_number", "482130675918"]]);
  });

  test("a table typed with '|' separators: the column header names the value", () => {
    const table = "Name        | Basic Pension No. | Joined\nAmy Wu      | 4310 582201       | 2026-04-01\nRaj Patel   | 4310582202        | 2026-05-01";
    expect(found(table)).toEqual([
      ["pension_number", "4310 582201"],
      ["pension_number", "4310582202"],
    ]);
  });

  test("a bare 'licence' beside a 12-digit number when the mail is about drivers", () => {
    const text = "Drivers for the rental van on Sunday:\n- Lena Fox, licence 301522814870\n- Omar Said, licence 3015-2281-4871";
    expect(found(text)).toEqual([
      ["drivers_license", "301522814870"],
      ["drivers_license", "3015-2281-4871"],
    ]);
    // a software licence stays out
    expect(found("Renew the CAD licence 301522814870 before March.")).toEqual([]);
  });
});

function dotted(d: string): string {
  return `${d.slice(0, 4)}.${d.slice(4, 8)}.${d.slice(8)}`;
}
