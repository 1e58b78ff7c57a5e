import { ScanDoc } from "../../../src/core/pii/context";
import { scanText } from "../../../src/core/pii/scanner";
import { customerCsv } from "../../tools/customer-csv";

// An attached customer list is one table of 200,000 rows, scanned as one text (no blank line to cut
// at). Its look-ups must cost the same per row whatever the row count: no cache entry kept per row
// for the whole scan (every GC of the scan walked them), and the header read once, not per value.
describe("table look-ups of a big CSV", () => {
  const rows = 2000;
  const text = new TextDecoder().decode(customerCsv(rows));
  /** Where each row's phone starts (the second cell). */
  const phones: number[] = [];
  for (let at = text.indexOf("\n") + 1; at > 0 && at < text.length; at = text.indexOf("\n", at) + 1) phones.push(text.indexOf(",", at) + 1);

  test("the scan document keeps no map that grows with the rows", () => {
    const doc = new ScanDoc(text);
    for (const p of phones) {
      expect(doc.labelBefore(p)?.category).toBe("phone");
      doc.tableHeaderText(p);
    }
    const mapSizes = Object.values(doc as unknown as Record<string, unknown>)
      .filter((v): v is Map<unknown, unknown> => v instanceof Map)
      .map((m) => m.size);
    expect(phones.length).toBe(rows);
    expect(Math.max(0, ...mapSizes)).toBeLessThan(16);
  });

  test("the header line is read once for all the rows under it", () => {
    const doc = new ScanDoc(text);
    const reads = jest.spyOn(ScanDoc.prototype, "lineText");
    try {
      for (const p of phones) expect(doc.tableHeaderText(p)).toBe("氏名,電話番号,メールアドレス,住所");
      // (each row's own line is read once too, for its delimiter)
      expect(reads.mock.calls.filter(([line]) => line === 0).length).toBeLessThan(10);
    } finally {
      reads.mockRestore();
    }
  });

  test("every row's phone, e-mail and address are still found, in text order", () => {
    // 6,000 candidates over 150,000 characters: overlap resolution orders them by counting passes
    const found = scanText(text);
    for (const type of ["phone", "email_address", "address"]) expect(found.filter((m) => m.type === type)).toHaveLength(rows);
    const phoneAt = found.filter((m) => m.type === "phone").map((m) => m.start);
    expect(phoneAt).toEqual(phones);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThan(found[i - 1].start);
  });
});
