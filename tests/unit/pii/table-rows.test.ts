import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// A CSV or TSV pasted into a mail is data about the people in its rows: its lines are neither a
// signature block nor a heading over the next line.
describe("rows of a pasted table", () => {
  test("a CSV export whose last row is a team's line is not a signature", () => {
    const csv = [
      "Attendees exported from the sign-up form:",
      "name,mail,tel,slot",
      "Hana Ito,hana.ito@example.org,090-2231-5870,AM",
      "Leo Park,leo.p@example.net,,PM",
      "Front team (desk tel),,03-5210-9911,-",
      "",
      "See you Saturday.",
    ].join("\n");
    expect(found(csv)).toEqual([
      ["email_address", "hana.ito@example.org"],
      ["phone", "090-2231-5870"],
      ["email_address", "leo.p@example.net"],
    ]);
  });

  test("a header cell naming a reception number (受付No) does not make the next row's landline an office's", () => {
    const csv = "受付No,氏名,電話\n7,森 久美子,0852-21-4307\n8,森 隆,0852-21-4307\n";
    expect(found(csv)).toEqual([
      ["phone", "0852-21-4307"],
      ["phone", "0852-21-4307"],
    ]);
  });

  test("a landline under an office's name line outside a table is still the office's", () => {
    expect(found("お問い合わせ窓口\n0852-21-4307")).toEqual([]);
  });
});
