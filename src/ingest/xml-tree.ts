// A small XML reader for the parts of office documents (ODF content.xml and styles.xml): elements with
// namespaced names, attributes and text. Not validating; a tag closed out of order closes what is open
// above it, an end tag with no start is ignored, and nesting is capped so hostile files cannot recurse
// without bound in the code that walks the tree.

import { decodeEntities } from "./html-tree.js";

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<\?[\s\S]*?(?:\?>|$)|<!DOCTYPE[^>]*>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|[^<]+|</g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
export const MAX_XML_DEPTH = 200;

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#document", attributes: {}, children: [] };
  const open: XmlElement[] = [root];
  for (const [token, cdata, closing, name, rawAttributes, selfClosing] of xml.matchAll(TOKEN)) {
    const parent = open[open.length - 1]!;
    if (cdata !== undefined) {
      parent.children.push(cdata);
      continue;
    }
    if (!name) {
      if (!token.startsWith("<")) parent.children.push(decodeEntities(token));
      continue;
    }
    if (closing) {
      const at = open.map((element) => element.name).lastIndexOf(name);
      if (at > 0) open.length = at;
      continue;
    }
    const element: XmlElement = { name, attributes: parseAttributes(rawAttributes ?? ""), children: [] };
    parent.children.push(element);
    if (!selfClosing && open.length <= MAX_XML_DEPTH) open.push(element);
  }
  return root;
}

function parseAttributes(raw: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single] of raw.matchAll(ATTRIBUTE)) attributes[name!] = decodeEntities(double ?? single ?? "");
  return attributes;
}

/** Every descendant element with this name, in document order (not inside another match). */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement, depth: number) => {
    for (const child of node.children) {
      if (typeof child === "string") continue;
      if (child.name === name) found.push(child);
      else if (depth < MAX_XML_DEPTH) walk(child, depth + 1);
    }
  };
  walk(element, 0);
  return found;
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== "string");
}
