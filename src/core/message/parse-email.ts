/**
 * postal-mime, plus one thing it lacks: a text part that declares no charset is decoded as UTF-8
 * (RFC 2045 says US-ASCII), so Shift_JIS, EUC-JP, ISO-2022-JP or UTF-16 bodies from old mailers
 * came out garbled and their personal data went unseen (issue 13). Before postal-mime decodes
 * such a part, we detect the encoding of its bytes and declare it.
 *
 * The hook is postal-mime's own `isInlineTextNode(node)`, asked for every part right before its
 * text is decoded (postal-mime 4.x). If a later version drops it, parsing goes on unchanged and
 * tests/unit/pii/japanese-encodings.test.ts fails.
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

/** PostalMime.parse, with undeclared charsets of text parts detected. */
export function parseEmail(raw: RawEmail, options?: PostalMimeOptions): Promise<Email> {
  if (typeof baseCheck !== "function") return PostalMime.parse(raw, options);
  return new CharsetDetectingParser(options).parse(raw);
}
