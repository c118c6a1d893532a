// Real web pages → the tidy HTML that htmlToLines reads (the shape mammoth writes). Pages leave tags open
// (<p>One<p>Two), put scripts and styles beside the text, lay out with section/article/header, and hide
// text with CSS. One pass over the tags, with the HTML rules for implied end tags that matter to text;
// hidden elements are set aside, never read.

import { numericEntities } from "./html-entities.js";
import { AS_DIV, impliedEnd } from "./html-implied-ends.js";
import { decodeEntities } from "./html-tree.js";

export interface TidyHtml {
  html: string;
  /** Text of elements a browser would not show (display:none, hidden, font-size:0). */
  hidden: string[];
}

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|[^<]+|</g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Elements whose content is never text a reader sees. */
const SKIP_CONTENT = new Set(["script", "style", "head", "title", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select", "button", "textarea", "audio", "video", "map"]);
const KEEP = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "div", "blockquote", "pre", "strong", "b"]);
const VOID = new Set(["br", "img", "hr", "col", "meta", "link", "input", "wbr", "area", "base", "source", "track", "param", "embed"]);
/** Deeper elements are read as plain text: every look down the open elements stays short. */
const MAX_DEPTH = 256;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])|opacity\s*:\s*0(?![.\d])/i;

interface Open {
  tag: string;
  /** The tag written to the output, if any. */
  out?: string;
  href?: string;
  /** Text inside a link, to tell whether its address is already shown. */
  linkText?: string;
}

export function tidyHtml(source: string): TidyHtml {
  const out: string[] = [];
  const hidden: string[] = [];
  const stack: Open[] = [];
  let hiddenFrom = 0; // stack depth at which a hidden element opened; 0 = nothing hidden
  let hiddenText = "";
  const close = (depth: number) => {
    while (stack.length > depth) {
      const open = stack.pop()!;
      if (hiddenFrom > stack.length) {
        if (hiddenText.trim()) hidden.push(decodeEntities(hiddenText).replace(/\s+/g, " ").trim());
        hiddenFrom = 0;
        hiddenText = "";
      }
      if (hiddenFrom) continue;
      if (open.href && !open.linkText?.includes(open.href.replace(/^mailto:/i, ""))) out.push(` (${escapeText(open.href.replace(/^mailto:/i, ""))})`);
      if (open.out) out.push(`</${open.out}>`);
    }
  };
  const text = (raw: string) => {
    const value = numericEntities(raw.replace(/</g, "&lt;"));
    if (hiddenFrom) {
      hiddenText += " " + value;
      return;
    }
    for (const open of stack) if (open.href !== undefined) open.linkText = (open.linkText ?? "") + raw;
    out.push(stack.some((open) => open.tag === "pre") ? value.replace(/\r?\n/g, "<br>") : value);
  };

  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(source); match; match = TOKEN.exec(source)) {
    const [token, closing, rawTag, rawAttributes = "", selfClosing] = match;
    if (!rawTag) {
      if (!token.startsWith("<") || token === "<") text(token);
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = lastOpen(stack, tag);
      if (at >= 0) close(at);
      continue;
    }
    if (SKIP_CONTENT.has(tag) && !selfClosing) {
      TOKEN.lastIndex = skipPast(source, tag, TOKEN.lastIndex);
      continue;
    }
    if (stack.length >= MAX_DEPTH && tag !== "br") continue;
    const implied = impliedEnd(stack.map((open) => open.tag), tag);
    if (implied >= 0) close(implied);
    const attributes = parseAttributes(rawAttributes);
    if (tag === "br") {
      if (!hiddenFrom) out.push("<br>");
      continue;
    }
    const mapped = KEEP.has(tag) ? tag : AS_DIV.has(tag) ? "div" : undefined;
    if (VOID.has(tag) || selfClosing) {
      if (mapped && !hiddenFrom) out.push(`<${mapped}></${mapped}>`);
      continue;
    }
    const open: Open = { tag };
    if (!hiddenFrom && mapped) {
      open.out = mapped;
      out.push(mapped === "ol" && attributes.start ? `<ol start="${escapeText(attributes.start)}">` : `<${mapped}>`);
    }
    const href = attributes.href;
    if (tag === "a" && href && /^(?:https?:|mailto:)/i.test(href)) open.href = href;
    stack.push(open);
    if (!hiddenFrom && isHidden(attributes)) hiddenFrom = stack.length;
  }
  close(0);
  return { html: out.join(""), hidden };
}

function lastOpen(stack: Open[], tag: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.tag === tag) return i;
  return -1;
}

/** Where the content of a skipped element ends: after its end tag, or (for a head left open) at <body. */
function skipPast(source: string, tag: string, from: number): number {
  const search = (pattern: string): number => {
    const re = new RegExp(pattern, "gi");
    re.lastIndex = from;
    return re.exec(source)?.index ?? -1;
  };
  const end = search(`</${tag}`);
  if (tag === "head") {
    const body = search("<body");
    if (body >= 0 && (end < 0 || body < end)) return body;
  }
  if (end < 0) return tag === "head" || tag === "title" ? from : source.length;
  const gt = source.indexOf(">", end);
  return gt < 0 ? source.length : gt + 1;
}

function parseAttributes(raw: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single, bare] of raw.matchAll(ATTRIBUTE)) attributes[name!.toLowerCase()] = double ?? single ?? bare ?? "";
  return attributes;
}

function isHidden(attributes: Record<string, string>): boolean {
  return "hidden" in attributes || HIDDEN_STYLE.test(attributes.style ?? "");
}

function escapeText(text: string): string {
  return text.replace(/&(?![#a-zA-Z0-9]+;)/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}
