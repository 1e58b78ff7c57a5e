/**
 * The Smart Alert's Markdown (errorMessageMarkdown, Mailbox 1.15) as Outlook renders it: only the
 * documented subset, parsed in markdown-parse.ts. Built from DOM nodes, never from HTML strings,
 * so nothing in a message can inject markup.
 */
import { h } from "./dom";
import { parseAlertMarkdown, type Inline } from "./markdown-parse";

function inlineNodes(nodes: readonly Inline[]): Node[] {
  return nodes.map((n) => {
    if (n.kind === "text") return document.createTextNode(n.text);
    if (n.kind === "link") return h("a", { href: n.href, target: "_blank", rel: "noopener noreferrer" }, ...inlineNodes(n.children));
    return h(n.kind, {}, ...inlineNodes(n.children));
  });
}

/** Each documented new line (`\n\n`) a paragraph; list items (ending in `\r`) a list. */
export function renderMarkdown(markdown: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const block of parseAlertMarkdown(markdown)) {
    if (block.kind === "p") fragment.appendChild(h("p", {}, ...inlineNodes(block.inlines)));
    else fragment.appendChild(h(block.kind, {}, ...block.items.map((item) => h("li", {}, ...inlineNodes(item)))));
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
