/**
 * Misdirected mail in a real browser: press Send in the playground (the real launchevent.js on
 * the simulated Outlook) on each situation — look-alike, new domain in a reply, BCC omission
 * (fixed), 宛名 mismatch (body and attachment name), forgotten attachment, and the send hold.
 */
import { answerAlert, fillCompose, openPlayground, recipientsAfter, send, setPolicy, usePlayground } from "./playground-driver";

const harness = usePlayground();

const POLICY = JSON.stringify({
  internalDomains: ["example.co.jp", "*.example.co.jp"],
  external: { confirm: false },
  personalData: { action: "off" },
  attachments: { protect: "never" },
  misdirection: {
    knownDomains: ["northbridge.com"],
    partners: { 株式会社ミナトテック: ["minatotech.co.jp"], 北浜商事株式会社: ["kitahama.co.jp"] },
    holdMinutes: 3,
    bccOmission: { action: "fix" },
  },
});

async function open(lang: "ja-JP" | "en-US" = "ja-JP", mailbox?: "1.12" | "1.15") {
  const page = await openPlayground(harness(), { lang, mailbox });
  await setPolicy(page, POLICY);
  return page;
}

const QUOTE = "\n\n________________________________\n差出人: 山田 太郎 <yamada@minatotech.co.jp>\n送信日時: 2024年5月1日 10:00\n宛先: taro@example.co.jp\n件名: お見積り\n\n資料を添付いたします。\n";

describe("misdirection at Send", () => {
  test("look-alike domain: named with the domain it imitates; Send again sends, held for 3 minutes", async () => {
    const page = await open();
    await fillCompose(page, { to: "yamada@minatotec.co.jp", cc: "", bcc: "", subject: "お見積り", body: "株式会社ミナトテック 山田様\n\nお世話になっております。" });
    const first = await send(page);
    expect(first.state).toBe("not-sent");
    expect(first.shown).toContain("似たドメイン: minatotec.co.jp ← minatotech.co.jp? (1 文字違い)");
    // The playground is Outlook on the web: the held mail waits in Drafts (delay-delivery doc).
    expect(first.shown).toMatch(/社外宛のため \d\d:\d\d まで配信を保留します。それまでは［下書き］フォルダーにあり、編集できます。/);
    await answerAlert(page, "alert-dont-send");
    const second = await send(page);
    expect(second.state).toBe("sent");
    const held = await page.evaluate(() => window.outboundGuardPlayground!.session.mailbox.item.delayDeliveryTime !== null);
    expect(held).toBe(true);
    await page.close();
  });

  test("new domain in a reply", async () => {
    const page = await open("en-US");
    await fillCompose(page, { to: "yamada@minatotech.co.jp", cc: "", bcc: "boss@rival-corp.co.jp", subject: "RE: お見積り", body: "Thanks." + QUOTE });
    const r = await send(page);
    expect(r.shown).toContain("Not in this thread before: rival-corp.co.jp (the thread had: minatotech.co.jp)");
    await page.close();
  });

  test("BCC omission, fix: the external recipients are moved to BCC and the sender is in To", async () => {
    const page = await open();
    await fillCompose(page, { to: "a@alpha.co.jp, b@beta.co.jp", cc: "hanako@example.co.jp, c@gmail.com", bcc: "", subject: "セミナーのご案内", body: "各位\n\nご案内です。" });
    const r = await send(page);
    expect(r.state).toBe("not-sent");
    expect(r.shown).toContain("BCC 漏れの恐れ");
    expect(r.shown).toContain("社外の宛先 3 件を BCC に移しました。");
    await answerAlert(page, "alert-dont-send");
    expect((await recipientsAfter(page, "bcc")).map((x) => x.address)).toEqual(["a@alpha.co.jp", "b@beta.co.jp", "c@gmail.com"]);
    expect(await page.inputValue("#cc")).toBe("hanako@example.co.jp");
    expect(await page.inputValue("#to")).toContain("taro@example.co.jp");
    expect((await send(page)).state).toBe("sent");
    await page.close();
  });

  test("宛名 mismatch in the salutation", async () => {
    const page = await open();
    await fillCompose(page, { to: "sato@kitahama.co.jp", cc: "", bcc: "", subject: "お見積り", body: "株式会社ミナトテック 山田様\n\nいつもお世話になっております。" });
    const r = await send(page);
    expect(r.shown).toContain("宛名「株式会社ミナトテック」に当たる宛先がありません (宛先: kitahama.co.jp)");
    await page.close();
  });

  test("宛名 mismatch in an attachment's name", async () => {
    const page = await open("en-US");
    await fillCompose(page, { to: "sato@kitahama.co.jp", cc: "", bcc: "", subject: "Quote", body: "北浜商事株式会社 佐藤様\n\nお見積りです。" });
    await page.setInputFiles("#attach-input", { name: "見積書_ミナトテック様.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n") });
    const r = await send(page);
    expect(r.shown).toContain('Attachment 見積書_ミナトテック様.pdf names "ミナトテック"');
    await page.close();
  });

  test("forgotten attachment — and the near miss with 添付 only in the quote", async () => {
    const page = await open();
    await fillCompose(page, { to: "hanako@example.co.jp", cc: "", bcc: "", subject: "資料", body: "花子さん\n\n資料を添付しました。" });
    expect((await send(page)).shown).toContain("本文に「資料を添付しました」とありますが、添付ファイルがありません");
    await answerAlert(page, "alert-dont-send");
    await page.click("#new-message");
    await setPolicy(page, POLICY);
    await fillCompose(page, { to: "hanako@example.co.jp", cc: "", bcc: "", subject: "RE: 資料", body: "確認しました。" + QUOTE.replace("yamada@minatotech.co.jp", "hanako@example.co.jp") });
    expect((await send(page)).state).toBe("sent");
    await page.close();
  });

  test("Mailbox 1.12: the hold cannot be set and the alert says the mail goes at once", async () => {
    const page = await open("en-US", "1.12");
    await fillCompose(page, { to: "a@exmaple.co.jp", cc: "", bcc: "", subject: "x", body: "hello" });
    const r = await send(page);
    expect(r.shown).toContain("This Outlook cannot hold mail, so it will be delivered at once.");
    await page.close();
  });

  test("the playground's example messages show each misdirection case, under the example policy (no partners list)", async () => {
    const page = await openPlayground(harness(), { lang: "ja-JP" });
    const pick = async (id: string) => {
      await page.selectOption("#example", id);
      return send(page);
    };

    const lookalike = await pick("lookalike");
    // The headline (bold in the Markdown of Mailbox 1.15), then the look-alike, then the routine lines.
    expect(lookalike.shown).toMatch(/宛先の誤りの恐れ\s+似たドメイン: examp1e\.co\.jp ← example\.co\.jp\?/);
    expect(lookalike.shown!.indexOf("似たドメイン")).toBeLessThan(lookalike.shown!.indexOf("社外の宛先"));
    // A look-alike of our own domain: no "Send anyway" (sendModeOverride left out).
    expect(lookalike.buttons).not.toContain("alert-send-anyway");
    await answerAlert(page, "alert-dont-send");

    const newDomain = await pick("new-domain");
    expect(newDomain.shown).toContain("スレッドにいなかった宛先: rival-corp.co.jp (これまでのやり取り: minatotech.co.jp)");
    // Before the routine external-recipients lines.
    expect(newDomain.shown!.indexOf("スレッドにいなかった宛先")).toBeLessThan(newDomain.shown!.indexOf("社外の宛先"));
    expect(newDomain.buttons).toContain("alert-send-anyway");
    await answerAlert(page, "alert-dont-send");

    const salutation = await pick("salutation");
    expect(salutation.shown).toContain("宛名「株式会社ミナトテック」に当たる宛先がありません (宛先: kitahama.co.jp)");
    await answerAlert(page, "alert-dont-send");

    const mass = await pick("bcc-mass");
    expect(mass.shown).toContain("BCC 漏れの恐れ: 社外 3 組織・3 件の宛先");
    await answerAlert(page, "alert-dont-send");

    const thread = await pick("bcc-thread");
    expect(thread.shown).toContain("社外の宛先");
    expect(thread.shown).not.toContain("BCC 漏れ");
    expect(thread.shown).not.toContain("宛先の誤りの恐れ");
    await page.close();
  });
});
