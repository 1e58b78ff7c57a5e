/**
 * Attachment text extraction for the personal-data scan: bytes and a file name in, text out —
 * or an honest reason why not (encrypted, too large, unknown type, damaged). Pure: works in
 * the browser bundle, in Outlook's DOM-less runtime and in the CLI alike.
 */
import { encodeUtf8 } from "../../bytes/utf8";
import { MAX_ENCODED_WORDS, MAX_TEXT_PART_BYTES } from "../../message/eml-limits";
import { decodeText } from "./decode";
import { officeText, UnreadableError, type OfficeKind } from "./office";
import { decodeEntities, walkXml } from "./xml-text";

export type ExtractResult = { text: string } | { unreadable: string };

export interface ExtractOptions {
  /** Larger attachments are not read (default 20 MB). */
  maxBytes?: number;
  /** Cap on uncompressed XML read from an Office file (default 100 MB). */
  maxUncompressed?: number;
  /** Nested attachments of an .eml are read down to this depth (default 1). */
  depth?: number;
}

const TEXT_EXT = new Set(["txt", "csv", "tsv", "text", "log", "md", "json", "xml", "html", "htm", "vcf", "ics"]);
const OFFICE_EXT: Record<string, OfficeKind> = { docx: "docx", docm: "docx", xlsx: "xlsx", xlsm: "xlsx", pptx: "pptx", pptm: "pptx" };

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot === -1 ? "" : name.slice(dot + 1).toLowerCase();
}

function htmlToText(html: string): string {
  const out: string[] = [];
  let skip = 0;
  walkXml(
    html,
    (tag) => {
      const name = tag.name.toLowerCase();
      if (name === "script" || name === "style") skip++;
      else if ((name === "/script" || name === "/style") && skip > 0) skip--;
      else if (name === "br" || name === "/p" || name === "/div" || name === "/tr" || name === "/li" || /^\/h\d$/.test(name)) out.push("\n");
      else if (name === "/td" || name === "/th") out.push("\t");
    },
    (text) => {
      if (skip === 0) out.push(decodeEntities(text.replace(/&nbsp;/g, " ")));
    },
  );
  return out.join("");
}

async function emlText(bytes: Uint8Array, options: ExtractOptions, depth: number): Promise<ExtractResult> {
  // Loaded on demand: postal-mime makes TextEncoders when it loads, which a DOM-less runtime
  // only has once the prelude has run; and most Sends carry no .eml at all.
  const { countEncodedWords, parseEmailCapped } = await import("../../message/parse-email");
  // The limits of a reviewed .eml (eml-limits.ts): postal-mime's cost grows faster than the
  // number of encoded-words, and a text part is decoded only up to the cap.
  if (countEncodedWords(bytes, MAX_ENCODED_WORDS + 1) > MAX_ENCODED_WORDS) return { unreadable: "too_complex" };
  let email: Awaited<ReturnType<typeof parseEmailCapped>>["email"];
  try {
    email = (await parseEmailCapped(bytes, undefined, MAX_TEXT_PART_BYTES)).email;
  } catch {
    return { unreadable: "corrupt" };
  }
  const parts: string[] = [];
  if (email.subject) parts.push(email.subject);
  if (email.text) parts.push(email.text);
  else if (email.html) parts.push(htmlToText(email.html));
  if (depth > 0) {
    for (const a of email.attachments ?? []) {
      const content = a.content;
      const data = typeof content === "string" ? encodeUtf8(content) : new Uint8Array(content);
      const inner = await extract(data, a.filename ?? "", options, depth - 1, a.mimeType);
      if ("text" in inner && inner.text) parts.push(inner.text);
    }
  }
  return { text: parts.join("\n\n") };
}

async function extract(bytes: Uint8Array, name: string, options: ExtractOptions, depth: number, mimeType?: string): Promise<ExtractResult> {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  if (bytes.length > maxBytes) return { unreadable: "too_large" };
  let ext = extensionOf(name);
  if (!ext && mimeType) {
    if (mimeType === "message/rfc822") ext = "eml";
    else if (mimeType.startsWith("text/")) ext = "txt";
  }
  if (TEXT_EXT.has(ext)) {
    const text = decodeText(bytes);
    if (text === null) return { unreadable: "corrupt" };
    return { text: ext === "html" || ext === "htm" ? htmlToText(text) : text };
  }
  if (ext === "eml") return emlText(bytes, options, depth);
  const kind = OFFICE_EXT[ext];
  if (kind) {
    try {
      return { text: officeText(bytes, kind, options.maxUncompressed ?? 100 * 1024 * 1024) };
    } catch (e) {
      return { unreadable: e instanceof UnreadableError ? e.reason : "corrupt" };
    }
  }
  if (ext === "zip" || ext === "7z" || ext === "lzh") {
    const encrypted = ext === "zip" && bytes.length > 8 && (bytes[6] & 1) === 1;
    return { unreadable: encrypted ? "encrypted" : "unknown_type" };
  }
  return { unreadable: "unknown_type" };
}

/** Text of an attachment from its bytes and file name. */
export function extractText(bytes: Uint8Array, name: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  return extract(bytes, name, options, options.depth ?? 1);
}
