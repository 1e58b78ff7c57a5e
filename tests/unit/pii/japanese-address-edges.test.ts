import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

describe("where a Japanese address ends, and whose it is", () => {
  test("a TEL after the block number is not part of the address", () => {
    const text = "ご自宅：大阪府豊中市緑丘2-4-18　TEL 06-6849-3012";
    expect(found(text)).toEqual([
      ["address", "大阪府豊中市緑丘2-4-18"],
      ["phone", "06-6849-3012"],
    ]);
  });

  test("a funeral hall's or a school's address is the institution's", () => {
    expect(found("斎場：みどり会館　大阪府豊中市緑丘2-4-18")).toEqual([]);
    expect(found("集合場所：本校 体育館（大阪府豊中市緑丘2-4-18）")).toEqual([]);
  });

  test("an old address in a company's relocation notice, several lines under the announcement", () => {
    const text = [
      "このたび弊社は本社を移転いたしますので、下記のとおりお知らせいたします。",
      "",
      "新所在地：大阪府大阪市北区梅田3-1-1 梅田ノースゲート22階",
      "新電話番号：06-6100-2000",
      "営業開始日：2027年4月5日",
      "",
      "旧住所：大阪府大阪市北区中之島2-3-18 中之島第一ビル",
    ].join("\n");
    expect(found(text)).toEqual([]);
  });

  test("a building line without a usual suffix, ending in the room number, after a break at 番", () => {
    const text = "住所：\n神奈川県藤沢市鵠沼海岸四丁目12番\n　シーブリーズ鵠沼 302\n電話：0466-34-2210";
    expect(found(text)).toEqual([
      ["address", "神奈川県藤沢市鵠沼海岸四丁目12番\n　シーブリーズ鵠沼 302"],
      ["phone", "0466-34-2210"],
    ]);
  });
});
