import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// A landline written right after the name of an institution (a school, a clinic, a union, a
// library, a hall) is how that institution is reached, not a person's number.
describe("landlines of institutions named before them", () => {
  test("Japanese institutions with the number in brackets", () => {
    expect(found("ご不明点は共済組合（06-6941-3310）までお願いします。")).toEqual([]);
    expect(found("みなみ保育園（045-331-2708）")).toEqual([]);
    expect(found("会場：市民文化ホール　港北区大倉山1-2-3　TEL 045-541-0021")).toEqual([]);
  });

  test("a shop's number in brackets after TEL", () => {
    expect(found("受取店舗：博多駅前店（TEL 092-431-7766）")).toEqual([]);
  });

  test("English institutions", () => {
    expect(found("Westside Animal Clinic at 03-3710-4482 is open on Sundays.")).toEqual([]);
    expect(found("Green Valley School Association (Tel 048-222-3131)")).toEqual([]);
    expect(found("Aoyama Dental | 03-5466-0909 | 2-1-1 Kita-Aoyama, Minato-ku")).toEqual([]);
  });

  test("a number the sender takes calls on (お電話…で承ります)", () => {
    expect(found("ご予約の変更はウェブまたはお電話（0266-72-1180）で承ります。")).toEqual([]);
  });

  test("a person's own numbers stay, even with an institution on the line", () => {
    expect(found("勤務先は病院ですが、自宅 0266-72-1180 へお願いします。")).toEqual([["phone", "0266-72-1180"]]);
    expect(found("息子の保育園のお迎えがあるので、携帯 090-4471-2093 まで。")).toEqual([["phone", "090-4471-2093"]]);
    expect(found("Please call me on 0266-72-1180 after school hours.")).toEqual([["phone", "0266-72-1180"]]);
  });
});

describe("phone shapes", () => {
  test("spaces typed around the hyphens", () => {
    expect(found("電話：080 - 3311 - 2764")).toEqual([["phone", "080 - 3311 - 2764"]]);
  });

  test("a spaced number that goes on with another group is a longer number, not a phone", () => {
    expect(found("お客さま番号　06 4412 7730 2291")).toEqual([]);
    expect(found("Call me: 06 4412 7730")).toEqual([["phone", "06 4412 7730"]]);
  });
});
