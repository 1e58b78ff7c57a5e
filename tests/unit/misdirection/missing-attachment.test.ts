import { attachmentMention } from "../../../src/core/misdirection/attachment-mention";
import { kinds, run } from "./helpers";

describe("attachment mentions", () => {
  test.each([
    "資料を添付いたします。",
    "見積書を添付しました",
    "添付ファイルをご確認ください。",
    "別添の通り、ご報告いたします。",
    "詳細は添付資料をご参照ください。",
    "Please find attached the report.",
    "Please find the report attached.",
    "I have attached the minutes.",
    "The contract is enclosed.",
  ])("%s", (text) => {
    expect(attachmentMention(text)).toBeDefined();
  });

  test.each([
    "このメールおよび添付ファイルは機密情報を含みます。誤って受信された場合は削除してください。",
    "This e-mail and any attachments are confidential and intended solely for the addressee.",
    "先ほどお送りした添付ファイルのパスワードをお知らせします。",
    "The password for the attachment I sent earlier is below.",
    "添付はありません。",
    "本日は添付なしでお送りします。",
    "後ほど添付にてお送りします。",
    "添付いただいた資料、拝見しました。",
    "Thank you for the attached file.",
    "Could you attach the invoice?",
    "Please find below my comments.",
    "I will attach it tomorrow.",
    "添付ファイルの容量は10MBまでです。",
  ])("not: %s", (text) => {
    expect(attachmentMention(text)).toBeUndefined();
  });
});

describe("missing attachment check", () => {
  test("says so, with the words", () => {
    const r = run({ to: "hanako@example.co.jp", body: "花子さん\n\n見積書を添付しました。ご確認ください。" }, {}, { lang: "ja" });
    expect(r.review.findings).toEqual([{ kind: "missing_attachment", phrase: "見積書を添付しました" }]);
    expect(r.review.message).toContain("本文に「見積書を添付しました」とありますが、添付ファイルがありません");
    expect(r.review.verdict).toBe("confirm");
  });

  test("the subject counts, unless it is a RE:/FW: of someone else's", () => {
    expect(kinds(run({ to: "a@example.co.jp", subject: "資料添付の件", body: "よろしくお願いします。" }))).toEqual(["missing_attachment"]);
    expect(kinds(run({ to: "a@example.co.jp", subject: "RE: 資料添付の件", body: "了解です。" }))).toEqual([]);
  });

  test("there is an attachment: nothing", () => {
    expect(kinds(run({ to: "a@example.co.jp", body: "資料を添付します。", attachments: ["資料.pdf"] }))).toEqual([]);
  });

  test("only an inline picture (a signature logo): still missing", () => {
    expect(kinds(run({ to: "a@example.co.jp", body: "資料を添付します。", inline: ["logo.png"] }))).toEqual(["missing_attachment"]);
  });

  test("添付 inside quoted text: nothing", () => {
    const body = "承知しました。\n\n-----Original Message-----\nFrom: a@alpha.co.jp\nSent: Monday\nTo: taro@example.co.jp\nSubject: 資料\n\n資料を添付いたします。\n> Please find attached the file.";
    expect(kinds(run({ to: "taro2@example.co.jp", body }))).toEqual([]);
  });

  test("a signature disclaimer: nothing", () => {
    const body = "よろしくお願いします。\n\n--\n山田太郎\n本メールおよび添付ファイルには機密情報が含まれている場合があります。";
    expect(kinds(run({ to: "a@example.co.jp", body }))).toEqual([]);
  });

  test("off", () => {
    expect(kinds(run({ to: "a@example.co.jp", body: "添付します。" }, { missingAttachment: "off" }))).toEqual([]);
  });
});
