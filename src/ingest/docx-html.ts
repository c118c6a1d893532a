// mammoth's HTML → lines in reading order. Paragraphs and headings are lines (a soft line break starts
// a new one), list items get a bullet, and tables read row by row: a row of short single-line cells
// becomes one line joined by " | " (a date beside a title stays beside it); a row with longer cells
// is read cell by cell, which is how a two-column layout table reads.

import { BULLET } from "./clean.js";
import { parseHtml, type HtmlElement, type HtmlNode } from "./html-tree.js";
import type { RawLine } from "./page-builder.js";

const HEADING = /^h[1-6]$/;
const BLOCK = new Set(["p", "li", "table", "ul", "ol", "tr", "td", "th", "thead", "tbody", "tfoot", "div", "blockquote", "pre"]);
/** Longest row that still reads as one line when its cells are joined. */
const MAX_JOINED_ROW = 160;
export const CELL_SEPARATOR = " | ";

export function htmlToLines(html: string): RawLine[] {
  return blockLines(parseHtml(html));
}

function blockLines(element: HtmlElement): RawLine[] {
  const lines: RawLine[] = [];
  let inline: HtmlNode[] = [];
  const flush = () => {
    lines.push(...paragraphLines(inline, false));
    inline = [];
  };
  for (const child of element.children) {
    if (typeof child === "string" || !isBlock(child)) {
      inline.push(child);
      continue;
    }
    flush();
    lines.push(...elementLines(child));
  }
  flush();
  return lines;
}

function elementLines(element: HtmlElement): RawLine[] {
  if (element.tag === "p" || HEADING.test(element.tag)) return paragraphLines(element.children, HEADING.test(element.tag));
  if (element.tag === "ul" || element.tag === "ol") return listLines(element);
  if (element.tag === "table") return tableLines(element);
  return blockLines(element);
}

function listLines(list: HtmlElement): RawLine[] {
  const lines: RawLine[] = [];
  let number = Number(list.attributes.start ?? 1) || 1;
  for (const item of list.children) {
    if (typeof item === "string" || item.tag !== "li") continue;
    if (isBackReferenceOnly(item)) continue;
    const marker = list.tag === "ol" ? `${number++}. ` : BULLET;
    const [first, ...rest] = blockLines(item);
    if (first) lines.push({ ...first, text: marker + first.text });
    lines.push(...rest);
  }
  return lines;
}

function tableLines(table: HtmlElement): RawLine[] {
  return rowsOf(table).flatMap((row): RawLine[] => {
    const cells = row.children.filter((cell): cell is HtmlElement => typeof cell !== "string" && (cell.tag === "td" || cell.tag === "th"));
    const cellLines = cells.map((cell) => blockLines(cell)).filter((lines) => lines.length > 0);
    const joined = cellLines.map((lines) => lines[0]!.text.trim()).join(CELL_SEPARATOR);
    if (cellLines.every((lines) => lines.length === 1) && joined.length <= MAX_JOINED_ROW) {
      return cellLines.length === 0 ? [] : [{ text: joined, bold: cellLines.every((lines) => lines[0]!.bold) }];
    }
    // Cells read one after the other are columns of a layout table, as in a two-column PDF.
    return cellLines.flatMap((lines, column) => lines.map((line) => ({ ...line, column })));
  });
}

function rowsOf(table: HtmlElement): HtmlElement[] {
  return table.children.flatMap((child) => {
    if (typeof child === "string") return [];
    if (child.tag === "tr") return [child];
    return ["thead", "tbody", "tfoot"].includes(child.tag) ? rowsOf(child) : [];
  });
}

/** Inline content → one line per soft line break. Bold when every visible character is strong. */
function paragraphLines(nodes: HtmlNode[], heading: boolean): RawLine[] {
  const lines: RawLine[] = [];
  let text = "";
  let strongChars = 0;
  let chars = 0;
  const end = () => {
    if (text.trim() !== "") lines.push({ text: text.trim(), bold: heading || (chars > 0 && strongChars === chars) });
    text = "";
    strongChars = 0;
    chars = 0;
  };
  const walk = (node: HtmlNode, strong: boolean) => {
    if (typeof node === "string") {
      text += node;
      const visible = node.replace(/\s/g, "").length;
      chars += visible;
      if (strong) strongChars += visible;
      return;
    }
    if (node.tag === "br") return end();
    if (node.tag === "a" && /^#(foot|end)note-ref/.test(node.attributes.href ?? "")) return;
    for (const child of node.children) walk(child, strong || node.tag === "strong" || node.tag === "b");
  };
  for (const node of nodes) walk(node, false);
  end();
  return lines;
}

function isBlock(node: HtmlElement): boolean {
  return BLOCK.has(node.tag) || HEADING.test(node.tag);
}

/** mammoth ends each footnote with a "↑" link back to the reference; a list item with only that is noise. */
function isBackReferenceOnly(item: HtmlElement): boolean {
  const text = item.children.map(textOf).join("").trim();
  return text === "" || text === "↑";
}

function textOf(node: HtmlNode): string {
  return typeof node === "string" ? node : node.children.map(textOf).join("");
}
