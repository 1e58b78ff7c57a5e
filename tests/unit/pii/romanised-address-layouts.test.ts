import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// How people abroad write a Japanese home address: the building first, the postcode first, the
// lines broken where the envelope breaks them. The address runs from its first token to the
// last before the postcode; the postcode is its own finding.
describe("romanised address layouts", () => {
  test("building name and room before the block number, the city on the next line", () => {
    const text = "Ship to:\nMaison Aoba 402, 2-8-11 Aobadai,\nMeguro-ku, Tokyo 153-0042 Japan";
    expect(found(text)).toEqual([
      ["address", "Maison Aoba 402, 2-8-11 Aobadai,\nMeguro-ku, Tokyo"],
      ["postal_code", "153-0042"],
    ]);
  });

  test("after 'Address:', the building name is part of the address", () => {
    const text = "Address: Green Terrace 105, 4-2-6 Tsurumaki,\nSetagaya-ku, Tokyo 154-0016";
    expect(found(text)).toEqual([
      ["address", "Green Terrace 105, 4-2-6 Tsurumaki,\nSetagaya-ku, Tokyo"],
      ["postal_code", "154-0016"],
    ]);
  });

  test("a field on the next line (an employer) says nothing about whose address this is", () => {
    const text = "Home address:\nCedar House 301, 1-4-9 Kamiyama,\nShibuya-ku, Tokyo 150-0047\nEmployer: Bluepeak Advisory K.K.";
    expect(found(text)).toEqual([
      ["address", "Cedar House 301, 1-4-9 Kamiyama,\nShibuya-ku, Tokyo"],
      ["postal_code", "150-0047"],
    ]);
  });

  test("a next field naming a venue or hall still makes the address the organisation's", () => {
    const text = "The meeting is at:\nHarbour Hall, 3-4-1 Kaigan-dori, Chuo-ku, Kobe 650-0024\nVenue phone: 078-332-1150";
    expect(found(text)).toEqual([]);
  });

  test("a building line on its own above the block-number line", () => {
    const text = "Please deliver to my flat:\nHarbor View 1507\n2-3-1 Minatomirai, Nishi-ku, Yokohama 220-0012";
    expect(found(text)).toEqual([
      ["address", "Harbor View 1507\n2-3-1 Minatomirai, Nishi-ku, Yokohama"],
      ["postal_code", "220-0012"],
    ]);
  });

  test("the postcode first, then prefecture or city, ward, block and building", () => {
    const text = "My new address is 650-0004 Hyogo, Kobe, Chuo-ku, Nakayamate-dori 3-7-2, Sakura Mansion 201.";
    expect(found(text)).toEqual([
      ["postal_code", "650-0004"],
      ["address", "Hyogo, Kobe, Chuo-ku, Nakayamate-dori 3-7-2, Sakura Mansion 201"],
    ]);
    // a postcode then a city with no block number is not an address
    expect(found("The parcel went to 650-0004 Kobe, then back.")).toEqual([]);
  });
});
