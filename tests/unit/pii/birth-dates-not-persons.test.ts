import { scanText } from "../../../src/core/pii/scanner";

const births = (text: string): string[] => scanText(text).filter((m) => m.type === "birth_date").map((m) => m.text);

// Dates that look like a person's date of birth but are not: an animal's (rule 30 of the
// labelled sets: animals are not persons) and a date of death written after the birth date.
describe("dates of birth that are not a person's", () => {
  test("a pet's date of birth field", () => {
    expect(births("飼い主の生年月日：1979年3月8日\nペットの生年月日：2020年6月14日")).toEqual(["1979年3月8日"]);
  });

  test("an animal's date of birth in English prose", () => {
    expect(births("About my dog Biscuit: the clinic lists his date of birth as 9 June 2018, not 9 June 2017.")).toEqual([]);
    expect(births("My date of birth is 9 June 1984.")).toEqual(["9 June 1984"]);
  });

  test("a date of death after the birth date on one line", () => {
    expect(births("故人：森 和夫　生年月日 昭和15年2月11日　死亡日 令和7年8月3日")).toEqual(["昭和15年2月11日"]);
    expect(births("Deceased: Ann Hall, date of birth 2 March 1941, date of death 5 May 2026")).toEqual(["2 March 1941"]);
  });
});
