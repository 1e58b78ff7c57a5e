import { windowsOf, WHOLE_UP_TO } from "../../../src/core/pii/chunks";
import { scanText, scanWhole } from "../../../src/core/pii/scanner";

// Big texts are scanned a window at a time (chunks.ts); the findings must be exactly those of
// one reading of the whole text.
const pieces = [
  "各位\n\n扶養家族の届出内容を転記しました。\n\n氏名\t続柄\t番号\n山川 葵\t長女\t4821 3067 5917\n山川 蓮\t長男\t7039 1528 4463\n",
  "マイナンバーの控え一覧（人事部保管分）\n\n\n・4821 3067 5917\n・7039 1528 4463\n",
  "先方の携帯は 090-5521-7340 です。自宅は 〒167-0051 東京都杉並区荻窪4-12-9 です。\n",
  "--\n港北ロジ株式会社 物流部\n代表 045-410-2200\nFAX 045-410-2201\n\n以上です。\n",
  "生年月日：平成4年11月30日\n口座：普通 3417729\n",
  "Please wire it to account 3417729 at the Kanda branch.\n\nThanks,\nKen\n",
  "次回の打合せは来週火曜の午後でお願いします。議事録は共有フォルダに置きました。\n",
];

function bigText(n: number): string {
  let s = "";
  for (let k = 0; s.length < n; k++) s += pieces[(k * 5) % pieces.length] + (k % 3 === 0 ? "\n" : "\n\n");
  return s;
}

describe("scanning a big text in windows", () => {
  test("a text over the limit is cut, and the findings are those of one whole reading", () => {
    const text = bigText(WHOLE_UP_TO * 3);
    expect(windowsOf(text).length).toBeGreaterThan(2);
    const whole = scanWhole(text);
    expect(whole.length).toBeGreaterThan(100);
    expect(scanText(text)).toEqual(whole);
  });

  test("every window's kept part follows the last, and each starts after an empty line", () => {
    const text = bigText(WHOLE_UP_TO * 3);
    const ws = windowsOf(text);
    for (let k = 1; k < ws.length; k++) {
      expect(ws[k].keepFrom).toBe(ws[k - 1].keepTo);
      expect(text.slice(ws[k].keepFrom - 2, ws[k].keepFrom)).toBe("\n\n");
      expect(ws[k].from).toBeLessThanOrEqual(ws[k].keepFrom - 400);
    }
    expect(ws[ws.length - 1].keepTo).toBe(text.length);
  });

  test("no cut within 20 lines after a line that may be a separator (a signature may run on past an empty line)", () => {
    const unit = "本文の一行目です。\n\n----------\n署名 太郎\n\n携帯 090-1111-2222\n\n";
    const text = unit.repeat(Math.ceil((WHOLE_UP_TO * 2) / unit.length));
    expect(windowsOf(text)).toHaveLength(1);
  });
});
