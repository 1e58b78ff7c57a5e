/** Quoted-thread detection for Japanese clients' reply headers (test texts written for this suite). */
import { quotedThreadAddresses, splitQuoted } from "../../../src/core/misdirection";
import { kinds, run } from "./helpers";

const OWN = "承知しました。\n\n山田";

describe("Japanese reply headers start the quote", () => {
  test.each([
    ["Gmail ja", "2026年12月1日(火) 10:00 田中 一郎 <ichiro@minatotech.co.jp>:\n\n> お見積りをお願いします。\n> 田中"],
    ["Gmail ja, full-width parentheses and colon", "2026年12月1日（火） 10:00 田中 一郎 <ichiro@minatotech.co.jp>：\n> お見積りをお願いします。"],
    ["Gmail ja, wrapped before the address", "2026年12月1日(火) 10:00 田中 一郎 <\nichiro@minatotech.co.jp>:\n\n> お見積りをお願いします。"],
    ["Thunderbird ja (no address in its header)", "2026/12/01 10:00, 田中 一郎 wrote:\n> お見積りをお願いします。\n> --\n> ichiro@minatotech.co.jp"],
    ["Thunderbird ja (older)", "2026/12/01 10:00 に 田中 一郎 <ichiro@minatotech.co.jp> さんは書きました:\n> お見積りをお願いします。"],
    ["Apple Mail ja", "2026/12/01 10:00、田中 一郎 <ichiro@minatotech.co.jp>のメール:\n\n> お見積りをお願いします。"],
    ["Becky! ja", "On Tue, 01 Dec 2026 10:00:00 +0900\n田中 一郎 <ichiro@minatotech.co.jp> wrote:\n> お見積りをお願いします。"],
    ["Outlook ja", "________________________________\n差出人: 田中 一郎 <ichiro@minatotech.co.jp>\n送信日時: 2026年12月1日 10:00\n宛先: taro@example.co.jp\n件名: お見積り\n\nお見積りをお願いします。"],
  ])("%s", (client, quote) => {
    const body = `${OWN}\n\n${quote}\n`;
    const s = splitQuoted(body);
    expect(s.own.trim()).toBe(OWN);
    if (!client.startsWith("Thunderbird ja (no address")) expect(quotedThreadAddresses(body)).toContain("ichiro@minatotech.co.jp");
  });

  test.each([
    ["a date and a colon in the writer's own text", "2026年12月1日(火) 10:00 からの会議の議題:\n1. 見積り\n2. 納期"],
    ["a date line without an address or > lines below", "2026年12月1日(火) 10:00 田中 一郎:\n資料を見ました。"],
  ])("not a quote: %s", (_label, body) => {
    expect(splitQuoted(body)).toEqual({ own: body, quoted: "" });
  });

  test("a Gmail ja reply to someone new is a new domain in the thread", () => {
    const body = `${OWN}\n\n2026年12月1日(火) 10:00 田中 一郎 <ichiro@minatotech.co.jp>:\n> お見積りをお願いします。\n`;
    expect(kinds(run({ to: "ichiro@minatotech.co.jp", body }))).toEqual([]);
    expect(kinds(run({ to: "ichiro@minatotech.co.jp", cc: "boss@rival-corp.co.jp", body }, { bccOmission: { action: "off" } }))).toEqual(["new_domain_in_reply"]);
  });
});
