/**
 * postal-mime, plus one thing it lacks: a text part that declares no charset is decoded as UTF-8
 * (RFC 2045 says US-ASCII), so Shift_JIS, EUC-JP, ISO-2022-JP or UTF-16 bodies from old mailers
 * came out garbled and their personal data went unseen (issue 13). Before postal-mime decodes
 * such a part, we detect the encoding of its bytes and declare it.
 *
 * The hook is postal-mime's own `isInlineTextNode(node)`, asked for every part right before its
 * text is decoded (postal-mime 4.x). If a later version drops it, parsing goes on unchanged and
 * tests/unit/pii/japanese-encodings.test.ts fails.
 *
 * parseEmailCapped also keeps at most MAX_TEXT_PART_BYTES of the text parts (issue 13: postal-mime
 * holds every line of a part separately, so a 50 MB body took 1.5 GB): it wraps the `feed(line)`
 * of postal-mime's current node (4.x), asked for every line after the boundaries are handled, and
 * skips the body lines of text parts past the budget. Attachments are never cut. If a later
 * version renames these, nothing is skipped and tests/cli/bad-inputs.test.ts fails.
 */
import PostalMime, { type Email, type PostalMimeOptions, type RawEmail } from "postal-mime";
import { detectEncoding, tryDecode } from "../bytes/text-encoding";

interface TextNode {
  contentType?: { parsed?: { params?: Record<string, string | undefined> } };
  content?: ArrayBuffer | Uint8Array | null;
}

type InlineCheck = (this: unknown, node: TextNode) => boolean;

const baseCheck = (PostalMime.prototype as unknown as { isInlineTextNode?: InlineCheck }).isInlineTextNode;

/** Declares the detected charset on a text part that has none (and is not plain UTF-8/ASCII). */
function declareDetectedCharset(node: TextNode): void {
  const params = node.contentType?.parsed?.params;
  if (!params || params.charset || !node.content) return;
  const bytes = node.content instanceof Uint8Array ? node.content : new Uint8Array(node.content);
  const label = detectEncoding(bytes);
  // Only a charset this runtime can decode: postal-mime would otherwise fall back to windows-1252.
  if (label && label !== "utf-8" && tryDecode(label, new Uint8Array(0), false) !== null) params.charset = label;
}

class CharsetDetectingParser extends PostalMime {
  isInlineTextNode(node: TextNode): boolean {
    const inline = (baseCheck as InlineCheck).call(this, node);
    if (inline) declareDetectedCharset(node);
    return inline;
  }
}

/** The part of postal-mime's MimeNode (4.x) the cap reads. */
interface FedNode {
  state?: string;
  feed?: (line: Uint8Array) => void;
  contentType?: { parsed?: { value?: string } };
  contentDisposition?: { parsed?: { value?: string } };
  __capped?: boolean;
}

function isBodyText(node: FedNode): boolean {
  const type = node.contentType?.parsed?.value;
  return node.state === "body" && (type === "text/plain" || type === "text/html") && node.contentDisposition?.parsed?.value !== "attachment";
}

class CappedParser extends CharsetDetectingParser {
  skippedBytes = 0;
  private kept = 0;
  constructor(options: PostalMimeOptions | undefined, private readonly maxTextBytes: number) {
    super(options);
  }
  async processLine(line: Uint8Array, isFinal: boolean): Promise<unknown> {
    const node = (this as unknown as { currentNode?: FedNode }).currentNode;
    if (node && !node.__capped && typeof node.feed === "function") {
      const feed = node.feed.bind(node);
      node.__capped = true;
      node.feed = (l: Uint8Array) => {
        if (isBodyText(node)) {
          if (this.skippedBytes > 0 || this.kept + l.length + 1 > this.maxTextBytes) {
            this.skippedBytes += l.length + 1;
            return;
          }
          this.kept += l.length + 1;
        }
        feed(l);
      };
    }
    const base = (PostalMime.prototype as unknown as { processLine: (this: unknown, l: Uint8Array, f: boolean) => Promise<unknown> }).processLine;
    return base.call(this, line, isFinal);
  }
}

export interface CappedEmail {
  email: Email;
  /** Bytes of text-part lines not parsed because of the cap (0: the whole text was read). */
  skippedTextBytes: number;
}

/** parseEmail keeping at most `maxTextBytes` of the text parts, all together. */
export async function parseEmailCapped(raw: RawEmail, options: PostalMimeOptions | undefined, maxTextBytes: number): Promise<CappedEmail> {
  const base = (PostalMime.prototype as unknown as { processLine?: unknown }).processLine;
  if (typeof baseCheck !== "function" || typeof base !== "function") return { email: await parseEmail(raw, options), skippedTextBytes: 0 };
  const parser = new CappedParser(options, maxTextBytes);
  const email = await parser.parse(raw);
  return { email, skippedTextBytes: parser.skippedBytes };
}

/**
 * RFC 2047 encoded-words in the raw bytes (`=?` charset `?` B|Q `?`), counted without decoding,
 * stopping at `stopAt`: the parser's cost grows faster than their number.
 */
export function countEncodedWords(raw: Uint8Array, stopAt: number): number {
  let n = 0;
  for (let i = raw.indexOf(0x3d); i !== -1 && i < raw.length - 4; i = raw.indexOf(0x3d, i + 1)) {
    if (raw[i + 1] !== 0x3f) continue;
    // charset: 1–40 token bytes, then ?B? or ?Q?
    let j = i + 2;
    while (j < raw.length && j - i < 44 && raw[j] !== 0x3f && raw[j] > 0x20) j++;
    if (j === i + 2 || raw[j] !== 0x3f || raw[j + 2] !== 0x3f) continue;
    const enc = raw[j + 1] | 0x20;
    if (enc !== 0x62 && enc !== 0x71) continue;
    if (++n >= stopAt) return n;
  }
  return n;
}

/** PostalMime.parse, with undeclared charsets of text parts detected. */
export function parseEmail(raw: RawEmail, options?: PostalMimeOptions): Promise<Email> {
  if (typeof baseCheck !== "function") return PostalMime.parse(raw, options);
  return new CharsetDetectingParser(options).parse(raw);
}
