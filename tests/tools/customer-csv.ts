/**
 * A customer list as people really attach it (issue 10): name, phone, e-mail per row, UTF-8 CSV.
 * Generated in the test, deterministic, never committed: 20,000 rows is about 1.5 MB.
 */
const FAMILY = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤"];
const GIVEN = ["太郎", "花子", "一郎", "美咲", "健太", "由美", "翔太", "陽子", "大輔", "さくら"];

function row(i: number): string {
  const phone = `090-${String(1000 + (i % 9000)).padStart(4, "0")}-${String((i * 7919) % 10000).padStart(4, "0")}`;
  return `${FAMILY[i % 10]} ${GIVEN[Math.floor(i / 10) % 10]},${phone},customer${i}@mail-example.jp,東京都千代田区${(i % 50) + 1}-${(i % 9) + 1}`;
}

/** `rows` data rows after the header. */
export function customerCsv(rows: number): Uint8Array {
  const lines = ["氏名,電話番号,メールアドレス,住所"];
  for (let i = 0; i < rows; i++) lines.push(row(i));
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}

/** As many rows as fit in `bytes` (e.g. just under Outlook's 25 MB). */
export function customerCsvOfSize(bytes: number): Uint8Array {
  const perRow = new TextEncoder().encode(`${row(123456)}\n`).length;
  let csv = customerCsv(Math.floor(bytes / perRow));
  while (csv.length > bytes) csv = csv.subarray(0, csv.lastIndexOf(10, csv.length - 2) + 1);
  return csv;
}
