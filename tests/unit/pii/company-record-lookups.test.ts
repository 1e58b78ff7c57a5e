import { ScanDoc } from "../../../src/core/pii/context";
import { companyRecord } from "../../../src/core/pii/org-context";

// companyRecord is asked for every address, postcode and account candidate: a record's lines are
// walked once per line asked about, not once per candidate (the walk reads up to 17 lines).
describe("company record look-ups", () => {
  const record = [
    "Legal name: Hanamaki Tools Co., Ltd.",
    "Corporate Number: 5400001003334",
    "Registered address: 3-7 Kitakami-cho, Hanamaki-shi, Iwate 025-0092",
    "Remittance: Iwate Bank, Hanamaki branch, ordinary 4471203",
  ];
  const person = ["Name: Kenta Abe", "Home address: 5-2-9 Sakura-cho, Hanamaki-shi, Iwate 025-0061"];
  const text = [...record, "", ...person].join("\n");
  const addressLine = text.indexOf("Registered address");
  const homeLine = text.indexOf("Home address");

  test("the answers: the company's record is one, a person's form is not", () => {
    const doc = new ScanDoc(text);
    expect(companyRecord(doc, addressLine + 20)).toBe(true);
    expect(companyRecord(doc, homeLine + 15)).toBe(false);
  });

  test("fifty candidates on one line read the record's lines once", () => {
    const doc = new ScanDoc(text);
    const ends = jest.spyOn(ScanDoc.prototype, "lineEnd");
    try {
      for (let k = 0; k < 50; k++) expect(companyRecord(doc, addressLine + 20 + (k % 30))).toBe(true);
      // one walk: a few reads of each of the block's lines (and the blank line after it)
      expect(ends.mock.calls.length).toBeLessThan(30);
    } finally {
      ends.mockRestore();
    }
  });
});
