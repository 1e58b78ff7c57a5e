import { strToU8, zipSync } from "fflate";
import { extractText } from "../../../src/core/pii/extract";
import { scanText } from "../../../src/core/pii";

const textOf = async (bytes: Uint8Array, name: string): Promise<string> => {
  const r = await extractText(bytes, name);
  if (!("text" in r)) throw new Error(`unreadable: ${r.unreadable}`);
  return r.text;
};

describe("extractText", () => {
  test(".csv in UTF-8 and in Shift_JIS", async () => {
    expect(await textOf(strToU8("氏名,電話\n山田,090-1111-2222\n"), "顧客一覧.csv")).toContain("090-1111-2222");
    // "氏名,電話\n山田," in Shift_JIS, then ASCII
    const sjis = new Uint8Array([0x8e, 0x81, 0x96, 0xbc, 0x2c, 0x93, 0x64, 0x98, 0x62, 0x0a, 0x8e, 0x52, 0x93, 0x63, 0x2c, ...strToU8("090-1111-2222\n")]);
    const text = await textOf(sjis, "customers.CSV");
    expect(text).toBe("氏名,電話\n山田,090-1111-2222\n");
    expect(scanText(text).map((m) => m.text)).toEqual(["090-1111-2222"]);
  });

  test(".docx paragraphs", async () => {
    const doc = `<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>マイナンバー：</w:t></w:r><w:r><w:t xml:space="preserve">1234 5678 9018</w:t></w:r></w:p><w:p><w:r><w:t>以上 &amp; よろしく</w:t></w:r></w:p></w:body></w:document>`;
    const bytes = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8(doc) });
    const text = await textOf(bytes, "申請書.docx");
    expect(text).toBe("マイナンバー：1234 5678 9018\n以上 & よろしく\n");
  });

  test(".xlsx shared strings and cells, as tab-separated rows under their header", async () => {
    const shared = `<sst><si><t>氏名</t></si><si><t>マイナンバー</t></si><si><t>山田 花子</t></si><si><r><t>1234 5678</t></r><r><t xml:space="preserve"> 9018</t></r></si></sst>`;
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>42</v></c><c r="C2" t="s"><v>3</v></c></row></sheetData></worksheet>`;
    const bytes = zipSync({ "xl/sharedStrings.xml": strToU8(shared), "xl/worksheets/sheet1.xml": strToU8(sheet) });
    const text = await textOf(bytes, "社員.xlsx");
    expect(text).toBe("氏名\t\tマイナンバー\n山田 花子\t42\t1234 5678 9018");
    expect(scanText(text).map((m) => [m.type, m.text])).toEqual([["my_number", "1234 5678 9018"]]);
  });

  test(".pptx slide text", async () => {
    const slide = `<p:sld><a:p><a:r><a:t>連絡先</a:t></a:r></a:p><a:p><a:r><a:t>携帯 090-2222-3333</a:t></a:r></a:p></p:sld>`;
    const bytes = zipSync({ "ppt/slides/slide1.xml": strToU8(slide) });
    expect(await textOf(bytes, "deck.pptx")).toBe("連絡先\n携帯 090-2222-3333\n");
  });

  test(".eml text part and a text attachment inside it", async () => {
    const eml = [
      "From: a@example.com",
      "To: b@example.com",
      "Subject: test",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="XX"',
      "",
      "--XX",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "携帯 090-1234-5678",
      "--XX",
      'Content-Type: text/csv; name="list.csv"',
      'Content-Disposition: attachment; filename="list.csv"',
      "",
      "氏名,電話",
      "佐藤,080-3333-4444",
      "--XX--",
      "",
    ].join("\r\n");
    const text = await textOf(strToU8(eml), "fwd.eml");
    expect(text).toContain("090-1234-5678");
    expect(text).toContain("080-3333-4444");
  });

  test("honest reasons: encrypted, too large, unknown type, damaged", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await extractText(ole, "secret.xlsx")).toEqual({ unreadable: "encrypted" });
    expect(await extractText(new Uint8Array(2048), "big.txt", { maxBytes: 1024 })).toEqual({ unreadable: "too_large" });
    expect(await extractText(strToU8("%PDF-1.7"), "scan.pdf")).toEqual({ unreadable: "unknown_type" });
    expect(await extractText(strToU8("not a zip"), "broken.docx")).toEqual({ unreadable: "corrupt" });
    // a ZIP whose entry has the "encrypted" flag set
    const zip = zipSync({ "word/document.xml": strToU8("<w:document/>") });
    zip[6] |= 1;
    expect(await extractText(zip, "locked.docx")).toEqual({ unreadable: "encrypted" });
  });

  // A super-linear reader would run into the test's time limit; the bench measures the speed.
  test("hostile XML (a megabyte of unclosed tags) is read to the end without text invented", async () => {
    const xml = "<w:t".repeat(250_000);
    const bytes = zipSync({ "word/document.xml": strToU8(xml) });
    const result = await extractText(bytes, "x.docx");
    expect("text" in result ? result.text.trim() : result.unreadable).toBe("");
  }, 10_000);
});
