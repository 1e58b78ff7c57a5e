/**
 * Issue 13: the password notice tells recipients how to open the archive. Windows Explorer's
 * built-in ZIP opens ZipCrypto only, not AES-256 (Microsoft Tech Community thread 4413291).
 */
import { composePasswordNotice } from "../../../src/core/notice/compose-notice";

const base = {
  sentAt: new Date("2026-05-04T01:15:00Z"),
  delayMinutes: 10,
  to: ["a@partner.co.jp"],
  originalSubject: "見積",
  archiveNames: ["attachments.zip"],
  password: "Abc23456Defg7890",
  utcOffsetMinutes: 540,
};

test("AES-256: both languages name 7-Zip/WinZip and say Explorer cannot open it; no English inside the Japanese part", () => {
  const n = composePasswordNotice({ ...base, lang: "both", encryption: "aes256" });
  const [ja, en] = n.body.split("----------------------------------------");
  expect(ja).toContain("AES-256 で暗号化しているため、Windows のエクスプローラー（標準の ZIP 機能）では開けません。7-Zip や WinZip");
  expect(en).toContain("Windows Explorer's built-in ZIP support cannot open: please use 7-Zip, WinZip");
});

test("ZipCrypto: no such note (Explorer opens it); unknown encryption: the sentence true either way", () => {
  expect(composePasswordNotice({ ...base, lang: "en", encryption: "zipcrypto" }).body).not.toContain("7-Zip");
  expect(composePasswordNotice({ ...base, lang: "ja" }).body).toContain("開けない場合は、7-Zip や WinZip");
});
