import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// Issuer ranges change (Mastercard's 2-series came in 2017); a 16-digit number that passes the
// Luhn check and that the text calls a card is a card even outside the ranges the detector lists.
describe("a labelled card number outside the listed issuer ranges", () => {
  test("called a card: flagged", () => {
    expect(found("支払いに使ったカードは 5971 0438 6512 2307 です。")).toEqual([["credit_card", "5971 0438 6512 2307"]]);
    expect(found("Card number: 5971043865122307")).toEqual([["credit_card", "5971043865122307"]]);
  });

  test("unlabelled, or failing the Luhn check: not flagged", () => {
    expect(found("参照番号 5971 0438 6512 2307")).toEqual([]);
    expect(found("5971 0438 6512 2307")).toEqual([]);
    expect(found("カード番号 5971 0438 6512 2308")).toEqual([]);
  });

  test("a point or gift card's number, or one outside the bank-card ranges, is not", () => {
    expect(found("ポイントカードを統合しました。\nカード番号：5971 0438 6512 2307")).toEqual([]);
    expect(found("Your gift card is ready. Card number: 5971 0438 6512 2307")).toEqual([]);
    expect(found("Card number: 9900 1234 5678 9017")).toEqual([]);
  });
});
