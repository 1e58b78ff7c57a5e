/**
 * The playground's reading of errorMessageMarkdown: exactly the subset Microsoft documents in
 * "Limitations to formatting the dialog message using Markdown"
 * (https://learn.microsoft.com/office/dev/add-ins/outlook/onmessagesend-onappointmentsend-events#limitations-to-formatting-the-dialog-message-using-markdown),
 * checked against the doc's own examples, and the add-in's alerts read back as their plain text.
 */
import { blocksText, parseAlertMarkdown, parseInline, type Block, type Inline } from "../../../src/playground/markdown-parse";
import { composeAlert } from "../../../src/core/alert/compose-alert";

function kinds(nodes: readonly Inline[]): string[] {
  return nodes.flatMap((n) => (n.kind === "text" ? [] : [n.kind, ...kinds(n.children)]));
}

function allInlines(blocks: readonly Block[]): Inline[] {
  return blocks.flatMap((b) => (b.kind === "p" ? b.inlines : b.items.flat()));
}

describe("the documented subset, on the doc's examples", () => {
  test("bold: **Important**", () => {
    const [p] = parseAlertMarkdown("**Important**: Apply the appropriate sensitivity label to your message before sending.");
    expect(p).toEqual({ kind: "p", inlines: [{ kind: "strong", children: [{ kind: "text", text: "Important" }] }, { kind: "text", text: ": Apply the appropriate sensitivity label to your message before sending." }] });
  });

  test("italic and bold-italic with * and _", () => {
    expect(kinds(parseInline("*a* _b_ __c__ ***d***"))).toEqual(["em", "em", "strong", "strong", "em"]);
  });

  test("bulleted list: items begin with - or * and end with \\r, after a \\n\\n new line", () => {
    const md =
      "Your email doesn't meet company guidelines.\n\nFor additional assistance, contact the IT Service Desk:\n\n- Phone number: 425-555-0102\r- Email: it@contoso.com\r- Website: [Contoso IT Service Desk](https://www.contoso.com/it-service-desk)\r";
    const blocks = parseAlertMarkdown(md);
    expect(blocks.map((b) => b.kind)).toEqual(["p", "p", "ul"]);
    const list = blocks[2] as { kind: "ul"; items: Inline[][] };
    expect(list.items).toHaveLength(3);
    expect(list.items[2][1]).toEqual({ kind: "link", href: "https://www.contoso.com/it-service-desk", children: [{ kind: "text", text: "Contoso IT Service Desk" }] });
  });

  test("numbered list: 1. 2. 3. in order, each ending with \\r", () => {
    const md = "To set the sensitivity level of an item:\n\n1. Select **File** > **Properties**.\r2. From the **Sensitivity** dropdown, select **Normal**.\r3. Select **Close**.\r";
    const blocks = parseAlertMarkdown(md);
    expect(blocks.map((b) => b.kind)).toEqual(["p", "ol"]);
    expect((blocks[1] as { items: Inline[][] }).items).toHaveLength(3);
  });

  test("a numbered list that does not start at 1 is plain text", () => {
    expect(parseAlertMarkdown("2. two\r3. three\r").map((b) => b.kind)).toEqual(["p"]);
  });

  test("links: HTTPS only; http and the <…> form stay text", () => {
    expect(kinds(parseInline("[a](https://x.example)"))).toEqual(["link"]);
    expect(parseInline("[a](http://x.example)")).toEqual([{ kind: "text", text: "[a](http://x.example)" }]);
    expect(parseInline("<https://x.example>")).toEqual([{ kind: "text", text: "<https://x.example>" }]);
  });

  test("a new line needs \\n\\n: a single \\n is a space", () => {
    expect(blocksText(parseAlertMarkdown("a\nb\n\nc"))).toBe("a b\nc");
  });

  test("headings, quotes, code and strike-through are not in the subset: shown as written", () => {
    expect(blocksText(parseAlertMarkdown("# Title\n\n> quote\n\n`code` ~~gone~~"))).toBe("# Title\n> quote\n`code` ~~gone~~");
  });

  test("a backslash escapes a character", () => {
    expect(parseInline("1234 \\*\\*\\*\\* \\*\\*18 見積\\_5月\\_案")).toEqual([{ kind: "text", text: "1234 **** **18 見積_5月_案" }]);
  });

  test("unescaped, the same values would turn italic: why every value is escaped", () => {
    expect(kinds(parseInline("見積_5月_案"))).toContain("em");
  });
});

describe("the add-in's alerts read back as their plain text", () => {
  test("values full of Markdown punctuation show exactly as in errorMessage, with only the header bold", () => {
    const lines = [
      "マイナンバー 1234 **** **18 (本文)",
      "添付 見積_5月_案.xlsx",
      "- starts like a list",
      "+ also like a list",
      "-dash at the start",
      "1. starts like a numbered list",
      "# heading? [link](https://evil.example) <b>x</b> `code` ~~s~~ a|b \\ back",
      "電話番号 2,376 件 (顧客リスト.csv)",
    ];
    for (const lang of ["ja", "en"] as const) {
      const a = composeAlert(lang, "confirm", [{ section: "finding", lines }]);
      const blocks = parseAlertMarkdown(a.markdown);
      // errorMessage: header, lines, footer; Markdown: header, footer, then the list (whose items
      // drop a "- " the plain line began with: it is the item's own bullet).
      const plain = a.text.split("\n").map((l) => l.replace(/^- /, ""));
      const expected = [plain[0], plain[plain.length - 1], ...plain.slice(1, -1)].join("\n");
      expect(blocksText(blocks)).toBe(expected);
      expect(blocks.map((b) => b.kind)).toEqual(["p", "p", "ul"]);
      const emphasis = kinds(allInlines(blocks));
      expect(emphasis).toEqual(["strong"]);
    }
  });
});
