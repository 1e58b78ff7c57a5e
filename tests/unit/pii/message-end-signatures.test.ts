import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// The last lines of a message (the mail itself, or a quoted or forwarded one) that are a name and
// then contact lines are that author's signature, whatever the contact lines look like: a bare
// number, a bare address, "Lab: ext. 12 / mobile …", "name / number". Rule 9 of the labelled sets.
describe("signatures at the end of a message", () => {
  test("a quoted author's closing 'name' + 'Desk: ext. 31 / mobile …' lines are not flagged", () => {
    const mail =
      "We found the parcel, it is at the front desk.\n\nOn Mon, Nov 9, 2026 at 9:02 AM Aya Mori <aya.m@example.edu> wrote:\n" +
      "> My parcel seems lost, could you look for it?\n> Aya Mori\n> Desk: ext. 3108 / mobile 090-6142-3377";
    expect(found(mail)).toEqual([]);
  });

  test("a quoted 'name / mobile' line closing the quoted text is not flagged", () => {
    const mail = "承知しました。\n\n> 来週の当番を一名増やしてください。\n> 北川 咲 / 080-2714-6630";
    expect(found(mail)).toEqual([]);
  });

  test("a forwarded message's closing 'name' + 'company / Mobile …' lines are not flagged", () => {
    const mail =
      "FYI below.\n\n-----Original Message-----\nFrom: Ota Jun <j.ota@example.co.jp>\nSent: Monday, November 9, 2026 8:00 AM\nSubject: pallets\n\n" +
      "Hello,\nThe dock closes at 17:00 from next week.\nOta\nMinato Butsuryu Co., Ltd. / Mobile 090-5521-0983";
    expect(found(mail)).toEqual([]);
  });

  test("the sender's closing name, title and bare number line are not flagged", () => {
    const mail =
      "Please find the signed copy attached.\n\nKind regards,\nMaria Lopez\nContracts Lead\n+81 3-6712-4409\n\n" +
      "On Tue, Nov 3, 2026 at 1:00 PM Ken Sato <ken@example.jp> wrote:\n> Could you sign it?";
    expect(found(mail)).toEqual([]);
  });

  test("a 'name | title | firm' line over a bare number line at the end is not flagged", () => {
    const mail = "The booking is confirmed.\nThanks, Paul\n\nPaul Innes | Personal Assistant | Innes & Ward\n+81 90-3318-2270";
    expect(found(mail)).toEqual([]);
  });

  test("a sole trader's closing name (with a trade name in brackets), 〒 address and mobile are not flagged", () => {
    const mail =
      "今月分の請求書を添付します。ご確認ください。\n\n宮下 夏美（屋号：natsu design）\n〒164-0001 東京都中野区中野4-6-2-305\n携帯 080-5528-1430";
    expect(found(mail)).toEqual([]);
  });

  test("a hospital doctor's closing name, 'PHS … / 医局 …' line and bare mail address are not flagged", () => {
    const mail =
      "ご紹介ありがとうございました。経過は書面でお送りします。\n\n△△市民病院 整形外科\n杉田 拓\n院内PHS 2205 / 医局 048-331-7720\nsugita.t@med.example.jp";
    expect(found(mail)).toEqual([]);
  });

  test("a person's contacts introduced by the sentence above them are still flagged", () => {
    const mail = "母の連絡先は以下の通りです：\n\n木下 和子\n080-2291-4406";
    expect(found(mail)).toEqual([["phone", "080-2291-4406"]]);
  });

  test("a named person's contacts in the middle of a mail are still flagged", () => {
    const mail = "緊急時は下記へ。\n\n木下 和子\n080-2291-4406\n\n当日はよろしくお願いします。";
    expect(found(mail)).toEqual([["phone", "080-2291-4406"]]);
  });
});

describe("a forwarded writer's closing line with a room number", () => {
  test("'name, Room 302' + 'Mobile …' closing a forwarded message is its writer's signature", () => {
    const mail =
      "Forwarding the tenant's report below.\n\n---------- Forwarded message ---------\nFrom: Lars Berg <lars.b@example.se>\nSubject: Broken heater\n\n" +
      "Hello, the heater in my flat stopped working tonight.\nLars Berg, Room 508\nMobile 080-6612-3094";
    expect(found(mail)).toEqual([]);
  });
});
