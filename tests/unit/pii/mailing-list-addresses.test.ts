import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// A mailing list's own addresses (post, -request, -owner, -bounces; a "lists." host) reach a
// list server, not a person: every digest and list footer carries them.
describe("mailing-list addresses are not a person's", () => {
  test("the list's post address on a lists./ml. host", () => {
    expect(found("To post to this list, write to hiking-club@lists.example.net")).toEqual([]);
    expect(found("投稿先: soudan@ml.example.jp")).toEqual([]);
  });

  test("-request / -owner / -bounces addresses of a list", () => {
    expect(found("退会はこちら: photo-circle-request@example.org")).toEqual([]);
    expect(found("Questions to the admins: netops-owner@example.com")).toEqual([]);
    expect(found("Return-path bounces go to dev-bounces@example.com")).toEqual([]);
  });

  test("a person's address that merely contains 'list' stays a person's", () => {
    expect(found("My address is lister.tom@example.com")).toEqual([["email_address", "lister.tom@example.com"]]);
    expect(found("連絡先：k.mlynarski@example.jp")).toEqual([["email_address", "k.mlynarski@example.jp"]]);
  });
});
