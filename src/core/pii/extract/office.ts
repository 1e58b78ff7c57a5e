/** Text of .docx, .xlsx and .pptx: the XML parts inside the ZIP, read with fflate. */
import { unzipSync, type UnzipFileInfo } from "fflate";
import { attr, decodeEntities, paragraphsText, walkXml } from "./xml-text";

export type OfficeKind = "docx" | "xlsx" | "pptx";

export class UnreadableError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Made on first use: a DOM-less runtime gets TextDecoder from the prelude, after module load order is settled. */
let utf8Decoder: { decode(bytes: Uint8Array): string } | undefined;
const utf8 = { decode: (bytes: Uint8Array): string => (utf8Decoder ??= new TextDecoder("utf-8")).decode(bytes) };

function wanted(kind: OfficeKind, name: string): boolean {
  switch (kind) {
    case "docx":
      return /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/.test(name);
    case "xlsx":
      return name === "xl/sharedStrings.xml" || /^xl\/worksheets\/sheet\d+\.xml$/.test(name);
    case "pptx":
      return /^ppt\/(?:slides\/slide\d+|notesSlides\/notesSlide\d+)\.xml$/.test(name);
  }
}

/** Any local file header with the "encrypted" flag (general purpose bit 0)? */
function zipHasEncryptedEntry(bytes: Uint8Array): boolean {
  for (let i = 0; i + 30 <= bytes.length; ) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b || bytes[i + 2] !== 0x03 || bytes[i + 3] !== 0x04) break;
    if ((bytes[i + 6] & 1) === 1) return true;
    const compSize = bytes[i + 18] | (bytes[i + 19] << 8) | (bytes[i + 20] << 16) | (bytes[i + 21] << 24);
    const nameLen = bytes[i + 26] | (bytes[i + 27] << 8);
    const extraLen = bytes[i + 28] | (bytes[i + 29] << 8);
    if ((bytes[i + 6] & 8) !== 0 || compSize < 0) break; // sizes in a data descriptor: stop walking
    i += 30 + nameLen + extraLen + compSize;
  }
  return false;
}

function numericOrder(a: string, b: string): number {
  const na = Number(/(\d+)\.xml$/.exec(a)?.[1] ?? 0);
  const nb = Number(/(\d+)\.xml$/.exec(b)?.[1] ?? 0);
  return na - nb || (a < b ? -1 : a > b ? 1 : 0);
}

/** Column letters of a cell reference ("BC12") → 0-based index. */
function columnIndex(ref: string | undefined): number {
  if (!ref) return -1;
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return i === 0 ? -1 : n - 1;
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  let cur: string[] | null = null;
  let inT = false;
  let inRph = false; // phonetic runs (ふりがな) are not the cell's text
  walkXml(
    xml,
    (tag) => {
      if (tag.name === "si") cur = [];
      else if (tag.name === "/si") {
        out.push((cur ?? []).join(""));
        cur = null;
      } else if (tag.name === "rPh") inRph = true;
      else if (tag.name === "/rPh") inRph = false;
      else if (tag.name === "t" && !tag.selfClosing) inT = true;
      else if (tag.name === "/t") inT = false;
    },
    (text) => {
      if (inT && !inRph && cur) cur.push(decodeEntities(text));
    },
  );
  return out;
}

/** A sheet as tab-separated lines, empty cells kept so columns line up with the header. */
function sheetText(xml: string, shared: string[]): string {
  const rows: string[] = [];
  let row: string[] | null = null;
  let col = -1;
  let type = "";
  let inV = false;
  let inT = false;
  let value = "";
  walkXml(
    xml,
    (tag) => {
      switch (tag.name) {
        case "row":
          row = [];
          if (tag.selfClosing) {
            rows.push("");
            row = null;
          }
          break;
        case "/row":
          if (row) rows.push(row.join("\t"));
          row = null;
          break;
        case "c": {
          const idx = columnIndex(attr(tag.attrs, "r"));
          col = idx >= 0 ? idx : row ? row.length : 0;
          type = attr(tag.attrs, "t") ?? "n";
          value = "";
          if (tag.selfClosing) col = -1;
          break;
        }
        case "/c":
          if (row && col >= 0 && col < 16384) {
            while (row.length < col) row.push("");
            let v = value;
            if (type === "s") v = shared[Number(value)] ?? "";
            row[col] = v.replace(/[\t\r\n]+/g, " ");
          }
          col = -1;
          break;
        case "v":
          inV = !tag.selfClosing;
          break;
        case "/v":
          inV = false;
          break;
        case "t":
          inT = !tag.selfClosing;
          break;
        case "/t":
          inT = false;
          break;
      }
    },
    (text) => {
      if (inV || (inT && type === "inlineStr")) value += decodeEntities(text);
    },
  );
  return rows.join("\n");
}

export function officeText(bytes: Uint8Array, kind: OfficeKind, maxUncompressed: number): string {
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // An OLE compound file where OOXML is expected: the password-protected form of OOXML.
    throw new UnreadableError("encrypted");
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new UnreadableError("corrupt");
  if (zipHasEncryptedEntry(bytes)) throw new UnreadableError("encrypted");
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f: UnzipFileInfo) => {
        if (!wanted(kind, f.name)) return false;
        total += f.originalSize;
        if (total > maxUncompressed) throw new UnreadableError("too_large");
        return true;
      },
    });
  } catch (e) {
    if (e instanceof UnreadableError) throw e;
    throw new UnreadableError("corrupt");
  }
  const names = Object.keys(files).sort(numericOrder);
  const parts: string[] = [];
  if (kind === "docx") {
    const order = (n: string): number => (n.includes("header") ? 0 : n === "word/document.xml" ? 1 : 2);
    names.sort((a, b) => order(a) - order(b) || numericOrder(a, b));
    for (const n of names) parts.push(paragraphsText(utf8.decode(files[n]), "w:t", "w:p"));
  } else if (kind === "pptx") {
    for (const n of names) parts.push(paragraphsText(utf8.decode(files[n]), "a:t", "a:p"));
  } else {
    const shared = files["xl/sharedStrings.xml"] ? sharedStrings(utf8.decode(files["xl/sharedStrings.xml"])) : [];
    for (const n of names) if (n.startsWith("xl/worksheets/")) parts.push(sheetText(utf8.decode(files[n]), shared));
  }
  return parts.join("\n\n");
}
