/**
 * Personal data in the playground: the real handler reads the body and the attachments (a CSV of
 * customers, an .xlsx with マイナンバー), and the Smart Alert names each find with a masked
 * preview and where it was — never the full value.
 */
import { strToU8, zipSync } from "fflate";
import { fillCompose, openPlayground, send, setPolicy, usePlayground } from "./playground-driver";

const harness = usePlayground();

const POLICY = JSON.stringify({
  internalDomains: ["example.co.jp"],
  external: { confirm: false },
  supervisor: { when: "never" },
  attachments: { protect: "never" },
  personalData: { action: "block" },
});

/** A minimal real .xlsx: one sheet whose header row labels the columns, strings in sharedStrings.xml. */
function workbook(rows: Array<Array<string | number>>): Buffer {
  const strings: string[] = [];
  const ref = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const col = (i: number) => String.fromCharCode(65 + i);
  const sheetRows = rows
    .map((row, r) => {
      const cells = row.map((v, c) => (typeof v === "number" ? `<c r="${col(c)}${r + 1}"><v>${v}</v></c>` : `<c r="${col(c)}${r + 1}" t="s"><v>${ref(v)}</v></c>`));
      return `<row r="${r + 1}">${cells.join("")}</row>`;
    })
    .join("");
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  return Buffer.from(
    zipSync({
      "[Content_Types].xml": strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      "xl/workbook.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><workbook ${ns}><sheets><sheet name="名簿" sheetId="1"/></sheets></workbook>`),
      "xl/sharedStrings.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><sst ${ns}>${strings.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`),
      "xl/worksheets/sheet1.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}><sheetData>${sheetRows}</sheetData></worksheet>`),
    }),
  );
}

test("body, a customer CSV and an xlsx with マイナンバー: each named, masked, with its place", async () => {
  const page = await openPlayground(harness(), { lang: "ja-JP" });
  await setPolicy(page, POLICY);
  await page.setInputFiles("#attach-input", [
    { name: "顧客一覧.csv", mimeType: "text/csv", buffer: Buffer.from("氏名,電話番号,メール\n山田 太郎,090-1234-5678,taro.yamada@gmail.com\n", "utf8") },
    { name: "社員名簿.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: workbook([["氏名", "マイナンバー"], ["佐藤 花子", 987654321093]]) },
  ]);
  await page.waitForSelector('[data-testid=attachment][data-name="社員名簿.xlsx"]');
  await fillCompose(page, {
    to: "hanako@example.co.jp",
    subject: "手続きの件",
    body: "人事部 御中\n\n鈴木 一郎さんのマイナンバーは 1234 5678 9018 です。\n手続きをお願いします。",
  });
  const result = await send(page);
  expect(result.state).toBe("not-sent");
  const shown = result.shown ?? "";
  expect(shown).toMatch(/マイナンバー .*\(本文\)/);
  expect(shown).toMatch(/電話番号 090-\*{4}-5678 \(添付: 顧客一覧\.csv\)/);
  expect(shown).toMatch(/マイナンバー .*\(添付: 社員名簿\.xlsx\)/);
  for (const full of ["1234 5678 9018", "987654321093", "090-1234-5678"]) expect(shown).not.toContain(full);
  await page.close();
});

test("a customer list of 2,376 phone numbers is one counted line; masks keep their asterisks and a 5月 file name does not turn italic", async () => {
  const page = await openPlayground(harness(), { lang: "ja-JP" });
  await setPolicy(page, POLICY);
  const rows = Array.from({ length: 2376 }, (_, i) => `山田${i},090-${1000 + (i % 9000)}-${String(1000 + i).padStart(4, "0")}`);
  await page.setInputFiles("#attach-input", [
    { name: "顧客リスト.csv", mimeType: "text/csv", buffer: Buffer.from("氏名,電話\n" + rows.join("\n") + "\n", "utf8") },
    { name: "見積_5月_案.txt", mimeType: "text/plain", buffer: Buffer.from("担当 携帯 080-2222-3333\n", "utf8") },
  ]);
  await page.waitForSelector('[data-testid=attachment][data-name="見積_5月_案.txt"]');
  await fillCompose(page, { to: "hanako@example.co.jp", subject: "一覧", body: "マイナンバーは 1234 5678 9018 です。" });
  const result = await send(page);
  expect(result.state).toBe("not-sent");
  const shown = result.shown ?? "";
  expect(shown).toContain("電話番号 2,377 件 (顧客リスト.csv 2,376 件, 見積_5月_案.txt 1 件)");
  expect(shown).toContain("マイナンバー 1234 **** **18 (本文)");
  // Rendered as Outlook renders errorMessageMarkdown: only the header is emphasised.
  expect(await page.$$eval("#smart-alert-message em, #smart-alert-message strong", (els) => els.length)).toBe(1);
  expect((result.completed?.errorMessageMarkdown as string).length).toBeLessThanOrEqual(500);
  await page.close();
});
