/**
 * The Smart Alert's Markdown as Outlook documents it, and nothing more ("Limitations to formatting
 * the dialog message using Markdown",
 * https://learn.microsoft.com/office/dev/add-ins/outlook/onmessagesend-onappointmentsend-events#limitations-to-formatting-the-dialog-message-using-markdown):
 * - bold / italic / both, with `*` or `_`;
 * - bulleted items that begin with `-` or `*` and end with `\r`; numbered items `1.`, `2.` … in order;
 * - links `[text](https://…)` — HTTPS only; the `<…>` form is not supported;
 * - a new line is `\n\n`;
 * - a backslash before a character escapes it.
 * Anything else (headings, quotes, code, strike-through, tables) is shown as written. Pure: the
 * page turns this tree into DOM nodes (markdown.ts), and tests read it without a DOM.
 */

export type Inline = { kind: "text"; text: string } | { kind: "strong" | "em"; children: Inline[] } | { kind: "link"; href: string; children: Inline[] };

export type Block = { kind: "p"; inlines: Inline[] } | { kind: "ul" | "ol"; items: Inline[][] };

const BULLET = /^[-*] +/;
const NUMBER = /^(\d+)\. +/;
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** `\n\n` starts a new line; inside one, `\r` ends a list item and a lone `\n` is a space. */
export function parseAlertMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const segment of markdown.split("\n\n")) {
    const pieces = segment.split("\r").map((p) => p.replace(/\n/g, " "));
    let text: string[] = [];
    let list: { kind: "ul" | "ol"; items: Inline[][]; next: number } | undefined;
    const flushText = () => {
      if (text.length > 0 && text.join(" ").trim() !== "") blocks.push({ kind: "p", inlines: parseInline(text.join(" ").trim()) });
      text = [];
    };
    const flushList = () => {
      if (list) blocks.push({ kind: list.kind, items: list.items });
      list = undefined;
    };
    for (const piece of pieces) {
      const bullet = BULLET.exec(piece);
      const number = NUMBER.exec(piece);
      // A numbered list must start at 1 and count up; otherwise the line is plain text.
      const numbered = number && Number(number[1]) === (list?.kind === "ol" ? list.next : 1);
      if (bullet || numbered) {
        const kind = bullet ? "ul" : "ol";
        flushText();
        if (list && list.kind !== kind) flushList();
        if (!list) list = { kind, items: [], next: 1 };
        list.items.push(parseInline(piece.slice((bullet ?? number)![0].length)));
        list.next += 1;
        continue;
      }
      if (piece.trim() === "") continue;
      flushList();
      text.push(piece);
    }
    flushList();
    flushText();
  }
  return blocks;
}

/** Emphasis, HTTPS links and backslash escapes; everything else is text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = "";
  const flush = () => {
    if (plain) out.push({ kind: "text", text: plain });
    plain = "";
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "\\" && i + 1 < text.length && ESCAPABLE.test(text[i + 1])) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    const emphasis = ch === "*" || ch === "_" ? matchEmphasis(text, i) : undefined;
    if (emphasis) {
      flush();
      out.push(emphasis.node);
      i = emphasis.end;
      continue;
    }
    if (ch === "[") {
      const link = matchLink(text, i);
      if (link) {
        flush();
        out.push(link.node);
        i = link.end;
        continue;
      }
    }
    plain += ch;
    i += 1;
  }
  flush();
  return out;
}

/** `***x***`, `**x**` / `__x__`, `*x*` / `_x_`: the opener is followed, the closer preceded, by a non-space. */
function matchEmphasis(text: string, at: number): { node: Inline; end: number } | undefined {
  const ch = text[at];
  for (const width of [3, 2, 1]) {
    const marker = ch.repeat(width);
    if (!text.startsWith(marker, at) || text[at + width] === ch) continue;
    const from = at + width;
    if (from >= text.length || /\s/.test(text[from])) continue;
    const close = findClose(text, marker, from);
    if (close < 0) continue;
    const children = parseInline(text.slice(from, close));
    const node: Inline =
      width === 3 ? { kind: "strong", children: [{ kind: "em", children }] } : { kind: width === 2 ? "strong" : "em", children };
    return { node, end: close + width };
  }
  return undefined;
}

/** The next unescaped `marker` after a non-space and not part of a longer run, or -1. */
function findClose(text: string, marker: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    if (text[i] === "\\") {
      i += 1;
      continue;
    }
    if (!text.startsWith(marker, i) || /\s/.test(text[i - 1])) continue;
    if (text[i + marker.length] === marker[0]) continue;
    return i;
  }
  return -1;
}

/** `[text](https://…)`; any other URL is no link (the doc: "You must provide an HTTPS URL"). */
function matchLink(text: string, at: number): { node: Inline; end: number } | undefined {
  const m = /^\[((?:\\.|[^\]\\])+)\]\((https:\/\/[^)\s]+)\)/.exec(text.slice(at));
  if (!m) return undefined;
  return { node: { kind: "link", href: m[2], children: parseInline(m[1]) }, end: at + m[0].length };
}

/** The text a block tree shows, lines joined with "\n" (for tests and the outcome panel). */
export function blocksText(blocks: readonly Block[]): string {
  const inline = (nodes: readonly Inline[]): string => nodes.map((n) => (n.kind === "text" ? n.text : inline(n.children))).join("");
  return blocks.map((b) => (b.kind === "p" ? inline(b.inlines) : b.items.map(inline).join("\n"))).join("\n");
}
