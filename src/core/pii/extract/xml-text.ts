/**
 * Text out of Office Open XML parts, with a hand-written tag walker (indexOf-driven, linear:
 * no regex over markup, so hostile XML cannot make it backtrack).
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf("&") === -1) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]{2,4});/g, (all, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e] ?? all;
  });
}

export interface Tag {
  /** Qualified name, e.g. "w:t"; for a closing tag, "/w:t". */
  name: string;
  /** The raw attribute text. */
  attrs: string;
  selfClosing: boolean;
}

/** Walk the XML: `onText` for character data between tags, `onTag` for each tag. */
export function walkXml(xml: string, onTag: (tag: Tag) => void, onText: (text: string) => void): void {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (lt === -1) {
      onText(xml.slice(i));
      return;
    }
    if (lt > i) onText(xml.slice(i, lt));
    if (xml.startsWith("<!--", lt)) {
      const e = xml.indexOf("-->", lt + 4);
      i = e === -1 ? n : e + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      const e = xml.indexOf("]]>", lt + 9);
      onText(xml.slice(lt + 9, e === -1 ? n : e).replace(/&/g, "&amp;").replace(/</g, "&lt;"));
      i = e === -1 ? n : e + 3;
      continue;
    }
    const gt = xml.indexOf(">", lt + 1);
    if (gt === -1) return;
    let inner = xml.slice(lt + 1, gt);
    const selfClosing = inner.endsWith("/");
    if (selfClosing) inner = inner.slice(0, -1);
    let k = 0;
    while (k < inner.length && inner.charCodeAt(k) > 32) k++;
    onTag({ name: inner.slice(0, k), attrs: inner.slice(k), selfClosing });
    i = gt + 1;
  }
}

/** Text of a WordprocessingML or DrawingML part: paragraphs as lines, tabs as tabs. */
export function paragraphsText(xml: string, textTag: string, paragraphTag: string): string {
  const out: string[] = [];
  let inText = false;
  walkXml(
    xml,
    (tag) => {
      if (tag.name === textTag && !tag.selfClosing) inText = true;
      else if (tag.name === `/${textTag}`) inText = false;
      else if (tag.name === `/${paragraphTag}`) out.push("\n");
      else if (tag.name === "w:tab" || tag.name === "a:tab") out.push("\t");
      else if (tag.name === "w:br" || tag.name === "a:br" || tag.name === "w:cr") out.push("\n");
    },
    (text) => {
      if (inText) out.push(decodeEntities(text));
    },
  );
  return out.join("");
}

/** Attribute value from raw attribute text (first occurrence). */
export function attr(attrs: string, name: string): string | undefined {
  const k = attrs.indexOf(`${name}="`);
  if (k === -1) return undefined;
  const s = k + name.length + 2;
  const e = attrs.indexOf('"', s);
  return e === -1 ? undefined : attrs.slice(s, e);
}
