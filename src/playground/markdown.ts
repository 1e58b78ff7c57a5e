/**
 * The Smart Alert's Markdown (errorMessageMarkdown, Mailbox 1.15) as Outlook renders it: bold,
 * italic, bullet lines, links, backslash escapes, line breaks. Built from DOM nodes, never from
 * HTML strings, so nothing in a message can inject markup.
 */
import { h } from "./dom";

/** Renders the inline part of one line: **bold**, *italic* / _italic_, [text](https://…), \x escapes. */
export function renderInline(text: string): Node[] {
  const out: Node[] = [];
  let plain = "";
  const flush = () => {
    if (plain) out.push(document.createTextNode(plain));
    plain = "";
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "\\" && i + 1 < text.length) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (text.startsWith("**", i)) {
      const end = findClose(text, "**", i + 2);
      if (end > i + 2) {
        flush();
        out.push(h("strong", {}, ...renderInline(text.slice(i + 2, end))));
        i = end + 2;
        continue;
      }
    }
    if (ch === "*" || ch === "_") {
      const end = findClose(text, ch, i + 1);
      if (end > i + 1) {
        flush();
        out.push(h("em", {}, ...renderInline(text.slice(i + 1, end))));
        i = end + 1;
        continue;
      }
    }
    if (ch === "[") {
      const link = /^\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/.exec(text.slice(i));
      if (link) {
        flush();
        out.push(h("a", { href: link[2], target: "_blank", rel: "noopener noreferrer" }, link[1]));
        i += link[0].length;
        continue;
      }
    }
    plain += ch;
    i += 1;
  }
  flush();
  return out;
}

/** The index of the next unescaped `marker` from `from`, or -1. */
function findClose(text: string, marker: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") {
      i += 1;
      continue;
    }
    if (text.startsWith(marker, i)) return i;
  }
  return -1;
}

/**
 * Paragraphs split by blank lines; inside one, consecutive "- " / "* " lines become a list (a list
 * may interrupt a paragraph, as in CommonMark) and other lines are kept with line breaks.
 */
export function renderMarkdown(markdown: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const bullet = /^\s*[-*] /;
  for (const block of markdown.split(/\n\s*\n/)) {
    const lines = block.split("\n").filter((l) => l.trim() !== "");
    let paragraph: HTMLElement | undefined;
    let list: HTMLElement | undefined;
    for (const line of lines) {
      if (bullet.test(line)) {
        paragraph = undefined;
        if (!list) fragment.appendChild((list = h("ul", {})));
        list.appendChild(h("li", {}, ...renderInline(line.replace(bullet, ""))));
        continue;
      }
      list = undefined;
      if (paragraph) paragraph.appendChild(h("br", {}));
      else fragment.appendChild((paragraph = h("p", {})));
      renderInline(line).forEach((n) => paragraph!.appendChild(n));
    }
  }
  return fragment;
}

/** Plain errorMessage text: lines kept, nothing interpreted. */
export function renderPlain(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const p = h("p", {});
  text.split("\n").forEach((line, index) => {
    if (index > 0) p.appendChild(h("br", {}));
    p.appendChild(document.createTextNode(line));
  });
  fragment.appendChild(p);
  return fragment;
}
