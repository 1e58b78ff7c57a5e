import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// Whose address, postcode and account: a block of fields that describes a company (its legal name,
// its 法人番号) holds that company's contact data; an address printed under an organisation's
// enquiry line is the organisation's; "場所：" names where an event is held.
describe("organisation records and places", () => {
  test("a vendor's registration fields: the registered address, postcode and remittance account are the company's", () => {
    const mail = [
      "Below are the supplier details for the vendor master.",
      "",
      "Legal name: Hanamaki Tools Co., Ltd.",
      "Corporate Number: 5400001003334",
      "Registered address: 3-7 Kitakami-cho, Hanamaki-shi, Iwate 025-0092",
      "Remittance: Iwate Bank, Hanamaki branch, ordinary 4471203",
    ].join("\n");
    expect(found(mail).filter(([t]) => t !== "corporate_number")).toEqual([]);
  });

  test("a person's form with an employer's name field still gives the person's address and account", () => {
    const mail = [
      "Name: Kenta Abe",
      "Home address: 5-2-9 Sakura-cho, Hanamaki-shi, Iwate 025-0061",
      "Salary account: Iwate Bank, Hanamaki branch, ordinary 4471203",
      "Employer name: Hanamaki Tools Co., Ltd.",
      "Employer corporate number: 5400001003334",
    ].join("\n");
    const types = found(mail).map(([t]) => t);
    expect(types).toEqual(expect.arrayContaining(["address", "postal_code", "bank_account"]));
  });

  test("an address printed under a shop's free-dial enquiry line is the shop's", () => {
    const mail = "ご注文ありがとうございます。\n\nお問い合わせ：山海堂 お客様係 0120-552-018（平日）\n〒370-0841 群馬県高崎市栄町3丁目";
    expect(found(mail)).toEqual([]);
  });

  test("a bracket listing a place's postcode, address and landline is the place's", () => {
    const mail = "日時：1月9日 18:30〜\n場所：酒処 うみかぜ（〒231-0023 神奈川県横浜市中区山下町28 2F、045-662-3108）\n会費：4,000円";
    expect(found(mail)).toEqual([]);
  });
});

describe("place fields of a person's form", () => {
  test("'設置場所：〒…' in a repair request is the customer's own postcode and address", () => {
    const mail = "修理をお願いします。\n\n設置場所：〒606-8233 京都市左京区田中北春菜町14-2\n氏名：森田 仁\n電話：075-712-4409";
    expect(found(mail).map(([t]) => t)).toEqual(["postal_code", "address", "phone"]);
  });
});
