import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// Whose account it is is written in the holder field (口座名義 / Account name), which may stand on
// the line above or below the number; another field of a form there says nothing about it.
describe("the account holder's line", () => {
  test("an association's holder line above the number", () => {
    const text = "会費の振込先\n口座名義：一般社団法人みなと写真協会\nりそな銀行 新橋支店 普通 3318025";
    expect(found(text)).toEqual([]);
  });

  test("a godo kaisha (G.K.) named after the number on an invoice", () => {
    expect(found("Bank: Resona Bank, Shimbashi Branch, ordinary 3318025, Harbor Lane G.K.")).toEqual([]);
  });

  test("a form's next field naming a partner company does not make a person's account a company's", () => {
    const text = "振込口座：長野銀行 松本支店 普通 3318025\n取引先：株式会社あずみ製作所";
    expect(found(text)).toEqual([["bank_account", "3318025"]]);
  });

  test("a person's holder line above the number stays personal", () => {
    expect(found("口座名義：ヤマモト サトシ\n普通 3318025")).toEqual([["bank_account", "3318025"]]);
  });
});
