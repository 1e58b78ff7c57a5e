/**
 * The same Japanese text, with a マイナンバー the scanner finds, in every encoding Japanese mail
 * and files use — as a text attachment, as an .eml body (charset declared and not), and inside an
 * .eml attachment (issue 13: EUC-JP and ISO-2022-JP were read as Shift_JIS, undeclared bodies
 * gave 0 findings). The bytes come from a real encoder: glibc's iconv (Node cannot encode these).
 */
import { spawnSync } from "node:child_process";
import { scanText } from "../../../src/core/pii";
import { extractText } from "../../../src/core/pii/extract";
import { decodeText, detectEncoding } from "../../../src/core/pii/extract/decode";
import { draftFromEml } from "../../../src/core/message/eml-draft";

const TEXT = "お客様各位\n\nいつもお世話になっております。山田花子様のマイナンバー：1234 5678 9018 をお送りします。\n以上、よろしくお願いいたします。\n";
const SHORT = "マイナンバー：1234 5678 9018";

function iconv(text: string, to: string): Uint8Array {
  const r = spawnSync("iconv", ["-f", "UTF-8", "-t", to], { input: Buffer.from(text, "utf8") });
  if (r.status !== 0) throw new Error(`iconv -t ${to}: ${r.stderr.toString()}`);
  return new Uint8Array(r.stdout);
}

const withBom = (bom: number[], bytes: Uint8Array) => new Uint8Array([...bom, ...bytes]);

/** [name, bytes, label the detector must name, charset to declare in an .eml]. */
const ENCODINGS: Array<[string, (t: string) => Uint8Array, string, string]> = [
  ["UTF-8", (t) => iconv(t, "UTF-8"), "utf-8", "utf-8"],
  ["UTF-8 with BOM", (t) => withBom([0xef, 0xbb, 0xbf], iconv(t, "UTF-8")), "utf-8", "utf-8"],
  ["Shift_JIS", (t) => iconv(t, "SHIFT_JIS"), "shift_jis", "shift_jis"],
  ["CP932", (t) => iconv(t, "CP932"), "shift_jis", "windows-31j"],
  ["EUC-JP", (t) => iconv(t, "EUC-JP"), "euc-jp", "euc-jp"],
  ["ISO-2022-JP", (t) => iconv(t, "ISO-2022-JP"), "iso-2022-jp", "iso-2022-jp"],
  ["UTF-16LE without BOM", (t) => iconv(t, "UTF-16LE"), "utf-16le", "utf-16le"],
  ["UTF-16BE without BOM", (t) => iconv(t, "UTF-16BE"), "utf-16be", "utf-16be"],
  ["UTF-16LE with BOM", (t) => withBom([0xff, 0xfe], iconv(t, "UTF-16LE")), "utf-16le", "utf-16le"],
  ["UTF-16BE with BOM", (t) => withBom([0xfe, 0xff], iconv(t, "UTF-16BE")), "utf-16be", "utf-16be"],
];

const myNumbers = (text: string) => scanText(text).filter((m) => m.type === "my_number").map((m) => m.text);

async function textOf(bytes: Uint8Array, name: string): Promise<string> {
  const r = await extractText(bytes, name);
  if (!("text" in r)) throw new Error(`unreadable: ${r.unreadable}`);
  return r.text;
}

function eml(body: Uint8Array, contentType: string, cte = "8bit"): Uint8Array {
  const head = [
    "From: jiro@example.co.jp",
    "To: suzuki@partner.co.jp",
    "Subject: test",
    "Date: Thu, 26 Nov 2026 10:00:00 +0900",
    "MIME-Version: 1.0",
    ...(contentType ? [`Content-Type: ${contentType}`] : []),
    `Content-Transfer-Encoding: ${cte}`,
    "",
    "",
  ].join("\r\n");
  const encoded = cte === "base64" ? new TextEncoder().encode(Buffer.from(body).toString("base64").replace(/.{76}/g, "$&\r\n")) : body;
  return new Uint8Array([...Buffer.from(head, "latin1"), ...encoded]);
}

describe.each(ENCODINGS)("%s", (_name, encode, label, charset) => {
  test("detected by name, and decoded exactly", () => {
    const bytes = encode(TEXT);
    expect(detectEncoding(bytes)).toBe(label);
    expect(decodeText(bytes)).toBe(TEXT);
  });

  test("a short text (one line) is detected too", () => {
    expect(decodeText(encode(SHORT))).toBe(SHORT);
  });

  test("a .txt attachment: the マイナンバー is found", async () => {
    expect(myNumbers(await textOf(encode(TEXT), "送付.txt"))).toEqual(["1234 5678 9018"]);
  });

  const is16 = label.startsWith("utf-16");
  test.each([
    ["declared", `text/plain; charset=${charset}`],
    ["not declared", "text/plain"],
    ["no Content-Type at all", ""],
  ])("an .eml body, charset %s: the draft body and the scan of an attached .eml find it", async (_how, contentType) => {
    // UTF-16 cannot travel as 8bit (its NUL bytes); mail sends it base64.
    const raw = eml(encode(TEXT), contentType, is16 ? "base64" : "8bit");
    const { draft } = await draftFromEml(raw);
    expect(draft.body.replace(/\r\n/g, "\n").replace(/^\uFEFF/, "")).toBe(TEXT);
    expect(myNumbers(await textOf(raw, "fwd.eml"))).toEqual(["1234 5678 9018"]);
  });
});

describe("what is not Japanese text stays as it was", () => {
  test("ASCII is UTF-8; random bytes are not text", () => {
    expect(detectEncoding(new TextEncoder().encode("hello, 090-1234-5678\n"))).toBe("utf-8");
    const noise = new Uint8Array(4096);
    let x = 7;
    for (let i = 0; i < noise.length; i++) noise[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    expect(decodeText(noise)).toBeNull();
  });

  test("Western 8-bit text (windows-1252) is read as such, not as Shift_JIS or UTF-16 kanji", async () => {
    const text = "Café crème, tél. 090-1234-5678, naïve résumé\n";
    const bytes = iconv(text, "WINDOWS-1252");
    expect(decodeText(bytes)).toBe(text);
    const { draft } = await draftFromEml(eml(bytes, "text/plain"));
    expect(draft.body).toContain("090-1234-5678");
  });

  test("an ESC byte in an 8-bit file does not make it ISO-2022-JP", () => {
    const bytes = new Uint8Array([...iconv("見積書", "SHIFT_JIS"), 0x1b, 0x24, 0x42, 0x24, 0x22]);
    expect(detectEncoding(bytes)).not.toBe("iso-2022-jp");
  });

  test("without a decoder for the encoding (classic Outlook's shim), EUC-JP is unreadable, never garbled", () => {
    const real = globalThis.TextDecoder;
    class Utf8Only extends real {
      constructor(label = "utf-8", options?: TextDecoderOptions) {
        if (!/^utf-?8$/i.test(label)) throw new RangeError(`The encoding "${label}" is not supported here`);
        super(label, options);
      }
    }
    globalThis.TextDecoder = Utf8Only as typeof TextDecoder;
    try {
      expect(decodeText(iconv(TEXT, "EUC-JP"))).toBeNull();
      expect(decodeText(iconv(TEXT, "ISO-2022-JP"))).toBeNull();
      expect(decodeText(iconv(TEXT, "UTF-8"))).toBe(TEXT);
    } finally {
      globalThis.TextDecoder = real;
    }
  });
});
