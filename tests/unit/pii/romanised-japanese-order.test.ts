import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// Many Japanese writers romanise an address in the Japanese order, prefecture first with its
// suffix ("Osaka-fu, Suita-shi, …", "Chiba-ken Ichikawa-shi …"), often with no postcode at all.
describe("romanised addresses in the Japanese order", () => {
  test("prefecture-first with commas, building and room at the end", () => {
    const text = "Please post it to:\nOsaka-fu, Suita-shi, Yamadanishi 4-11-3, Maison Senri 205\nThanks";
    expect(found(text)).toEqual([["address", "Osaka-fu, Suita-shi, Yamadanishi 4-11-3, Maison Senri 205"]]);
  });

  test("prefecture-first without commas", () => {
    expect(found("- Home: Chiba-ken Ichikawa-shi Yawata 2-15-8")).toEqual([["address", "Chiba-ken Ichikawa-shi Yawata 2-15-8"]]);
  });

  test("a prefecture and ward with no block number is not an address", () => {
    expect(found("Our office moved within Osaka-fu, Suita-shi last year.")).toEqual([]);
  });
});

describe("romanised addresses with the postcode inside the line", () => {
  test("the prefecture after the postcode belongs to neither", () => {
    const text = "Their home address:\n5-3-8 Sumiyoshi-honmachi, Higashinada-ku, Kobe 658-0051, Hyogo\nThanks";
    expect(found(text)).toEqual([
      ["address", "5-3-8 Sumiyoshi-honmachi, Higashinada-ku, Kobe"],
      ["postal_code", "658-0051"],
    ]);
  });

  test("postcode first, a lot number without hyphens, and the country after", () => {
    const text = "Send it here:\n060-0808 Sapporo-shi, Kita-ku, Kita-hachijo-nishi 41, Elm Court B-12, Japan\n";
    expect(found(text)).toEqual([
      ["postal_code", "060-0808"],
      ["address", "Sapporo-shi, Kita-ku, Kita-hachijo-nishi 41, Elm Court B-12"],
    ]);
  });
});
