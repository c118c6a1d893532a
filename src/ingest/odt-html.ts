// OpenDocument text (the XML of content.xml and styles.xml) → the tidy HTML htmlToLines reads, so an ODT
// reads exactly like a DOCX: headings, paragraphs, lists with bullets, tables row by row. Text boxes and
// frames inside a paragraph become paragraphs of their own after it; tracked deletions, notes, comments
// and declarations are not body text.

import { childElements, MAX_XML_DEPTH, type XmlElement, type XmlNode } from "./xml-tree.js";

/** Style name → whether its text is bold, following parents. */
export type BoldStyles = (styleName: string | undefined) => boolean;

const SKIPPED = new Set([
  "text:tracked-changes", "text:note", "office:annotation", "office:annotation-end", "text:sequence-decls",
  "text:variable-decls", "text:user-field-decls", "office:forms", "table:calculation-settings", "text:bookmark",
  "text:bookmark-start", "text:bookmark-end", "text:soft-page-break", "text:reference-mark-start",
  "text:reference-mark-end", "table:table-columns", "table:table-column", "text:alphabetical-index-mark",
  "svg:title", "svg:desc", "draw:image",
]);
const FRAMES = new Set(["draw:frame", "draw:text-box", "draw:custom-shape", "draw:rect", "draw:g"]);
const MAX_SPACES = 40;

export function odtBlocksHtml(container: XmlElement, isBold: BoldStyles): string {
  return blocks(container, isBold, 0);
}

function blocks(element: XmlElement, isBold: BoldStyles, depth: number): string {
  if (depth > MAX_XML_DEPTH) return "";
  return childElements(element)
    .map((child) => block(child, isBold, depth + 1))
    .join("");
}

function block(element: XmlElement, isBold: BoldStyles, depth: number): string {
  const { name } = element;
  if (SKIPPED.has(name)) return "";
  if (name === "text:p" || name === "text:h") {
    const hoisted: string[] = [];
    let html = inline(element.children, isBold, hoisted, depth);
    if (isBold(element.attributes["text:style-name"]) && html.trim()) html = `<strong>${html}</strong>`;
    const level = Math.min(6, Math.max(1, Number(element.attributes["text:outline-level"]) || 1));
    const tag = name === "text:h" ? `h${level}` : "p";
    return `<${tag}>${html}</${tag}>${hoisted.join("")}`;
  }
  if (name === "text:list") {
    const items = childElements(element).filter((item) => item.name === "text:list-item" || item.name === "text:list-header");
    return `<ul>${items.map((item) => `<li>${blocks(item, isBold, depth)}</li>`).join("")}</ul>`;
  }
  if (name === "table:table") return `<table>${rows(element, depth).map((row) => tableRow(row, isBold, depth)).join("")}</table>`;
  return blocks(element, isBold, depth);
}

function rows(element: XmlElement, depth: number): XmlElement[] {
  if (depth > MAX_XML_DEPTH) return [];
  return childElements(element).flatMap((child) =>
    child.name === "table:table-row" ? [child] : child.name === "table:table" ? [] : rows(child, depth + 1),
  );
}

function tableRow(row: XmlElement, isBold: BoldStyles, depth: number): string {
  const cells = childElements(row).filter((cell) => cell.name === "table:table-cell");
  return `<tr>${cells.map((cell) => `<td>${blocks(cell, isBold, depth + 1)}</td>`).join("")}</tr>`;
}

function inline(nodes: XmlNode[], isBold: BoldStyles, hoisted: string[], depth: number): string {
  if (depth > MAX_XML_DEPTH) return "";
  let html = "";
  for (const node of nodes) {
    if (typeof node === "string") {
      // Whitespace in ODF text is collapsed like HTML; real spaces are text:s.
      html += escape(node.replace(/[\t\r\n]+/g, " "));
      continue;
    }
    const { name } = node;
    if (SKIPPED.has(name) || name === "text:note-citation") continue;
    if (name === "text:s") html += " ".repeat(Math.min(MAX_SPACES, Math.max(1, Number(node.attributes["text:c"]) || 1)));
    else if (name === "text:tab") html += " ";
    else if (name === "text:line-break") html += "<br>";
    else if (FRAMES.has(name)) hoisted.push(blocks(node, isBold, depth + 1));
    else {
      const inner = inline(node.children, isBold, hoisted, depth + 1);
      const bold = name === "text:span" && isBold(node.attributes["text:style-name"]) && inner.trim() !== "";
      html += bold ? `<strong>${inner}</strong>` : inner + linkAddress(node, inner);
    }
  }
  return html;
}

/** A link whose text hides its address ("LinkedIn") shows the address too, as a reader hovering would. */
function linkAddress(node: XmlElement, text: string): string {
  if (node.name !== "text:a") return "";
  const href = (node.attributes["xlink:href"] ?? "").replace(/^mailto:/i, "");
  if (!/^(?:https?:\/\/|[^\s@]+@[^\s@]+$)/i.test(href) || text.includes(href)) return "";
  return ` (${escape(href)})`;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
