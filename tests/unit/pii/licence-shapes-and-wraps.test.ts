import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

describe("運転免許証番号 as people write them", () => {
  // 12 digits: commission (2), year first licensed (2), serial (6), check and reissue digits (2).
  test("grouped 2-2-6-2 after its fields", () => {
    expect(found("免許証番号：30-19-208113-40")).toEqual([["drivers_license", "30-19-208113-40"]]);
    expect(found("Driver's licence no. 30 19 208113 40")).toEqual([["drivers_license", "30 19 208113 40"]]);
  });

  test("the label wrapped by the mail client before 'number is'", () => {
    const text = "For the rental I attach a copy of my driver's license\nnumber is 3019 2081 1340, valid to 2028.";
    expect(found(text)).toEqual([["drivers_license", "3019 2081 1340"]]);
  });

  test("a bare 'licence number' in a mail about a car", () => {
    expect(found("For the car lease, my licence number: 3019-2081-1340")).toEqual([["drivers_license", "3019-2081-1340"]]);
    // a software licence stays a software licence
    expect(found("Your licence number: 3019-2081-1340 for Office Suite")).toEqual([]);
  });
});
