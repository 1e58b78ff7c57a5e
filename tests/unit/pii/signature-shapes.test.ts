import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// How signatures are really written, beyond "--" and "TEL:": one line of "name | company | phone",
// a 直通 line with no colon, a law office's block. They are the sender's (or a quoted author's)
// contact data, not personal data to flag.
describe("signature shapes", () => {
  test("a quoted author's one-line signature 'name | unit | company | phone' is not flagged", () => {
    const mail =
      "Here are the figures you asked for.\n\nOn Mon, Mar 2, 2026 at 10:05 AM Tom Reyes <t.reyes@example.net> wrote:\n" +
      "> Could you send me the updated figures?\n> Tom Reyes | Procurement | Oakfield Trading | 06-6345-2210";
    expect(found(mail)).toEqual([]);
  });

  test("a quoted 'name | company | street address' line above the phone line is the signature too", () => {
    const mail =
      "Noted, thanks.\n\nOn Fri, Jun 5, 2026 at 4:40 PM Emi Kato <emi@example.org> wrote:\n" +
      "> The parts ship next week.\n> Emi Kato | Kato Metals | 2-14-7 Minami, Sakai-ku, Sakai 590-0001\n> Tel 072-221-4930 / Mobile 080-3312-9087";
    expect(found(mail)).toEqual([]);
  });

  test("a quoted signature after '> --' whose company line ends in '| +81 …' is not flagged; the quoted body still is", () => {
    const mail =
      "Yes, that is right.\n\n> Please confirm your daughter's mobile: 090-2741-3358\n>\n> --\n> Ken Ito | Payroll\n> Brightwave Japan G.K. | +81 3-5288-1900";
    expect(found(mail)).toEqual([["phone", "090-2741-3358"]]);
  });

  test("a company's closing 'Name K.K. | address | +81 phone' line with its registration number is its signature", () => {
    const mail =
      "Dear customer,\n\nYour statement for March is attached.\n\nRiverstone Foods K.K. | 3-2-1 Kyobashi, Chuo-ku, Tokyo | +81 3-3275-6600\nRegistration No. T2010001034283";
    expect(found(mail).filter(([t]) => t === "phone" || t === "corporate_number")).toEqual([]);
  });

  test("a signature with '直通 06-… 携帯 090-…' (no colons) and 法人番号 is the sender's", () => {
    const mail =
      "契約書を本日お送りしました。\n\nご不明点は以下までお問い合わせください。\n株式会社ミドリ商会 総務部 川村 健\n直通 06-6202-3344　携帯 090-5518-2736\n法人番号 2010001034283";
    expect(found(mail)).toEqual([]);
  });

  test("a law office's signature block (事務所 name, address, bare phone line) is the sender's", () => {
    const mail = "ご確認をお願いいたします。\n\n城北総合法律事務所　弁護士 宮田 誠\n東京都北区王子1-3-9 王子ビル5F\n03-3912-7781";
    expect(found(mail)).toEqual([]);
  });

  test("a payee's own account and ご住所 are personal even though a bank branch (支店) and 〒 sit in the block", () => {
    const mail =
      "以下の内容でお振込みします。\n\n三井住友銀行 梅田支店 普通 5512830 ナガタ ユウ\nご住所：〒530-0012 大阪府大阪市北区芝田1-4-8-502";
    expect(found(mail)).toEqual([
      ["bank_account", "5512830"],
      ["postal_code", "530-0012"],
      ["address", "大阪府大阪市北区芝田1-4-8-502"],
    ]);
  });
});
