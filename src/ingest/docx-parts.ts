// Text of DOCX headers and footers, which mammoth leaves out. Résumé templates often put the name and
// contact details in the page header, so skipping them would lose the candidate's identity.

import { decodeEntities } from "./html-tree.js";
import type { RawLine } from "./page-builder.js";

export const HEADER_OR_FOOTER = /^word\/(header|footer)(\d*)\.xml$/;
const TOKEN = /<(\/?)w:(p|t|tab|br|cr)\b[^>]*?(\/?)>|<[^>]*>|[^<]+/g;

export interface HeaderFooterLines {
  header: RawLine[];
  footer: RawLine[];
}

/** Lines of every header, then every footer part, each distinct line once, parts in numeric order. */
export function headerFooterLines(parts: ReadonlyMap<string, Uint8Array>): HeaderFooterLines {
  const ordered = [...parts.keys()]
    .filter((name) => HEADER_OR_FOOTER.test(name))
    .sort((a, b) => partNumber(a) - partNumber(b) || a.localeCompare(b));
  const pick = (kind: string) => {
    const seen = new Set<string>();
    return ordered
      .filter((name) => HEADER_OR_FOOTER.exec(name)![1] === kind)
      .flatMap((name) => xmlParagraphs(new TextDecoder().decode(parts.get(name))))
      .filter((text) => !seen.has(text) && seen.add(text))
      .map((text) => ({ text }));
  };
  return { header: pick("header"), footer: pick("footer") };
}

/** WordprocessingML paragraphs → text lines; nested paragraphs (text boxes) become their own lines. */
export function xmlParagraphs(xml: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let inText = false;
  const emit = (text: string) => {
    if (text.trim() !== "") lines.push(text.trim());
  };
  for (const [token, closing, tag, selfClosing] of xml.matchAll(TOKEN)) {
    if (!tag) {
      if (inText && !token.startsWith("<") && open.length > 0) open[open.length - 1] += decodeEntities(token);
      continue;
    }
    if (tag === "p") {
      if (closing) emit(open.pop() ?? "");
      else if (!selfClosing) open.push("");
    } else if (tag === "t") {
      inText = !closing && !selfClosing;
    } else if (open.length > 0 && !closing) {
      if (tag === "tab") open[open.length - 1] += " ";
      else {
        emit(open[open.length - 1]!);
        open[open.length - 1] = "";
      }
    }
  }
  return lines;
}

function partNumber(name: string): number {
  return Number(HEADER_OR_FOOTER.exec(name)?.[2] || 0);
}
