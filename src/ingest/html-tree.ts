// A small parser for the well-formed, attribute-light HTML that mammoth writes. Not a general HTML
// parser: no scripts, comments or implied tags are expected, and none are handled beyond skipping.

export interface HtmlElement {
  tag: string;
  attributes: Record<string, string>;
  children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

const VOID = new Set(["br", "img", "hr", "col", "meta", "link", "input", "wbr"]);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|[^<]+|</g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: "#root", attributes: {}, children: [] };
  const open: HtmlElement[] = [root];
  for (const match of html.matchAll(TOKEN)) {
    const [token, closing, rawTag, rawAttributes, selfClosing] = match;
    const parent = open[open.length - 1]!;
    if (token.startsWith("<!--")) continue;
    if (!rawTag) {
      parent.children.push(decodeEntities(token));
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = open.map((element) => element.tag).lastIndexOf(tag);
      if (at > 0) open.length = at;
      continue;
    }
    const element: HtmlElement = { tag, attributes: parseAttributes(rawAttributes ?? ""), children: [] };
    parent.children.push(element);
    if (!selfClosing && !VOID.has(tag)) open.push(element);
  }
  return root;
}

function parseAttributes(raw: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single, bare] of raw.matchAll(ATTRIBUTE)) {
    attributes[name!.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? "");
  }
  return attributes;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}
