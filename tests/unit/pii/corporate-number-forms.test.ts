import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

describe("corporate numbers as supplier forms write them", () => {
  test("written 1-4-4-4 with spaces, the way the registry certificate prints it", () => {
    expect(found("Corporate number: 3 0111 0204 7751")).toEqual([["corporate_number", "3 0111 0204 7751"]]);
    expect(found("法人番号　6 1200 0109 9312")).toEqual([["corporate_number", "6 1200 0109 9312"]]);
    // the same spacing inside a longer run of groups is something else
    expect(found("Corporate number: 3 0111 0204 7751 2210")).toEqual([]);
  });

  test("法人番号 and the same digits as a T registration number: every occurrence is a finding", () => {
    const form = "商号：株式会社ヤマブキ\n法人番号：2010001034283\n登録番号：T2010001034283";
    expect(found(form)).toEqual([
      ["corporate_number", "2010001034283"],
      ["corporate_number", "2010001034283"],
    ]);
    const en = "Corporate Number: 6120001099312\nInvoice registration number: T6120001099312";
    expect(found(en)).toEqual([
      ["corporate_number", "6120001099312"],
      ["corporate_number", "6120001099312"],
    ]);
  });

  test("a list of companies with their numbers, introduced as corporate numbers a line or two above", () => {
    const list = "Below are the corporate numbers you asked for:\n\nMaple Trading Co., Ltd.   3011102047751\nMaple Logistics Co., Ltd. 6120001099312";
    expect(found(list)).toEqual([
      ["corporate_number", "3011102047751"],
      ["corporate_number", "6120001099312"],
    ]);
    // without that introduction, a 13-digit code beside a name is not called a corporate number
    expect(found("Maple Trading Co., Ltd.   3011102047751")).toEqual([]);
  });
});
